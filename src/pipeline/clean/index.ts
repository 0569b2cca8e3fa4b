/**
 * clean: tree -> tree without chrome. Rules are tried on lines from the head down and the
 * tail up, stopping at the first line of article text; `anywhere` rules (unmistakable chrome)
 * on every line. What a rule takes from a line (publisher, source URL, date) comes back as clues.
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import { toString } from "hast-util-to-string";
import { eachElement, eachText, SKIP } from "../walk.ts";
import { collapse, hasSoftBreak, introducesBelow, isBlank, isHeading, splitAtBreaks, toLine } from "./lines.ts";
import { cutAt } from "./cut.ts";
import { removeClipperParts } from "./clipper.ts";
import { isAiSummaryNote } from "./rules/affiliate-disclosure.ts";
import { isLicence, isSentence, readPageHead, readPageTail, TITLE_FIELD } from "./saved-page.ts";
import { bannerImage, lineRules, textRules, trimRules } from "./rules/index.ts";
import { byline, isName, isRunOnSignature } from "./rules/byline.ts";
import { breadcrumb } from "./rules/breadcrumb.ts";
import { readerWidget } from "./rules/reader-widget.ts";
import { releaseMeta } from "./rules/release-meta.ts";
import { isReferencesLabel } from "./rules/news-list.ts";
import { sharePrompt } from "./rules/share-prompt.ts";
import { documentDate, englishStampDate, hasReporter, isPostStamp, stampDate, timestampLine } from "./rules/timestamp-line.ts";
import { isBracketedReporter, isReportersDateline, isSpeakerLabel } from "./rules/dateline.ts";
import { isReportersBlurb, reporterProfile } from "./rules/reporter-profile.ts";
import { looksLikeOutlet, namesAnOutlet } from "./rules/outlet-line.ts";
import type { Clue, CleanRule, Line, Link, RuleContext, RuleScope } from "./types.ts";

export type { Clue } from "./types.ts";

export interface CleanResult {
  clues: Clue[];
  /** Names of the rules that removed or changed something, each once. */
  fired: string[];
  /** The images removed as banners. */
  removedImages: { src: string; alt: string }[];
}

