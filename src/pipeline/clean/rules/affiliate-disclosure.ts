import type { CleanRule } from "../types.ts";

/** The disclosure speaks of this post and its commission, not of affiliate marketing in the news. */
const DISCLOSURE = /(?:이|본|해당)\s*(?:포스팅|게시물|글|콘텐츠|블로그|사이트)[은는이].{0,40}(?:제휴\s*(?:마케팅|광고)|파트너스\s*활동|커미션|수수료|광고\s*수익|애드센스|adsense)|일정\s*(?:액|금액)?의?\s*(?:커미션|수수료)을?\s*(?:지급|제공)|소정의\s*(?:수익|수수료|커미션)/i;

/** `※이 기사는 지역신문발전기금을 지원받았습니다.`: who paid for the article, in the site's words. */
const FUNDED = /^[※*]?\s*(?:이|본)\s*(?:기사|보도|콘텐츠|기획|취재)는\s*.{0,40}(?:기금|재단|진흥원|위원회|지원|후원|협찬).{0,20}(?:받았습니다|받아\s*(?:제작|작성|취재)(?:했|되었|됐)습니다|받아\s*(?:제작|작성|취재)됩니다)\.?$/;

/** `본 기사는 인포맥스 금융정보 단말기에서 … 서비스된 기사입니다.`, `※ AI가 기사를 요약한 것으로, 원문과 다를 수 있습니다.`, `이 요약은 AI가 기사를 바탕으로 작성했습니다.`: how the site served or made the text. */
const SERVED = /^[※*]?\s*(?:이|본)\s*기사는\s*.{0,60}(?:서비스된|송고된|출고된|제공된|게재된|표출된)\s*기사입니다\.?$|^[※*]?\s*(?:이|본)\s*요약은\s*AI가?\s*(?:기사를?\s*)?(?:바탕으로\s*)?(?:요약|작성|생성)(?:했습니다|한\s*것입니다|되었습니다|됐습니다)\.?$|^[※*]?\s*(?:이\s*(?:요약|내용)은\s*)?AI가?\s*(?:기사를?\s*)?요약한\s*(?:것|내용)(?:으로|이며|입니다)[^.]{0,40}(?:다를\s*수\s*있습니다|입니다)\.?$/i;
/** A site's note on its AI summary: `AI가 요약한 내용입니다. 정확한 내용은 기사 본문을 확인해 주세요.`, `AI 요약은 OpenAI의 GPT-4o 모델을 기반으로 작성되었으며, 기사의 전체 맥락을 담지 못할 수 있습니다.` */
const AI_NOTE = /^[※*]?\s*(?:본|이)\s*요약은\s*AI가?\s*(?:작성|생성)(?:했으며|하였으며|한\s*것으로)[^.]{0,50}(?:다를\s*수\s*있습니다|있습니다)\.?$|^[※*]?\s*AI가?\s*요약한\s*내용입니다\.?(?:\s*정확한\s*내용은\s*(?:기사\s*)?(?:본문|원문)을?\s*확인해\s*주세요\.?)?$|^[※*]?\s*AI\s*요약은\s*[^.]{0,60}(?:기반으로|활용해|이용해)\s*(?:작성|생성)(?:되었으며|됐으며|되며|되었습니다|됩니다)[^.]{0,60}\.?$/i;

/** Whether a line is a site's note on its AI summary. */
export function isAiSummaryNote(text: string): boolean {
  return text.length <= 200 && AI_NOTE.test(text);
}

/** A magazine's note under its story, `이 기사는 주간동아 1472호에 실렸습니다`: at the edge only (`이 기사는 『개벽』 제58호에 실렸습니다.` may be the story's). */
const ISSUE_NOTE = /^[※*]?\s*(?:이|본)\s*기사는\s*[가-힣A-Za-z]{2,12}\s*(?:제\s*)?\d{1,5}\s*호(?:\s*\([^)]{0,20}\))?에\s*(?:실렸습니다|실린\s*기사입니다|게재(?:됐|되었)습니다)\.?$/;

export const affiliateDisclosure: CleanRule = {
  name: "affiliate-disclosure",
  description: "Affiliate, funding and service disclosures: 이 포스팅은 제휴마케팅이 포함된 광고로 일정 커미션을 지급 받을 수 있습니다, ※이 기사는 지역신문발전기금을 지원받았습니다, 본 기사는 … 서비스된 기사입니다, ※ AI가 기사를 요약한 것으로 ….",
  scope: "anywhere",
  match: (line, ctx) => line.text.length <= 200 && (DISCLOSURE.test(line.text) || FUNDED.test(line.text) || SERVED.test(line.text) || AI_NOTE.test(line.text) || (ctx.atEdge && ISSUE_NOTE.test(line.text))),
};
