import type { CleanRule } from "../types.ts";
import { isEnglishPaper, looksLikeOutlet, namesAnOutlet } from "./outlet-line.ts";

const PATH_SEPARATOR = /\s*[>›»]\s*/;
const BAR = /\s*[|ㅣ]\s*/;
/** A step of a path or a section's name: short, no sentence in it. */
const STEP = /^[^.!?。"“”]{1,15}$/;
const HOME = /^(?:홈|HOME|Home|메인|뉴스\s*홈|News)$/;
/** Two steps with no home or outlet before them are two section names (`경제 > 산업·기업`; not a kicker's `성장 > 분배의 시대`). */
const SECTION = /^[^\s]{1,6}$/;
/** A site's section names, one of which a path without its home names. */
const SECTION_NAME = /^(?:뉴스|정치|경제|사회|국제|세계|글로벌|문화|생활|라이프|산업|기업|재계|IT|IT·과학|과학|테크|금융|증권|부동산|유통|자동차|중공업|에너지|통상|정책|지역|전국|오피니언|사설|칼럼|스포츠|연예|북한|외교|국방|해외시장뉴스|상품·산업|경제일반|산업·기업|Business|Industry|Economy|World|Politics|National|Opinion|Tech|Finance)$/i;

const outlet = (name: string) => namesAnOutlet(name) || looksLikeOutlet(name) || isEnglishPaper(name);
/** The first step names the publisher when it is an outlet's name, not a menu's (`알림·뉴스`). */
const namesOutlet = (name: string) => (namesAnOutlet(name) && !/[·・/&]/.test(name)) || isEnglishPaper(name);

/**
 * The page's path over its story: `홈 > 해외시장뉴스 > 상품·산업`, `매일경제 > 경제 > 에너지`,
 * `경제 > 산업·기업`; the outlet and its section, `중앙일보 | 경제`, `The Korea Herald | Business |
 * Industry` (the outlet's name is a clue to the publisher). Only over the story: a line of the
 * story's own with a `>` in it (`수출 > 수입`) comes later.
 */
export const breadcrumb: CleanRule = {
  name: "breadcrumb",
  description: "A page's path over its story: 홈 > 해외시장뉴스 > 상품·산업, 매일경제 > 경제 > 에너지, 중앙일보 | 경제, The Korea Herald | Business | Industry.",
  scope: "head",
  match(line, ctx) {
    const text = line.text;
    if (text.length > 60) return false;
    const path = text.split(PATH_SEPARATOR);
    if (path.length >= 2 && path.every((step) => STEP.test(step))) {
      // The site's name may come first, set off by a bar: `지디넷코리아 | 홈 > 인터넷 > 플랫폼`.
      const [site, home] = path[0]!.split(BAR);
      if (home !== undefined && HOME.test(home.trim())) {
        if (namesOutlet(site!.trim())) ctx.report({ publisher: { name: site!.trim(), weight: 60 } });
        return true;
      }
      const first = path[0]!;
      // A chain of nouns (`채굴 > 제련 > 양극재 > 배터리`) is a story's process: a site's path starts at its home or its name, or names one of its sections.
      if (HOME.test(first) || outlet(first) || (path.some((step) => SECTION_NAME.test(step)) && (path.length >= 3 || path.every((step) => SECTION.test(step))))) {
        if (namesOutlet(first)) ctx.report({ publisher: { name: first, weight: 60 } });
        return true;
      }
      return false;
    }
    const row = text.split(BAR);
    // After the outlet, its sections, or its path (`지디넷코리아 | 홈 > 인터넷 > 플랫폼`).
    const stepOrPath = (part: string) => (part.length <= 12 && STEP.test(part)) || part.split(PATH_SEPARATOR).every((step) => STEP.test(step) && step.length <= 12);
    if (row.length >= 2 && row.length <= 4 && outlet(row[0]!) && row.slice(1).every(stepOrPath)) {
      if (namesOutlet(row[0]!)) ctx.report({ publisher: { name: row[0]!, weight: 60 } });
      return true;
    }
    return false;
  },
};