const LINE_TAGS = new Set(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "dt", "dd"]);
const BLANKABLE = new Set(["p", "div", "span", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "section", "b", "strong", "em", "i", "a", "center", "font"]);
const inScopes = (...scopes: RuleScope[]) => lineRules.filter((r) => scopes.includes(r.scope));
const HEAD_RULES = inScopes("head", "edge", "anywhere");
const TAIL_RULES = inScopes("tail", "edge", "anywhere");
const ANYWHERE_RULES = inScopes("anywhere");
const SECTION_RULES = inScopes("tail-section");
const ANYWHERE_TEXT_RULES = textRules.filter((r) => r.scope === "anywhere");
const HEAD_TEXT_RULES = textRules.filter((r) => r.scope === "head");
/** A reporter's byline opening its line, an outlet at most before the name: `김원진 기자`, `이석호 기자 | 입력 …` (not a deck's `돌아온 모스크바 특파원` or `우리 동네 기자`). */
const HEADER_BYLINE = /^(?:(\S+)\s+)?([가-힣]{2,4})\s*(?:선임|수석|객원)?\s*(?:기자|특파원|통신원)(?=\s|$|[|ㅣ])/;
/** A scraped header's byline alone, perhaps with its button: `김대훈 기자`, `김민중 기자 구독`, `정승환 기자 기자 구독`. */
const BARE_BYLINE = /^(?:\S+\s+)?[가-힣]{2,4}\s*(?:선임|수석|객원)?\s*(?:기자|특파원|통신원)(?:\s+(?:기자\s*)?(?:구독|팔로우|응원))?$/;
/** An English page's byline: `By Son Ji-hyoung`, `By Kim Jae-heun`. */
const ENGLISH_BYLINE = /^By\s+[A-Z][a-z]+(?:[\s-][A-Z]?[a-z]+){1,3}$/;
/** What a post's own `<header>` gives up: its byline, stamps, toolbar and counts. */
const HEADER_RULES: CleanRule[] = [byline, timestampLine, sharePrompt, readerWidget, releaseMeta, breadcrumb];
const SECTION_WINDOW = 30;
/** How many blocks above a line the scan from the bottom shows its rules. */
const ABOVE = 12;
const DATELINE_REACH = 3;
/** A photo's caption, which may sit between a post's subheadings and its lead: `… (사진=두산에너빌리티)`. */
const CAPTION = /[(/]\s*사진\s*[=:]|사진\s*제공|제공\s*\)\s*$|[ⓒ©]/;
/** A release's stamp, which a board prints over the title: `보도시점 …`, `보도일시 …`, `배포일시 …`. */
const RELEASE_STAMP = /^(?:보도\s*(?:시점|일시)|배포\s*일시|엠바고)/;
/** A line that points back at the one above it: `위 순서대로`, `위와 같이`, `이 경로로`. */
const POINTS_BACK = /위(?:의)?\s*(?:순서|경로|메뉴|화면|표시|문구|줄)|위와\s*같|순서대로|이\s*(?:경로|순서)(?:로|대로)/;
/** How far down a post's lead may sit under subheadings, a stamp and a caption. */
const LEAD_REACH = 8;
const SENTENCE_END = /(?:다|요|죠)\.(?=\s|$|[가-힣"“‘(\[])/g;
const SECTION_ROW_MAX = 150;
/** A related box inside the story has at most this many rows. */
const BOX_ROWS = 8;
/** Words every related-list heading holds one of (related-list.ts). */
const BOX_WORDS = /기사|뉴스|글|포스트|클릭|포토|이슈|연재|기\/사/;
/** For asking rules about a line without taking what they report. */
const QUIET: RuleContext = { atEdge: true, report: () => {} };
/** A tail of a paragraph this short or shorter may be chrome run onto the last sentence. */
const SHORT_TAIL = 120;

class Cleaner {
  readonly clues: Clue[] = [];
  readonly fired = new Set<string>();
  readonly removedImages: { src: string; alt: string }[] = [];
  readonly #report = (clue: Clue) => this.clues.push(clue);
  readonly #atEdge: RuleContext = { atEdge: true, report: this.#report };
  readonly #inside: RuleContext = { atEdge: false, report: this.#report };
  /** Lines of blocks, while the blocks do not change (the head and tail scans ask again and again). */
  #lines = new Map<Element, Line>();

  context(atEdge: boolean): RuleContext {
    return atEdge ? this.#atEdge : this.#inside;
  }

  line(element: Element): Line {
    let line = this.#lines.get(element);
    if (!line) this.#lines.set(element, (line = toLine(element)));
    return line;
  }

  /** Forgets the lines: blocks were edited. */
  edited(): void {
    this.#lines.clear();
  }

  firstMatch(element: Element, rules: CleanRule[], atEdge: boolean, below?: Line[], above?: Element[]): CleanRule | undefined {
    const line = this.line(element);
    const ctx = below || above ? { ...this.context(atEdge), ...(below ? { below } : {}), above: (above ?? []).map((block) => this.line(block)) } : this.context(atEdge);
    const rule = rules.find((r) => r.match(line, ctx));
    if (rule) this.fired.add(rule.name);
    return rule;
  }

  rewriteText(root: Root): void {
    const ctx = this.context(false);
    // Code is the author's exactly, however deep its text (a highlighter's spans inside <code>).
    eachText(
      root,
      (node) => {
        for (const rule of ANYWHERE_TEXT_RULES) {
          const next = rule.rewrite(node.value, ctx);
          if (next !== null) {
            node.value = next;
            this.fired.add(rule.name);
          }
        }
      },
      (element) => element.tagName === "code" || element.tagName === "pre",
    );
  }

  /** Rewrites the start of a block near the head (a dateline); whether it did. */
  rewriteHead(first: Element, publisher = true): boolean {
    const ctx = publisher ? this.context(true) : { atEdge: true, report: (clue: Clue) => void (clue.publisher === undefined && this.clues.push(clue)) };
    let done = false;
    let rewritten = false;
    eachText(first, (node) => {
      if (done || node.value.trim() === "") return;
      done = true;
      for (const rule of HEAD_TEXT_RULES) {
        const next = rule.rewrite(node.value, ctx);
        if (next !== null) {
          node.value = next;
          this.fired.add(rule.name);
          rewritten = true;
        }
      }
    });
    return rewritten;
  }

  /**
   * Whether a page's reporter's box (reporter-profile.ts) is chrome under its one article: where
   * the body holds several (a staff directory, new reporters' introductions), introduces people,
   * or holds little else, the boxes are the content.
   */
  holdsOneReportersBox(root: Root): boolean {
    const texts = blocks(root).map((block) => this.line(block).text);
    if (texts.filter(isReportersBlurb).length > 1 || texts.some((text) => /소개합니다|합류|새\s*식구|신입|입사/.test(text))) return false;
    return texts.filter((text) => text.length >= 40 && isSentence(text)).length >= 3;
  }

  /** Whether a dateline near the head went already. */
  #datelined = false;

  /**
   * Datelines in the first blocks go (a caption's and the lead's, which a headline and a
   * subheading or two may precede). Further down only a lead's dateline with its reporter, the
   * first when none went above, after only subheadings and a photo's caption.
   */
  rewriteLead(blocks: Element[]): void {
    let lead = true;
    let captioned = false;
    let quoting = false;
    // A correspondent's label (`KBS 김효신 베이징 특파원 = `) opens only the first block: several, or an anchor's
    // turn among them, make a panel or a transcript, whose labels say who speaks.
    const texts = blocks.map((block) => this.line(block).text);
    const spoken =
      texts.filter(isSpeakerLabel).length > 1 || texts.filter((t, i) => blocks[i]!.tagName !== "blockquote" && isBracketedReporter(t)).length > 1 || texts.some((t) => /^\[?\s*앵커\s*[\]:]|앵커$|^[◇◆■□]\s*[^>]{1,12}>|^진행자\s*[>:]/.test(t));
    blocks.forEach((block, i) => {
      const text = texts[i]!;
      // A quoted report keeps its dateline: it is the quote's, not this story's.
      if (block.tagName === "blockquote") return;
      if ((isSpeakerLabel(text) && (i > 0 || spoken)) || (isBracketedReporter(text) && spoken)) return;
      if (i < DATELINE_REACH) this.#datelined = this.rewriteHead(block) || this.#datelined;
      // This far down it may be a quoted story's: its prefix goes, but it names no publisher.
      else if (lead && captioned && !quoting && !this.#datelined && isReportersDateline(text)) this.#datelined = this.rewriteHead(block, false);
      quoting ||= isHeading(block) && looksLikeOutlet(text); // `### 동아일보`: a quoted story follows
      const caption = !isHeading(block) && CAPTION.test(text) && (text.length > 20 || !/^[ⓒ©]/.test(text));
      captioned ||= caption;
      lead &&= (!isSentence(text) && !(captioned && isHeading(block))) || caption;
    });
  }

  removeBanners(root: Root): void {
    eachElement(root, (node, index, parent) => {
      if (node.tagName !== "img" || !bannerImage.match(node)) return;
      parent.children.splice(index, 1);
      this.removedImages.push({ src: String(node.properties.src ?? ""), alt: String(node.properties.alt ?? "") });
      this.fired.add(bannerImage.name);
      return index;
    });
  }

  /** A paragraph whose `<br>` lines include chrome becomes one paragraph per line. */
  explodeBreaks(root: Root): void {
    const all = blocks(root);
    root.children = root.children.flatMap((node): RootContent[] => {
      if (node.type !== "element" || node.tagName !== "p") return [node];
      const content = node.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
      const only = content[0];
      if (content.length === 1 && only?.type === "element" && only.children.some((c) => c.type === "element" && c.tagName === "br")) {
        node.children = only.children; // <p><small>line<br>line</small></p>
      }
      const hard = node.children.some((c) => c.type === "element" && c.tagName === "br");
      // Soft-broken lines a clipper copied come back a line each (half of them or more are chrome).
      if (!hard) return (hasSoftBreak(node) && this.copiedLines(node, all)) || [node];
      const parts = splitAtBreaks(node);
      const anyChrome = parts.some((p) => lineRules.some((r) => r.match(toLine(p), QUIET)));
      // A reporter's dateline opens a paragraph: the lines above it (a photo's caption) are another.
      return anyChrome || parts.slice(1).some((p) => isReportersDateline(toString(p).trimStart())) ? parts : [node];
    });
  }

  /**
   * Whether a paragraph with soft breaks is a page's lines a clipper copied (`산업 > 통상` / `기사입력 …` /
   * `세종=이윤주 기자` / `공유하기`), to be read a line at a time: most of its lines are chrome, no rule
   * reads it whole (`… 아래 링크에서 확인하실 수 있습니다:\n링크`), the block above does not introduce it
   * (`…다음과 같다.` over a list of names and desks), and the text under it does not go on about its stamps.
   * Returns its lines, or null.
   */
  copiedLines(node: Element, all: Element[]): Element[] | null {
    // Read whole by a rule: a line rule's, or a notice a trim rule cuts from its start (`이 기사는 공공누리 … \n다만, …`).
    if (lineRules.some((r) => r.match(toLine(node), QUIET)) || trimRules.some((r) => r.cut(toString(node), QUIET) === 0)) return null;
    const parts = splitAtBreaks(node, true);
    const chrome = parts.map((p) => toLine(p)).filter((line) => lineRules.some((r) => r.match(line, QUIET)));
    if (parts.length < 2 || chrome.length * 2 < parts.length) return null;
    const at = all.indexOf(node);
    const above = at > 0 ? this.line(all[at - 1]!).text : "";
    if (introducesBelow(above)) return null;
    const later = all.slice(at + 1, at + 3).map((block) => this.line(block).text);
    return chrome.some((line) => timestampLine.match(line, QUIET) && quotesStamp(line.text, above, later)) ? null : parts;
  }

  removeAnywhere(root: Root): void {
    eachElement(root, (node, index, parent) => {
      if (!LINE_TAGS.has(node.tagName)) return;
      // The block above, for a line it may introduce (an example of a label).
      const previous = parent.children.slice(0, index).filter((c): c is Element => c.type === "element").at(-1);
      if (this.firstMatch(node, ANYWHERE_RULES, false, undefined, previous ? [previous] : [])) {
        parent.children.splice(index, 1);
        return index;
      }
      return undefined;
    });
    this.edited();
  }

  trimTails(root: Root): void {
    const ctx = this.context(false);
    eachElement(root, (node) => {
      if (!LINE_TAGS.has(node.tagName) && node.tagName !== "td" && node.tagName !== "th") return;
      let text = toString(node);
      for (const rule of trimRules) {
        const at = rule.cut(text, ctx);
        if (at === null) continue;
        cutAt(node, at);
        text = toString(node);
        this.fired.add(rule.name);
      }
      this.trimChromeSentence(node, text);
      return SKIP;
    });
    this.edited();
  }

  /** Chrome run onto the last sentence of a paragraph (`…입니다. 기사 작성: 관리자`) is cut as if it were a line. */
  trimChromeSentence(element: Element, text: string): void {
    const reach = shortTailStart(text, SHORT_TAIL);
    for (const m of text.matchAll(SENTENCE_END)) {
      const end = m.index + m[0].length;
      if (end < reach) continue;
      const tail = collapse(text.slice(end));
      if (tail.length > SHORT_TAIL) continue;
      if (tail.length < 2) return;
      const line = { text: tail, links: linksAfter(element, end), images: [], element };
      const rule = ANYWHERE_RULES.find((r) => r.match(line, this.context(false)));
      if (!rule) continue;
      cutAt(element, end);
      this.fired.add(rule.name);
      return;
    }
  }

  removeBlank(root: Root): void {
    eachElement(root, (node, index, parent) => {
      if (!BLANKABLE.has(node.tagName) || !isBlank(node)) return;
      parent.children.splice(index, 1);
      this.fired.add("spacer");
      return index;
    });
    this.edited();
  }

  /** A saved web page's menu, and the stamps, bylines and toolbar around its headline (saved-page.ts); what rules they match still give their clues. */
  trimPageHead(root: Root): void {
    const all = blocks(root);
    const chrome = new Map<number, boolean>();
    const isChrome = (i: number) => chrome.get(i) ?? chrome.set(i, HEAD_RULES.some((r) => r.match(this.line(all[i]!), QUIET))).get(i)!;
    const head = readPageHead(all.length, (i) => this.line(all[i]!).text, isChrome);
    if (!head) return;
    // The menu's clues are kept but for dates: a date there is the day's, not the article's (but a release's own stamp over its title, `보도시점 2025. 5. 2.(금) 11:00`).
    const menu = (text: string): RuleContext => ({ atEdge: true, report: (clue) => (clue.date === undefined || RELEASE_STAMP.test(text)) && this.clues.push(clue) });
    for (const i of head.drop) {
      const line = this.line(all[i]!);
      const rule = HEAD_RULES.find((r) => r.match(line, i < head.headline ? menu(line.text) : this.context(true)));
      if (rule) this.fired.add(rule.name);
      remove(root, all[i]!);
    }
    // A board's title field keeps the title, not its label (`제목 : …`).
    const headline = all[head.headline];
    const first = headline?.children.find((c) => c.type === "text");
    if (headline && first?.type === "text" && TITLE_FIELD.test(first.value.trimStart())) first.value = first.value.trimStart().replace(TITLE_FIELD, "");
    // The stamp under the headline dates the article, whatever its form.
    // A labelled stamp first (`입력 …`), else a bare one with its time (`2024.06.17 08:32 조회 1,942`), else any.
    const metaLines = all.slice(head.meta, head.lead).map((block) => this.line(block));
    // A correction's stamp (`2024.06.18 10:12 수정`) comes after the publication's.
    const bare: { date: string; timed: boolean; correction: boolean }[] = [];
    for (const line of metaLines) {
      const stamp = (date: string) => bare.push({ date, timed: /\d{1,2}:\d{2}/.test(line.text), correction: /수정|업데이트/.test(line.text) });
      timestampLine.match(line, { atEdge: true, report: (clue) => void (clue.date && stamp(clue.date)) });
      const spelled = documentDate(line.text); // a page's `2024. 6. 17.`, which no rule takes for a stamp
      if (spelled) stamp(spelled);
    }
    const published = bare.filter((b) => !b.correction);
    const date = metaLines.map((line) => stampDate(line.text)).find((d) => d !== null) ?? (published.find((b) => b.timed) ?? published[0] ?? bare[0])?.date;
    if (date) this.clues.unshift({ date });
    this.fired.add("page-head");
    // The first sentence may come after a caption or two that read like one.
    this.rewriteLead(all.slice(head.lead, head.lead + LEAD_REACH));
    this.edited();
  }

  /**
   * A saved web page's parts under its article, from the reporter's sign-off or the licence
   * notice down (saved-page.ts); the sign-off and the notice still give their clues.
   */
  trimPageTail(root: Root): void {
    const all = blocks(root);
    // The article's sentences are long; the page's own (`로그인 후 댓글을 작성해 주세요.`) are short or known.
    const prose = (i: number) => {
      const line = this.line(all[i]!);
      return line.text.length >= 40 && isSentence(line.text) && !isLicence(line.text) && !TAIL_RULES.some((r) => r.match(line, QUIET));
    };
    const start = readPageTail(all.length, 1, (i) => this.line(all[i]!).text, prose);
    if (start === null) return;
    for (const block of all.slice(start)) {
      this.firstMatch(block, TAIL_RULES, true);
      remove(root, block);
    }
    this.fired.add("page-tail");
    this.edited();
  }

  /** `leadReach`: how many blocks under the post's own header a dateline may open (one under a `<header>`: the lead). */
  scanHead(root: Root, header: ReadonlySet<Element> = new Set(), leadReach = 1): void {
    for (;;) {
      const first = blocks(root)[0];
      if (!first) return;
      // What stayed of the post's own header (its headline, deck, kicker) is article text: the scan stops there.
      // A line the next one points back at (`앱을 열고 위 순서대로 들어가면 …`) is the story's.
      const next = blocks(root)[1];
      if (!header.has(first) && !(next && POINTS_BACK.test(this.line(next).text.slice(0, 40))) && this.firstMatch(first, HEAD_RULES, true)) remove(root, first);
      else {
        this.dropStampUnderSubheadings(root);
        this.dropInfoListUnderDeck(root);
        // A dateline may follow a headline and a subheading or two; under the post's own header, it opens the first block after it.
        const body = blocks(root).filter((block) => !header.has(block));
        this.rewriteLead(body.slice(0, body.length < blocks(root).length ? leadReach : LEAD_REACH));
        this.edited();
        return;
      }
    }
  }

  /**
   * The body's own `<header>` (headline, deck, byline, stamps, toolbar): its lines of chrome go
   * wherever they sit in it, and each row of a list in it is a line (`<ul class="info"><li>김원진
   * 기자</li><li>승인 …</li></ul>`). Its headings and its deck stay, and do not end the head.
   */
  trimOwnHeader(root: Root, header: ReadonlySet<Element>): void {
    let inside = false;
    // A header with a publishing system's stamp is a scraped page's: its lone buttons and bare byline are the site's too.
    const scraped = [...header].some((block) => isSystemStamp(this.line(block).text));
    for (const block of blocks(root)) {
      // The header under the title copy may have lines of the page above it (left to the head scan).
      if (!header.has(block)) {
        if (inside) return;
        continue;
      }
      inside = true;
      if (block.tagName === "ul" || block.tagName === "ol") {
        block.children = block.children.filter((item) => item.type !== "element" || item.tagName !== "li" || !this.dropsFromHeader(item, scraped));
        if (!block.children.some((item) => item.type === "element")) remove(root, block);
      } else if (this.dropsFromHeader(block, scraped)) remove(root, block);
    }
    this.edited();
  }

  /**
   * What of a post's own header is chrome: its byline, its labelled stamps, its toolbar and its
   * counts (`댓글 0`). Never a heading, a bare date (a book's or an event's), a lone word (`추천`),
   * or a credit that names no reporter (a book's `저자: 김훈`).
   */
  dropsFromHeader(block: Element, scraped: boolean): boolean {
    if (isHeading(block)) return false;
    const line = this.line(block);
    // A scraped header's byline alone (`김대훈 기자`, `김민중 기자 구독`), which the byline rule does not read, or an English page's.
    const bare = scraped && BARE_BYLINE.test(line.text) ? HEADER_BYLINE.exec(line.text) : null;
    if ((bare && isName(bare[2]!) && (outletBefore(bare[1]) || /[=]/.test(bare[1]!))) || (scraped && ENGLISH_BYLINE.test(line.text))) {
      this.fired.add(byline.name);
      return true;
    }
    const rules = HEADER_RULES.filter((rule) => rule.match(line, QUIET) && headerChrome(rule, line.text, block.tagName === "li", scraped));
    return rules.length > 0 && this.firstMatch(block, rules, true) !== undefined;
  }

  /**
   * A post's info list under its headline or deck (`<ul class="infomation"><li>기자명 구정민</li>
   * <li>입력 2025.04.22 20:10</li><li>댓글 0</li></ul>`): a list at the top whose every row is
   * chrome, with a byline and a labelled stamp among them, goes; the stamp dates the article.
   */
  dropInfoListUnderDeck(root: Root): void {
    const all = blocks(root);
    for (let i = 1; i < Math.min(all.length, LEAD_REACH); i++) {
      const above = this.line(all[i - 1]!).text;
      if (above.length > 80 || isSentence(above)) return;
      const list = all[i]!;
      if (list.tagName !== "ul" && list.tagName !== "ol") continue;
      const items = list.children.filter((c): c is Element => c.type === "element" && c.tagName === "li");
      const lines = items.map((item) => this.line(item));
      if (items.length < 2 || !lines.every((line) => HEAD_RULES.some((r) => r.match(line, QUIET)))) continue;
      if (!lines.some((line) => byline.match(line, QUIET)) || !lines.some((line) => stampDate(line.text) !== null)) continue;
      const later = all.slice(i + 1).map((block) => this.line(block).text);
      if (lines.some((line) => quotesStamp(line.text, above, later))) return;
      for (const item of items) this.firstMatch(item, HEAD_RULES, true);
      remove(root, list);
      this.edited();
      return;
    }
  }

  /** A post's body may open with a subheading or two, then the stamp line (`홍길동 기자 | 입력 …`): the stamp goes, and dates the article. */
  dropStampUnderSubheadings(root: Root): void {
    const all = blocks(root);
    for (let i = 1; i < Math.min(all.length, LEAD_REACH); i++) {
      const above = this.line(all[i - 1]!).text;
      // A deck is paragraphs; a heading (`## 바이라인 예시`, `### 연합뉴스`) may be about the stamp under it.
      if (all[i - 1]!.tagName !== "p" || above.length > 80 || isSentence(above)) return;
      const stamp = this.line(all[i]!).text;
      if (!isPostStamp(stamp) || !hasReporter(stamp)) continue;
      const later = all.slice(i + 1).map((block) => this.line(block).text);
      const listed = later.some(isPostStamp);
      if (!listed && !quotesStamp(stamp, above, later) && this.firstMatch(all[i]!, [timestampLine], true)) {
        remove(root, all[i]!);
        this.edited();
        return;
      }
    }
  }

  scanTail(root: Root, page: boolean): void {
    let below: Line[] = [];
    const rules = page && this.holdsOneReportersBox(root) ? TAIL_RULES : TAIL_RULES.filter((rule) => rule !== reporterProfile);
    for (;;) {
      const all = blocks(root);
      const last = all.at(-1);
      if (!last) return;
      if (this.firstMatch(last, rules, true, below, all.slice(-1 - ABOVE, -1).reverse()) || this.isChromeList(last, all.at(-2))) {
        below = [this.line(last), ...below];
        remove(root, last);
        continue;
      }
      below = [];
      const start = this.sectionStart(all);
      if (start === -1) return this.cutSignature(last);
      for (const block of all.slice(start)) remove(root, block);
    }
  }

  /** The reporter's signature run onto the story's last sentence (`…밝혔다. / 성지연기자`): cut from its last paragraph only. */
  cutSignature(block: Element): void {
    if (block.tagName !== "p") return;
    const text = toString(block);
    for (const m of text.matchAll(SENTENCE_END)) {
      const end = m.index + m[0].length;
      if (!isRunOnSignature(collapse(text.slice(end)))) continue;
      cutAt(block, end);
      this.fired.add(byline.name);
      this.edited();
      return;
    }
  }

  /**
   * A list whose every item is a line of chrome (a site's rows of other headlines with dates); its
   * rules fire only if it is. Under a references label (`참고 자료`) it is the author's sources.
   */
  isChromeList(list: Element, above?: Element): boolean {
    if (list.tagName !== "ul" && list.tagName !== "ol") return false;
    if (above && isReferencesLabel(this.line(above).text)) return false;
    const items = list.children.filter((c): c is Element => c.type === "element");
    if (items.length === 0 || !items.every((item) => item.tagName === "li" && TAIL_RULES.some((r) => r.match(this.line(item), QUIET)))) return false;
    for (const item of items) this.firstMatch(item, TAIL_RULES, true);
    return true;
  }

  /** Index of a list heading (`관련기사`) near the bottom with only short rows (or nothing) under it, or -1. */
  sectionStart(all: Element[]): number {
    let sentences = 0;
    let rowsAboveSentence = 0;
    for (let i = all.length - 1; i >= Math.max(0, all.length - SECTION_WINDOW); i--) {
      const block = all[i]!;
      const line = this.line(block);
      if (line.text.length > SECTION_ROW_MAX) return -1;
      // Rows under a list heading are headlines: long sentences no rule knows (two: a notice may be one) are the article's, going on.
      if (line.text.length >= 50 && isSentence(line.text) && !TAIL_RULES.some((r) => r.match(line, QUIET))) {
        if (++sentences >= 2) return -1;
        continue;
      }
      if (SECTION_RULES.some((r) => r.match(line, QUIET))) {
        // A heading, rows, then a sentence: a box inside the story, which goes on (removeRelatedBoxes takes the box).
        if (sentences > 0 && rowsAboveSentence > 0) return -1;
        this.firstMatch(block, SECTION_RULES, true);
        return i;
      }
      if (sentences > 0) rowsAboveSentence++;
    }
    return -1;
  }

  /**
   * A related-stories box inside the story (`관련기사` and a few headlines, then the story goes
   * on): the heading and its rows go, the sentences after them stay.
   */
  removeRelatedBoxes(root: Root): void {
    const all = blocks(root);
    const drop: Element[] = [];
    for (let i = 0; i < all.length - 1; i++) {
      // A box's heading is short and names stories: most blocks are ruled out without reading them as lines.
      const raw = toString(all[i]!);
      if (raw.length > 60 || !BOX_WORDS.test(raw) || !SECTION_RULES.some((r) => r.match(this.line(all[i]!), QUIET))) continue;
      let end = i + 1;
      while (end < all.length && end - i <= BOX_ROWS && this.isHeadlineRow(all[end]!)) end++;
      const next = all[end];
      if (end === i + 1 || !next || !isSentence(this.line(next).text) || this.line(next).text.length < 40) continue;
      drop.push(...all.slice(i, end));
      this.firstMatch(all[i]!, SECTION_RULES, false);
      i = end - 1;
    }
    if (drop.length === 0) return;
    root.children = root.children.filter((c) => !(c.type === "element" && drop.includes(c)));
    this.edited();
  }

  /** A row of a related box: a short headline, or a list of them, none a sentence. */
  isHeadlineRow(block: Element): boolean {
    const rows = block.tagName === "ul" || block.tagName === "ol" ? block.children.filter((c): c is Element => c.type === "element") : [block];
    return rows.length > 0 && rows.every((row) => {
      const text = this.line(row).text;
      return text.length > 0 && text.length <= 80 && !isSentence(text);
    });
  }

  removeRepeats(parent: Root | Element): void {
    const keyed = (parent.children as RootContent[]).filter((c): c is Element => c.type === "element");
    const keys = keyed.map((el) => repeatKey(el, this.line(el)));
    const drop = new Set<Element>();
    for (let i = 0; i < keyed.length; i++) {
      for (let k = 3; k >= 1; k--) {
        if (i + 2 * k > keyed.length) continue;
        const a = keys.slice(i, i + k), b = keys.slice(i + k, i + 2 * k);
        if (a.some((x) => x === null) || a.join("\n") !== b.join("\n") || a.join("").length < 8) continue;
        for (const el of keyed.slice(i + k, i + 2 * k)) drop.add(el);
        this.fired.add("duplicate-caption");
        i += 2 * k - 1;
        break;
      }
    }
    if (drop.size) parent.children = parent.children.filter((c) => !(c.type === "element" && drop.has(c))) as typeof parent.children;
  }
}

/** Text of a paragraph-like block, for comparing repeats; null for blocks that never repeat by accident. */
function repeatKey(el: Element, line: Line): string | null {
  if (!["p", "figure", "figcaption", "blockquote", "h1", "h2", "h3"].includes(el.tagName)) return null;
  const srcs = line.images.map((i) => String(i.properties.src ?? "")).join(" ");
  return `${line.text}|${srcs}`;
}

/** The links that start at or after a text offset of the element. */
function linksAfter(element: Element, offset: number): Link[] {
  const links: Link[] = [];
  let seen = 0;
  const walk = (node: Element) => {
    if (node.tagName === "a" && seen >= offset && typeof node.properties.href === "string") {
      links.push({ href: node.properties.href, text: collapse(toString(node)) });
    }
    for (const child of node.children) {
      if (child.type === "text") seen += child.value.length;
      else if (child.type === "element") walk(child);
    }
  };
  walk(element);
  return links;
}

/**
 * The first offset whose tail can collapse to `max` characters or fewer: collapse() keeps every
 * character but white space, so a tail with more than `max` others is never short.
 */
function shortTailStart(text: string, max: number): number {
  let others = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (!isSpace(text.charCodeAt(i)) && ++others > max) return i + 1;
  }
  return 0;
}

/** What collapse() counts as white space: JavaScript's \s plus U+00A0 and U+3000 (already in \s). */
function isSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function blocks(root: Root): Element[] {
  return root.children.filter((c): c is Element => c.type === "element");
}

function remove(root: Root, element: Element): void {
  root.children = root.children.filter((c) => c !== element);
}

export interface CleanOptions {
  /** The body is a saved web page (a plain-text dump): its head may hold the site's menu. */
  page?: boolean;
  /** The front matter's title: a body that opens with it again opens with the page's own header. */
  title?: string;
  /** The body is a part of a whole saved page (document.ts): a copy of the title in it is the site's, whatever its markup. */
  saved?: boolean;
  /** The body as it was read: the rare boxes (a clipper's, an AI summary) are looked for only when their words are in it. */
  source?: string;
}

/** Wrappers that only group blocks: the blocks inside are the lines the rules read. */
const CONTAINERS = new Set(["div", "section", "article", "main", "header"]);
const LINE_BLOCKS = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "hr", "blockquote", "figure", "section", "article", "main", "pre", "header", "footer", "nav", "aside"]);

