import type { Element } from "hast";

const BANNER_ALT = /속보|breaking\s*news|배너|banner|쿠팡|coupang|파트너스/i;
const BANNER_SRC = /breaking_?news|banner|\/ads?\/|coupang/i;
/** A licence's badge, by its own name or file (`alt="공공누리 제1유형"`, `kogl_type1.png`, `cc-by-nc.png`), not a photo credited to a licence. */
const BADGE_ALT = /^(?:공공누리\s*(?:제\s*)?\d\s*유형(?:\s*[:：].{0,40})?|KOGL\s*Type\s*\d|CC\s*BY(?:[-\s](?:NC|ND|SA)){0,3}(?:\s*\d\.\d)?|크리에이티브\s*커먼즈\s*라이선스|Creative\s*Commons\s*License)$/i;
const BADGE_SRC = /\/(?:kogl_?type\d|opentype\d{1,2}|cc[_-]by(?:[_-](?:nc|nd|sa))*)(?:[_-]\w+)?\.(?:png|gif|jpe?g|svg)(?:[?#]|$)/i;
/**
 * A site's own logo: kept in a logo folder (`/image/logo/…`) or named as one (`toplogo_2023.png`,
 * `header-logo.svg`). A news photo of a company's logo is named for its story (`posco-hq-sign.jpg`,
 * `new_logo.jpg`), so neither the alt text nor "logo" anywhere in the name is enough.
 */
const SITE_LOGO_SRC = /\/logos?\/|\/(?:top|site|main|head(?:er)?|foot(?:er)?|bottom|m)?[_-]?logo(?:[_-]?(?:top|white|black|dark|light|m|pc|mobile|\d+))*\.(?:png|jpe?g|gif|svg|webp)(?:[?#]|$)/i;

/** Site banners and logos, not photos of the story: `alt="뉴스다오 속보"`, `…/newsdao_breakingnews.jpg`, `/image/logo/toplogo.png`. */
export const bannerImage = {
  name: "banner-image",
  description: "Site banner and logo images: alt=\"… 속보\", …breakingnews.jpg, banner/logo images, a licence's badge (공공누리, Creative Commons).",
  match(img: Element): boolean {
    const alt = String(img.properties.alt ?? "");
    const src = String(img.properties.src ?? "");
    return BANNER_ALT.test(alt) || BANNER_SRC.test(src) || SITE_LOGO_SRC.test(src) || BADGE_ALT.test(alt.trim()) || BADGE_SRC.test(src);
  },
};
