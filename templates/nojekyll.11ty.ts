/** `.nojekyll`: GitHub Pages serves the files as they are, without running Jekyll over them. */
export const data = { permalink: "/.nojekyll", eleventyExcludeFromCollections: true, eleventyAllowMissingExtension: true };

export function render(): string {
  return "";
}