/**
 * Lifts the blocks out of a top-level `<div>` (or section, article, main, header) that holds only
 * blocks, so that a box such as `<div class="related-posts"><h3>관련 글</h3>
 * <ul>…</ul></div>` is read as its heading and its list. The sanitiser drops these wrappers anyway.
 * Returns the blocks lifted out of a `<header>` that opens the body: the article's own head.
 */
function unwrapContainers(root: Root): Set<Element> {
  const header = new Set<Element>();
  const opening = blocks(root)[0];
  const lift = (node: RootContent, inHeader: boolean): RootContent[] => {
    if (node.type !== "element") return [node];
    const within = inHeader || (node === opening && node.tagName === "header");
    // A <header> deeper in (`<article><header>…`) is a block of its own, as before.
    if (!CONTAINERS.has(node.tagName) || (node.tagName === "header" && !within) || !node.children.every((c) => (c.type === "element" && LINE_BLOCKS.has(c.tagName)) || (c.type === "text" && !/\S/.test(c.value)) || c.type === "comment")) {
      if (within) header.add(node);
      return [node];
    }
    return node.children.flatMap((c) => (c.type === "element" ? lift(c, within) : []));
  };
  root.children = root.children.flatMap((c) => lift(c, false));
  return header;
}

/**
 * A post scraped with its page's head (a portal's or a board's: the site's menu and breadcrumb,
 * the outlet's subscribe bar, the headline, the reporter, the stamps, the counts): the body
 * repeats the front matter's title, in the site's own markup, in one of its first blocks. The
 * site's parts above it go (menus, breadcrumb, known chrome; not a photo or a line of the post's
 * own); the short lines under the title, down to the first sentence, are the page's header.
 */
