/** The article's images: those left in the cleaned body, then the front matter's, banners excluded. */
import type { Root } from "hast";
import { eachElement } from "../walk.ts";
import { bannerImage } from "../clean/rules/banner-image.ts";
import { stringField } from "./text.ts";

const PLACEHOLDER = /picsum\.photos|placehold|dummyimage|via\.placeholder/i;

function usable(src: string, banners: Set<string>): boolean {
  return /^https?:\/\//i.test(src) && !banners.has(src) && !PLACEHOLDER.test(src) && !bannerImage.match({ type: "element", tagName: "img", properties: { src }, children: [] });
}

export function findImages(tree: Root, frontMatter: Record<string, unknown>, removedBanners: { src: string }[]): string[] {
  const banners = new Set(removedBanners.map((b) => b.src));
  const found: string[] = [];
  eachElement(tree, (node) => {
    if (node.tagName === "img" && typeof node.properties.src === "string") found.push(node.properties.src);
  });
  for (const key of ["image", "feature_image"]) {
    const src = stringField(frontMatter[key]);
    if (src) found.push(src);
  }
  return [...new Set(found.filter((src) => usable(src, banners)))];
}
