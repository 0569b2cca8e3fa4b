/**
 * clean: tree -> tree without chrome. Rules are tried on lines from the head down and the
 * tail up, stopping at the first line of article text; `anywhere` rules (unmistakable chrome)
 * on every line. What a rule takes from a line (publisher, source URL, date) comes back as clues.
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import { toString } from "hast-util-to-string";
import { eachElement, eachText, SKIP } from "../walk.ts";
import { blocks, collapse, hasSoftBreak, introducesBelow, isBlank, isHeading, QUIET, removeBlock, splitAtBreaks, toLine } from "./lines.ts";
import { cutAt } from "./cut.ts";
import { removeClipperParts } from "./clipper.ts";
import { removeAiSummary } from "./ai-summary.ts";
import { HEADER_RULES, headerChrome, headUnderTitle, isBareByline, isSystemStamp, LEAD_REACH, quotesStamp, scrapedHeader } from "./header.ts";
import { isLicence, isSentence, readPageHead, readPageTail, TITLE_FIELD } from "./saved-page.ts";
import { ANYWHERE_RULES, bannerImage, HEAD_RULES, lineRules, SECTION_RULES, TAIL_RULES, textRules, trimRules } from "./rules/index.ts";
import { byline, isRunOnSignature } from "./rules/byline.ts";
import { isReferencesLabel } from "./rules/news-list.ts";
import { documentDate, hasReporter, isPostStamp, stampDate, timestampLine } from "./rules/timestamp-line.ts";
import { isBracketedReporter, isReportersDateline, isSpeakerLabel } from "./rules/dateline.ts";
import { isReportersBlurb, reporterProfile } from "./rules/reporter-profile.ts";
import { looksLikeOutlet } from "./rules/outlet-line.ts";
import { isStoryUrl } from "../extract/publisher.ts";
import { isOwnAddress, sourceLine } from "./rules/source-line.ts";
import type { Clue, CleanRule, Line, Link, RuleContext } from "./types.ts";

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
const ANYWHERE_TEXT_RULES = textRules.filter((r) => r.scope === "anywhere");
const HEAD_TEXT_RULES = textRules.filter((r) => r.scope === "head");
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
const SENTENCE_END = /(?:다|요|죠)\.(?=\s|$|[가-힣"“‘(\[])/g;
const SECTION_ROW_MAX = 150;
/** A related box inside the story has at most this many rows. */
const BOX_ROWS = 8;
/** Words every related-list heading holds one of (related-list.ts). */
const BOX_WORDS = /기사|뉴스|글|포스트|클릭|포토|이슈|연재|기\/사/;
/** A tail of a paragraph this short or shorter may be chrome run onto the last sentence. */
const SHORT_TAIL = 120;

class Cleaner {
  readonly clues: Clue[] = [];
  readonly fired = new Set<string>();
  readonly removedImages: { src: string; alt: string }[] = [];
  /** In the scan from the bottom: the body is a whole page (a dump, a clip), whose headings there may be its boxes'. */
  wholePage = false;
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
    const ctx = below || above ? { ...this.context(atEdge), ...(below ? { below } : {}), above: (above ?? []).map((block) => this.line(block)), ...(this.wholePage ? { wholePage: true } : {}) } : this.context(atEdge);
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
    const inside = this.context(false);
    const quoted = { ...inside, quoted: true };
    eachElement(root, (node, _, parent) => {
      if (!LINE_TAGS.has(node.tagName) && node.tagName !== "td" && node.tagName !== "th") return;
      let text = toString(node);
      const ctx = node.tagName === "blockquote" || (parent.type === "element" && parent.tagName === "blockquote") ? quoted : inside;
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
      removeBlock(root, all[i]!);
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
      removeBlock(root, block);
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
      if (!header.has(first) && !(next && POINTS_BACK.test(this.line(next).text.slice(0, 40))) && this.firstMatch(first, HEAD_RULES, true)) removeBlock(root, first);
      else {
        this.dropStampUnderSubheadings(root);
        this.dropInfoListUnderDeck(root);
        this.dropAddressUnderHeadline(root);
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
  /** `site`: the header is the site's, under its copy of the headline (its rows read as a list's: a day and time alone, a byline). */
  trimOwnHeader(root: Root, header: ReadonlySet<Element>, site = false): void {
    let inside = false;
    // A header with a publishing system's stamp is a scraped page's: its lone buttons and bare byline are the site's too.
    // (Its stamps may be rows of a list: `<li>입력 2025.03.20 00:34</li><li>업데이트 …</li>`.)
    const rowsOf = (block: Element) => (block.tagName === "ul" || block.tagName === "ol" ? blocks(block) : [block]);
    const scraped = [...header].some((block) => rowsOf(block).some((row) => isSystemStamp(this.line(row).text)));
    for (const block of blocks(root)) {
      // The header under the title copy may have lines of the page above it (left to the head scan).
      if (!header.has(block)) {
        if (inside) return;
        continue;
      }
      inside = true;
      if (block.tagName === "ul" || block.tagName === "ol") {
        block.children = block.children.filter((item) => item.type !== "element" || item.tagName !== "li" || !this.dropsFromHeader(item, scraped, site));
        if (!block.children.some((item) => item.type === "element")) removeBlock(root, block);
      } else if (this.dropsFromHeader(block, scraped, site)) removeBlock(root, block);
    }
    this.edited();
  }

  /**
   * What of a post's own header is chrome: its byline, its labelled stamps, its toolbar and its
   * counts (`댓글 0`). Never a heading, a bare date (a book's or an event's), a lone word (`추천`),
   * or a credit that names no reporter (a book's `저자: 김훈`).
   */
  dropsFromHeader(block: Element, scraped: boolean, site = false): boolean {
    if (isHeading(block)) return false;
    const line = this.line(block);
    if (scraped && isBareByline(line.text)) {
      this.fired.add(byline.name);
      return true;
    }
    const rules = HEADER_RULES.filter((rule) => rule.match(line, QUIET) && headerChrome(rule, line.text, site || block.tagName === "li", scraped));
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
      removeBlock(root, list);
      this.edited();
      return;
    }
  }

  /** Between a page's headline and its lead, the story's own address (`https://www.fnnews.com/news/…`, a story's shape): it goes, and is the source. */
  dropAddressUnderHeadline(root: Root): void {
    const all = blocks(root);
    const headline = all[0] ? this.line(all[0]).text : "";
    if (headline.length === 0 || headline.length > 80 || isSentence(headline)) return;
    const lead = all.findIndex((block, i) => i > 0 && isSentence(this.line(block).text));
    if (lead === -1 || lead > LEAD_REACH) return;
    const chrome = all.slice(1, lead).filter((block) => block.tagName === "p" && isStoryUrl(this.line(block).text) && this.ownAddress(block));
    for (const block of chrome) removeBlock(root, block);
    if (chrome.length > 0) this.edited();
  }

  /** A line that is the story's own address (the source-line rule's). */
  ownAddress(block: Element): boolean {
    if (!isOwnAddress(this.line(block).text, this.context(true))) return false;
    this.fired.add(sourceLine.name);
    return true;
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
        removeBlock(root, all[i]!);
        this.edited();
        return;
      }
    }
  }