function headUnderTitle(root: Root, title: string, saved: boolean): { above: Element[]; header: Set<Element> } {
  const header = new Set<Element>();
  const all = blocks(root);
  const wanted = collapse(title);
  // The copy is the site's markup (`<h2 class="media_end_head_headline">`), not a post's own `# 제목` (whose lines under it are the post's).
  const at = wanted.length < 8 ? -1 : all.slice(0, TITLE_REACH).findIndex((block) => collapse(toString(block)) === wanted && (saved || hasClass(block)));
  if (at === -1) return { above: [], header };
  for (const block of all.slice(at, at + LEAD_REACH)) {
    const text = collapse(toString(block));
    if (text.length > 80 || isSentence(text) || block.tagName === "table") break;
    header.add(block);
  }
  // Of what stands above, the site's parts go; a photo, a dedication or a kicker of the post's own stays.
  return { above: all.slice(0, at).filter(isSiteHead), header };
}

/**
 * A post whose body opens with a scraped page's header and no copy of its title (the clipper put
 * the title in the front matter, or above the site's parts): the short lines at the top, down to
 * the lead, are that header when one of them is a publishing system's stamp (`입력 2024.09.24
 * 00:30`, `Published : April 3, 2025 - 15:42`) and another the site's byline, path, toolbar or
 * count, as no post's own opening lines are (a post about stamps quotes one, or lists them under
 * its headings).
 */
