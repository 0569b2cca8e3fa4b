import type { CleanRule } from "../types.ts";

/** The disclosure speaks of this post and its commission, not of affiliate marketing in the news. */
const DISCLOSURE = /(?:이|본|해당)\s*(?:포스팅|게시물|글|콘텐츠|블로그|사이트)[은는이].{0,40}(?:제휴\s*(?:마케팅|광고)|파트너스\s*활동|커미션|수수료|광고\s*수익|애드센스|adsense)|일정\s*(?:액|금액)?의?\s*(?:커미션|수수료)을?\s*(?:지급|제공)|소정의\s*(?:수익|수수료|커미션)/i;

/** `※이 기사는 지역신문발전기금을 지원받았습니다.`: who paid for the article, in the site's words. */
const FUNDED = /^[※*]?\s*(?:이|본)\s*(?:기사|보도|콘텐츠|기획|취재)는\s*.{0,40}(?:기금|재단|진흥원|위원회|지원|후원|협찬).{0,20}(?:받았습니다|받아\s*(?:제작|작성|취재)(?:했|되었|됐)습니다|받아\s*(?:제작|작성|취재)됩니다)\.?$/;

export const affiliateDisclosure: CleanRule = {
  name: "affiliate-disclosure",
  description: "Affiliate and funding disclosures: 이 포스팅은 제휴마케팅이 포함된 광고로 일정 커미션을 지급 받을 수 있습니다, ※이 기사는 지역신문발전기금을 지원받았습니다.",
  scope: "anywhere",
  match: (line) => line.text.length <= 200 && (DISCLOSURE.test(line.text) || FUNDED.test(line.text)),
};