  /** `page`: the body is a whole page (a dump, or a clip of one under its clipper's title), whose reporter's box may close it. */
  scanTail(root: Root, page: boolean, clip = false): void {
    let below: Line[] = [];
    this.wholePage = page || clip;
    const rules = page && this.holdsOneReportersBox(root) ? TAIL_RULES : TAIL_RULES.filter((rule) => rule !== reporterProfile);
    for (;;) {
      const all = blocks(root);
      const last = all.at(-1);
      if (!last) return;
      if (this.firstMatch(last, rules, true, below, all.slice(-1 - ABOVE, -1).reverse()) || this.isChromeList(last, all.at(-2))) {
        below = [this.line(last), ...below];
        removeBlock(root, last);
        continue;
      }
      below = [];
      const start = this.sectionStart(all);
      if (start === -1) return this.cutSignature(last);
      for (const block of all.slice(start)) removeBlock(root, block);
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

export interface CleanOptions {
  /** The body is a saved web page (a plain-text dump): its head may hold the site's menu. */
  page?: boolean;
  /** The front matter's title: a body that opens with it again opens with the page's own header. */
  title?: string;
  /** The body is a part of a whole saved page (document.ts): a copy of the title in it is the site's, whatever its markup. */
  saved?: boolean;
  /** The body is a web clip of a page (its front matter names the page's address). */
  clip?: boolean;
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

export function cleanTree(root: Root, options: CleanOptions = {}): CleanResult {
  const cleaner = new Cleaner();
  const opened = unwrapContainers(root);
  const clipped = removeClipperParts(root, !options.title && !options.page, options.source);
  for (const name of clipped.fired) cleaner.fired.add(name);
  cleaner.clues.push(...clipped.clues);
  if (removeAiSummary(root, options.source)) cleaner.fired.add("affiliate-disclosure");
  // With no title in the front matter, a clipper's `# title` over the page (MarkDownload's own template, its excerpt box just removed) is the
  // title the page repeats; a note's own `# title` is not.
  const first = blocks(root)[0];
  const clipperTitle = !options.title && !options.page && clipped.fired.includes("clipper-excerpt") && first?.tagName === "h1" ? collapse(toString(first)) : undefined;
  const title = options.title ?? clipperTitle;
  const head = opened.size === 0 && title ? headUnderTitle(root, title, options.saved ?? false, clipperTitle !== undefined) : null;
  const titled = head && head.header.size > 0 ? head.header : null;
  if (head?.date) cleaner.clues.push({ date: head.date });
  if (titled && head!.above.length > 0) {
    for (const block of head!.above) removeBlock(root, block);
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
  cleaner.trimOwnHeader(root, header, titled !== null);
  // Under a header read from a page's head, the lead may come after a photo and its caption.
  cleaner.scanHead(root, header, titled || (scraped && scraped.size > 0) ? LEAD_REACH : 1);
  cleaner.scanTail(root, (options.page ?? false) || (clipperTitle !== undefined && titled !== null), (options.clip ?? false) || titled !== null);
  cleaner.removeRelatedBoxes(root);
  cleaner.removeRepeats(root);
  cleaner.removeBlank(root);
  return { clues: cleaner.clues, fired: [...cleaner.fired].sort(), removedImages: cleaner.removedImages };
}

export function isEmptyTree(root: Root): boolean {
  return root.children.every((c) => isBlank(c as ElementContent));
}