function scrapedHeader(root: Root): Set<Element> {
  const header = new Set<Element>();
  const all = blocks(root);
  let stamp = -1;
  // A clipper's `# title` line may stand over the site's header.
  const from = all[0]?.tagName === "h1" ? 1 : 0;
  const texts = all.slice(0, from + SCRAPED_REACH + 4).map((block) => collapse(toString(block)));
  for (const [i, block] of all.slice(0, from + SCRAPED_REACH).entries()) {
    if (i < from) continue;
    const text = texts[i]!;
    if (text.length > 80 || isSentence(text) || block.tagName === "table") break;
    header.add(block);
    if (stamp === -1 && isSystemStamp(text)) stamp = i;
  }
  if (stamp === -1) return new Set();
  // Right under a clipper's `# title`, the stamp alone says it: a post's own `#` headline has no system's stamp under it.
  const part = (i: number) => i !== stamp && (BARE_BYLINE.test(texts[i]!) || ENGLISH_BYLINE.test(texts[i]!) || SCRAPED_PARTS.some((rule) => rule.match(toLine(all[i]!), QUIET)));
  if (!(from === 1 && stamp === 1) && !Array.from({ length: header.size }, (_, k) => from + k).some(part)) return new Set();
  // A stamp the text goes on about (`입력 시각과 수정 시각 사이 …`) is the story's example.
  const later = texts.slice(stamp + 1, stamp + 4).filter((_, k) => !timestampLine.match(toLine(all[stamp + 1 + k]!), QUIET));
  return quotesStamp(texts[stamp]!, stamp > 0 ? texts[stamp - 1]! : "", later) ? new Set() : header;
}

