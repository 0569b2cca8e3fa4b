import type { CleanRule } from "../types.ts";

const DISCLOSURE = /제휴\s*마케팅|파트너스\s*활동|일정\s*(?:액|금액|커미션|수수료)의?\s*(?:커미션|수수료)?을?\s*(?:지급|제공)|커미션을\s*(?:지급|제공)\s*받/;

export const affiliateDisclosure: CleanRule = {
  name: "affiliate-disclosure",
  description: "Affiliate disclosures: 이 포스팅은 제휴마케팅이 포함된 광고로 일정 커미션을 지급 받을 수 있습니다.",
  scope: "anywhere",
  match: (line) => line.text.length <= 200 && DISCLOSURE.test(line.text),
};
