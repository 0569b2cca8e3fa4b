/** The publisher and source URL, from the chrome's clues, the front matter and the story's address. */
import type { Clue } from "../clean/index.ts";
import { stringField } from "./text.ts";
import { namesAnOutlet } from "../clean/rules/outlet-line.ts";
import { isListedAgency, outletOfAlias, outletOfCompany, outletOfUrl } from "./outlets.ts";
import { parseHttpUrl } from "../clean/urls.ts";

const GENERIC = /^(?:info|news|image|img|thumbnail|photo|뉴스|속보|사진|이미지|실시간)$/i;

/** A clue this weak (a photo's credit, `자료=…`) gives way to the front matter and to the story's address. */
const WEAK_CLUE = 40;

function strongest<T>(items: { value: T; weight: number }[]): T | null {
  let best: { value: T; weight: number } | null = null;
  for (const item of items) if (!best || item.weight > best.weight) best = item;
  return best?.value ?? null;
}

/** `alt="뉴스다오 속보"` or `## firstkoreanews 실시간 뉴스 속보입니다.` name the site that posted it. */
function siteName(text: string): string | null {
  const name = text.replace(/^#+\s*/, "").replace(/\s*(?:실시간\s*)?(?:뉴스\s*)?속보.*$/s, "").trim();
  return name.length >= 2 && name.length <= 30 && !GENERIC.test(name) ? name : null;
}

/** Keys that may name the post's own page or another (a song's, a museum's, a community's): only a news story's address, by its path (a news word, or a long number: `etnews.com/20241017000123`). */
const PAGE_KEYS = new Set(["canonical", "original", "url"]);
const STORY_PATH = /^(?!.*(?:\/\/(?:m\.)?(?:cafe|blog|post|gall|community)\.|\/(?:cafes?|board|zboard|bbs|gallery|community)\/))https?:\/\/[^/]+\/(?:(?:.*\/)?(?:news|articles?)(?:[/?#.]|View|$)|(?:[^?#]*\/)?\d{8,}(?:\.html?)?(?:[?#]|$)|(?:arti|view|NewsView|newsView|read)\/(?:[^?#]*\/)?[A-Za-z0-9]*\d[A-Za-z0-9]{5,}(?:\.html?)?\/?(?:[?#]|$))|^(?!.*(?:\/(?:cafes?|board|zboard|bbs)\/)).*[?&](?:idxno|newsid|news_id|article_id|aid|nid|ud)=\d{3,}/i;
/** Keys that may name a publisher other than a news outlet (a journal, a book's, a data set's), or a person (a clipper's `author:`, the reporter). */
const LOOSE_NAMES = new Set(["source_name", "publication", "author", "site", "site_name"]);
/** Keys that may name a source other than the article (a data set, a photo): their address must look like a news story's. */
const LOOSE_KEYS = new Set(["source", "source_link", "canonical", "original"]);
const NEWS_PATH = /^(?!.*(?:\.do\b|\/bbs\/|\/board\/|\/cafe\/|\/PYH\d|\/NIS[IX]\d|\/photos?\/|\/gallery\/|\/pic\/|\/\/(?:[\w-]+\.)*(?:github|gitlab|bitbucket|ncbi\.nlm|doi|arxiv|pubmed|sciencedirect|springer|nature|wiley)\.))https?:\/\/[^/]+(?:\/[^/?#]*)*?\/(?:(?:news|articles?|arti|view|newsview|read|story)(?:[/?#]|$)|(?:articleView|newsView|article)\.html|\d{8,}(?:\.html?)?(?:[?#]|$))|^(?!.*(?:\.do\b|\/bbs\/|\/board\/|\/cafe\/)).*[?&](?:idxno|newsid|news_id|article_id|aid|nid|ud|no)=\d{3,}|^(?!.*(?:\.do\b|\/bbs\/|\/board\/|\/cafe\/|\/photos?\/|\/gallery\/))https?:\/\/[^/]+\/(?:[^/?#]+\/)*\d{4}\/\d{2}\/\d{2}\/[^/?#]+\/?(?:[?#]|$)/i;
/** A story's page by its id on a site served by `.do` pages (boards, which NEWS_PATH refuses, have other ids): `news.sbs.co.kr/news/endPage.do?news_id=N1007912345`. */
const STORY_ID = /^https?:\/\/[^/?#]+\/[^?#]*\.do\?(?:[^#]*&)?(?:news_?id|article_?id)=[A-Z]{0,4}\d{6,}(?:[&#]|$)/i;
/** Whether an address has a news story's shape (not a report's, a petition's, a board's). */
export function isStoryUrl(url: string): boolean {
  return STORY_PATH.test(url) || STORY_ID.test(url);
}

/** A picture's address (`source:` may credit a photo): an image file, or a stock-photo site. */
const IMAGE = /\.(?:jpe?g|png|gif|webp|svg|avif)(?:[?#]|$)|^https?:\/\/(?:[\w-]+\.)*(?:pixabay|unsplash|pexels|flickr|imgur|wikimedia|gettyimages|shutterstock)\.\w+\//i;

/** What ends a diplomatic mission's name: `주카자흐스탄 대한민국 대사관`. */
const MISSION = /^\s*(?:대사관|총영사관|영사관|대표부|분관)$/;

/** `전북일보 인터넷신문` (a copyright line's name for the site) is 전북일보. */
const EDITION = /\s+인터넷\s*(?:신문|뉴스|판)$/;

/** A company behind a paper: `Herald Corporation`, `Nikkei Inc.`, `JoongAng Media Network Co., Ltd.`. */
const COMPANY = /\s+(?:Corporation|Corp\.?|Co\.?,?\s*Ltd\.?|Inc\.?|Ltd\.?|Holdings|Media\s+Group)$/i;

/** The paper a company's name stands for, when another clue names it with the company's word in it (`The Korea Herald` for `Herald Corporation`). */
function paperOf(company: string, clues: Clue[]): string | null {
  const word = company.replace(COMPANY, "").replace(/^The\s+/i, "").trim().split(/\s+/)[0];
  if (!word || word === company || !/^[A-Za-z]{3,}$/.test(word)) return null;
  const within = new RegExp(`\\b${word}\\b`, "i");
  return clues.find((c) => c.publisher && c.publisher.name !== company && within.test(c.publisher.name))?.publisher?.name ?? null;
}

/**
 * The publisher: the strongest clue the chrome gave, else the front matter's name for it, else the
 * outlet the story's address belongs to, else a weak clue (a photo's credit), else the site's
 * banner. On a Korean page an outlet's other name (`NEWSIS`, `한경닷컴`, `The Hankyoreh`) is given
 * as its Korean one; an English edition keeps its own.
 */
export function findPublisher(clues: Clue[], frontMatter: Record<string, unknown>, bannerAlts: string[], sourceUrl: string | null, title: string): string | null {
  const strong = clues.filter((clue) => !clue.publisher || clue.publisher.weight >= WEAK_CLUE);
  const byUrl = sourceUrl ? outletOfUrl(sourceUrl) : null;
  const name = namedPublisher(strong, frontMatter) ?? byUrl ?? namedPublisher(clues, {});
  // A Korean page's outlet goes by its Korean name; an English edition's by its own (`The Hankyoreh`).
  const known = name && /[가-힣]/.test(title) ? (outletOfAlias(name) ?? outletOfCompany(name)) : null;
  // The company behind an English edition (`JoongAng Ilbo Co., Ltd.` on koreajoongangdaily.joins.com): the edition the address names.
  if (known && byUrl && known !== byUrl) return byUrl;
  if (name) return known ?? name;
  for (const alt of bannerAlts) {
    const name = /속보/.test(alt) ? siteName(alt) : null;
    if (name) return name;
  }
  const feature = stringField(frontMatter.feature_text);
  const headline = feature?.split("\n")[0] ?? "";
  return /속보/.test(headline) ? siteName(headline) : null;
}

function namedPublisher(clues: Clue[], frontMatter: Record<string, unknown>): string | null {
  const strongestClue = strongest(clues.flatMap((c) => (c.publisher ? [{ value: c.publisher.name, weight: c.publisher.weight }] : [])));
  const fromChrome = strongestClue && COMPANY.test(strongestClue) ? (paperOf(strongestClue, clues) ?? strongestClue) : strongestClue;
  if (fromChrome) {
    const paper = fromChrome.replace(EDITION, "");
    // The front matter spells out a mission's name the chrome gave cut short (`주카자흐스탄 대한민국` of `… 대사관`).
    const declared = stringField(frontMatter.publisher);
    if (declared && declared.length <= 40 && declared.startsWith(paper) && MISSION.test(declared.slice(paper.length))) return declared;
    return paper !== fromChrome && namesAnOutlet(paper) ? paper : fromChrome;
  }
  for (const key of ["publisher", "source", "press", "outlet", "source_name", "publication", "author", "site", "site_name"]) {
    const raw = frontMatter[key];
    // Obsidian's `author: [[머니투데이]]`, a list of one.
    const value = stringField(Array.isArray(raw) && raw.length === 1 ? raw[0] : raw)?.replace(/^\[\[(.+)\]\]$/, "$1") ?? null;
    // `publication:` may be a journal or a book's publisher, `source_name:` a data set's: there, only an outlet's name.
    if (value && value.length <= 40 && !/^https?:/.test(value) && (!LOOSE_NAMES.has(key) || namesAnOutlet(value) || outletOfAlias(value))) return value;
  }
  return null;
}

/** A photo's page (yna's `/view/PYH…`, newsis' `/view/NISI…`, `/photo/…`) or a readers' board on an outlet's site. */
const NO_STORY_PAGE = /\/(?:PYH\d|NIS[IX]\d|(?:photos?|gallery|pic|bbs|board)\/)/i;
/** A page with an id (`selectDoc.do?docSeq=56123`, `/view/20250312001`) on a listed outlet's or ministry's site: its story or its release, whatever its path. */
function knownPage(url: string): boolean {
  const outlet = outletOfUrl(url);
  const parsed = outlet === null ? null : parseHttpUrl(url);
  if (parsed === null || !/\d{4,}/.test(parsed.pathname + parsed.search)) return false;
  // A ministry's board holds its releases (`me.go.kr/home/web/board/read.do?…`; not its list, `…/list.do?page=2`); an outlet's, its readers' posts.
  return isListedAgency(outlet!) ? !/\/(?:photos?|gallery)\/|list[\w.]*$/i.test(parsed.pathname) : !NO_STORY_PAGE.test(parsed.pathname);
}

export function findSourceUrl(clues: Clue[], frontMatter: Record<string, unknown>): string | null {
  const fromChrome = strongest(clues.flatMap((c) => (c.sourceUrl ? [{ value: c.sourceUrl.url, weight: c.sourceUrl.weight }] : [])));
  if (fromChrome) return fromChrome;
  for (const key of ["source_url", "sourceUrl", "canonical_url", "original_url", "link", "source_link", "source", "original", "canonical", "url"]) {
    const value = stringField(frontMatter[key]);
    // `source:` may credit a photo or a data set: only an article's address is the source.
    if (value && /^https?:\/\/[^\s/]+\/\S+/.test(value) && !IMAGE.test(value) && (knownPage(value) || ((!LOOSE_KEYS.has(key) || NEWS_PATH.test(value) || STORY_ID.test(value)) && (!PAGE_KEYS.has(key) || isStoryUrl(value))))) return value;
  }
  return null;
}