/** A publishing system's stamp: `입력 2024.09.24 00:30`, `Published : April 3, 2025 - 15:42`. */
function isSystemStamp(text: string): boolean {
  return isPostStamp(text) || englishStampDate(text) !== null;
}

/** Besides its stamp, a scraped header has one of these: a byline, a path, a toolbar, a count. */
const SCRAPED_PARTS: CleanRule[] = [byline, breadcrumb, sharePrompt, readerWidget];

/** How many short lines a scraped header may have (breadcrumb, byline, stamps, a toolbar a button a line). */
const SCRAPED_REACH = 16;

/** Words without which a body holds no clipper's parts, or no AI summary box. */
const CLIPPER_WORDS = /Excerpt|Created|URL:|Tags:|Omnivore|Highlights|하이라이트|생성일|태그:/;
const AI_WORDS = /AI\s*(?:기사\s*)?(?:\d\s*줄\s*)?요약|인공지능\s*(?:기사\s*)?요약/;
/** A site's AI summary box over the story: its label (`AI 요약`), the summary, and the site's note on it. */
const AI_LABEL = /^(?:AI|인공지능)\s*(?:기사\s*)?(?:\d\s*줄\s*)?(?:요약|핵심\s*요약|요약\s*보기)$/i;
const AI_BOX_REACH = 20;
const AI_BOX_ROWS = 6;

