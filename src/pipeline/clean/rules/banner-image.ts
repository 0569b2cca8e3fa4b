import type { Element } from "hast";

const BANNER_ALT = /속보|breaking\s*news|배너|banner/i;
const BANNER_SRC = /breaking_?news|banner|\/ads?\//i;

/** Site banners, not photos of the story: `alt="뉴스다오 속보"`, `…/newsdao_breakingnews.jpg`. */
export const bannerImage = {
  name: "banner-image",
  description: "Site banner and logo images: alt=\"… 속보\", …breakingnews.jpg, banner/logo images.",
  match(img: Element): boolean {
    const alt = String(img.properties.alt ?? "");
    const src = String(img.properties.src ?? "");
    return BANNER_ALT.test(alt) || BANNER_SRC.test(src);
  },
};
