import type { CleanRule } from "../types.ts";

/** The disclosure speaks of this post and its commission, not of affiliate marketing in the news. */
const DISCLOSURE = /(?:이|본|해당)\s*(?:포스팅|게시물|글|콘텐츠)[은는이].{0,40}(?:제휴\s*마케팅|파트너스\s*활동|커미션|수수료)|일정\s*(?:액|금액)?의?\s*(?:커미션|수수료)을?\s*(?:지급|제공)/;

export const affiliateDisclosure: CleanRule = {
  name: "affiliate-disclosure",
  description: "Affiliate disclosures: 이 포스팅은 제휴마케팅이 포함된 광고로 일정 커미션을 지급 받을 수 있습니다.",
  scope: "anywhere",
  match: (line) => line.text.length <= 200 && DISCLOSURE.test(line.text),
};