/**
 * Removes the site's AI summary box near the top: the label, then the summary (a few lines or a
 * list), down to the site's note on it (`AI가 요약한 내용입니다. …`); only with that note, or with a
 * list right under the label. Whether there was one.
 */
function removeAiSummary(root: Root): boolean {
  const all = blocks(root);
  const raws = all.slice(0, AI_BOX_REACH).map((block) => toString(block));
  const texts = raws.map(collapse);
  // The box copied as one paragraph, a line each (`AI 3줄 요약` / … / `본 요약은 AI가 작성했으며, …`).
  const oneBlock = raws.findIndex((raw) => {
    const lines = raw.split("\n").map((l) => collapse(l)).filter(Boolean);
    return lines.length > 2 && AI_LABEL.test(lines[0]!) && isAiSummaryNote(lines.at(-1)!);
  });
  if (oneBlock !== -1 && !texts.slice(0, oneBlock).some((text) => text.length > 80 || isSentence(text))) {
    remove(root, all[oneBlock]!);
    return true;
  }
  const at = texts.findIndex((text) => AI_LABEL.test(text));
  // Over the story: nothing of the story's above it (a post may have its own `## AI 요약` section further down).
  if (at === -1 || texts.slice(0, at).some((text) => text.length > 80 || isSentence(text))) return false;
  const rows = all.slice(at + 1, at + 1 + AI_BOX_ROWS);
  const note = rows.findIndex((block) => isAiSummaryNote(collapse(toString(block))));
  // Without the site's note, only the site's label (not a post's heading) with a list under it.
  const end = note !== -1 ? at + 1 + note : !isHeading(all[at]!) && rows[0] && (rows[0].tagName === "ul" || rows[0].tagName === "ol") ? at + 1 : -1;
  if (end === -1) return false;
  for (const block of all.slice(at, end + 1)) remove(root, block);
  return true;
}

/** How far down a post's body may repeat its title under the site's menu. */
const TITLE_REACH = 12;

