/** The boilerplate rules, in the order they are tried. A new site's chrome is a new file here. */
import type { CleanRule, RuleScope, TextRule, TrimRule } from "../types.ts";
import { creditTail } from "./credit-tail.ts";
import { breadcrumb } from "./breadcrumb.ts";
import { affiliateDisclosure } from "./affiliate-disclosure.ts";
import { byline } from "./byline.ts";
import { edgeDivider } from "./edge-divider.ts";
import { licenceLine } from "./licence-line.ts";
import { newsList } from "./news-list.ts";
import { outletLine } from "./outlet-line.ts";
import { blogScrapCredit, portalChrome } from "./portal-chrome.ts";
import { promoLink } from "./promo-link.ts";
import { relatedList, relatedPointer, relatedRow } from "./related-list.ts";
import { readerWidget } from "./reader-widget.ts";
import { tagLine } from "./tag-line.ts";
import { tipLine } from "./tip-line.ts";
import { broadcastCredit, broadcastMarker, broadcastSignOff } from "./broadcast.ts";
import { releaseMeta } from "./release-meta.ts";
import { reporterProfile } from "./reporter-profile.ts";
import { sectionLabel } from "./section-label.ts";
import { sharePrompt } from "./share-prompt.ts";
import { siteFooter } from "./site-footer.ts";
import { skipLink } from "./skip-link.ts";
import { sourceLine } from "./source-line.ts";
import { timestampLine } from "./timestamp-line.ts";
import { dateline } from "./dateline.ts";
import { generatorArtefact } from "./generator-artefact.ts";
import { wireRelease } from "./wire-release.ts";

export { bannerImage } from "./banner-image.ts";

export const lineRules: CleanRule[] = [
  skipLink,
  breadcrumb,
  siteFooter,
  sourceLine,
  promoLink,
  affiliateDisclosure,
  timestampLine,
  byline,
  newsList,
  relatedRow,
  relatedPointer,
  relatedList,
  sharePrompt,
  readerWidget,
  portalChrome,
  blogScrapCredit,
  tagLine,
  tipLine,
  broadcastMarker,
  broadcastCredit,
  broadcastSignOff,
  releaseMeta,
  wireRelease,
  outletLine,
  edgeDivider,
  sectionLabel,
  reporterProfile,
];

export const textRules: TextRule[] = [dateline, generatorArtefact];

export const trimRules: TrimRule[] = [licenceLine, creditTail];

const inScopes = (...scopes: RuleScope[]) => lineRules.filter((r) => scopes.includes(r.scope));
/** The rules the scan from the head asks, those the scan from the tail asks, those asked of every line, and those of a heading near the bottom. */
export const HEAD_RULES = inScopes("head", "edge", "anywhere");
export const TAIL_RULES = inScopes("tail", "edge", "anywhere");
export const ANYWHERE_RULES = inScopes("anywhere");
export const SECTION_RULES = inScopes("tail-section");