/** What stands above a scraped page's headline and goes: the site's menus (lists, links), its breadcrumb, a known line of chrome (`연합뉴스를 구독하세요 구독`); not a picture, a dedication or a kicker of the post's own. */
function isSiteHead(block: Element): boolean {
  const line = toLine(block);
  if (line.images.length > 0) return false; // a photo (or a logo) stays with the post
  if (line.text === "" || block.tagName === "ul" || block.tagName === "ol") return true;
  if (line.text.length > 60 || isSentence(line.text)) return false;
  const linked = line.links.map((link) => link.text).join("");
  return linked.replace(/\s/g, "").length === line.text.replace(/\s/g, "").length || /[>›»]/.test(line.text) || HEAD_RULES.some((rule) => rule.match(line, QUIET));
}

function hasClass(block: Element): boolean {
  return block.properties.className !== undefined || block.properties.id !== undefined;
}

export function cleanTree(root: Root, options: CleanOptions = {}): CleanResult {
  const cleaner = new Cleaner();
  const opened = unwrapContainers(root);
  const source = options.source;
  if (source === undefined || CLIPPER_WORDS.test(source)) {
    const clipped = removeClipperParts(root, !options.title && !options.page);
    for (const name of clipped.fired) cleaner.fired.add(name);
    cleaner.clues.push(...clipped.clues);
  }
  if ((source === undefined || AI_WORDS.test(source)) && removeAiSummary(root)) cleaner.fired.add("affiliate-disclosure");
  const head = opened.size === 0 && options.title ? headUnderTitle(root, options.title, options.saved ?? false) : null;
  const titled = head && head.header.size > 0 ? head.header : null;
  if (titled && head!.above.length > 0) {
    for (const block of head!.above) remove(root, block);
    cleaner.fired.add("page-head");
  }
  const scraped = !titled && opened.size === 0 && !options.page ? scrapedHeader(root) : null;
  const header = titled ?? (scraped && scraped.size > 0 ? scraped : opened);
  cleaner.rewriteText(root);
  cleaner.removeBanners(root);
  cleaner.explodeBreaks(root);
  cleaner.removeAnywhere(root);
  cleaner.trimTails(root);
  cleaner.removeBlank(root);
  if (options.page) {
    cleaner.trimPageHead(root);
    cleaner.trimPageTail(root);
  }
  cleaner.trimOwnHeader(root, header);
  // Under a header read from a page's head, the lead may come after a photo and its caption.
  cleaner.scanHead(root, header, titled || (scraped && scraped.size > 0) ? LEAD_REACH : 1);
  cleaner.scanTail(root, options.page ?? false);
  cleaner.removeRelatedBoxes(root);
  cleaner.removeRepeats(root);
  cleaner.removeBlank(root);
  return { clues: cleaner.clues, fired: [...cleaner.fired].sort(), removedImages: cleaner.removedImages };
}

/**
 * Which lines of a post's own header a rule may take: a reporter's byline as a row of its info list
 * or beside its stamps (`김원진 기자`, not a deck that ends with one), a system's stamp (`승인 2025.02.03 07:30`, `2025/04/15 조회수 3,412`, not a report's `발행 …` or a
 * book's `2021.09.09 문학동네`), a toolbar with a button's word (not `페이스북 · 트위터 · 카카오톡`
 * compared), a count (`댓글 0`).
 */
/** What may stand before a header's byline: nothing, or an outlet (`연합뉴스 김원진 기자`; not a deck's `돌아온`). */
function outletBefore(word: string | undefined): boolean {
  return word === undefined || namesAnOutlet(word) || looksLikeOutlet(word);
}

function headerChrome(rule: CleanRule, text: string, listed: boolean, scraped: boolean): boolean {
  if (rule === byline) {
    // A row of the header's info list, or on one line with its stamps (`이석호 기자 | 입력 …`): a deck or a kicker is neither.
    const m = HEADER_BYLINE.exec(text);
    return m !== null && (listed || /[|ㅣ@]/.test(text)) && isName(m[2]!) && outletBefore(m[1]);
  }
  if (rule === breadcrumb) return true;
  if ((rule === sharePrompt || rule === timestampLine) && scraped) return true;
  if (rule === timestampLine) return isPostStamp(text) || /조회(?:수)?\s*[:：]?\s*[\d,]+$/.test(text) || /^(?:지면|(?:기사\s*)?(?:입력|수정|승인|송고|등록|업데이트|최종\s*수정|작성일|게재일|보도\s*(?:일시|시점)|배포\s*일시))/.test(text);
  if (rule === releaseMeta) return true; // over a release it takes only a board's fields with their values, its files and contacts
  // A row of the header's share list may be a network's name alone (`<li>페이스북</li>`), not a lone `추천`.
  if (rule === sharePrompt) return (listed && /페이스북|트위터|카카오|네이버|밴드|텔레그램|facebook|twitter|kakao/i.test(text)) || /공유|인쇄|프린트|스크랩|글자|글씨|폰트|URL|복사|메일|보내기/.test(text);
  return /\d/.test(text); // a widget's count
}

/**
 * Whether a stamp under a heading or a deck is an example the text goes on about: the heading
 * says so (`## 바이라인 예시`), the next line points back at it (`위와 같이 …`), or quotes its date.
 */
function quotesStamp(stamp: string, above: string, later: string[]): boolean {
  const date = /\d{4}[.\-/]\s*\d{1,2}[.\-/]\s*\d{1,2}/.exec(stamp)?.[0];
  return (
    /위와\s*같|위\s*예|이\s*줄|이렇게|이처럼|다음과\s*같|예시|보기|(?:입력|수정|송고|승인)\s*(?:시각|시간|일시)/.test(later[0] ?? "") ||
    /예시|예제|보기|형식/.test(above) ||
    (date !== undefined && later.some((text) => text.includes(date)))
  );
}

export function isEmptyTree(root: Root): boolean {
  return root.children.every((c) => isBlank(c as ElementContent));
}
