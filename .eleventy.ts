/** Thin Eleventy config: TypeScript render functions, directories, the base-path plugin. */
import { HtmlBasePlugin } from "@11ty/eleventy";

interface EleventyConfig {
  addExtension(extensions: string[], options: { key: string }): void;
  addTemplateFormats(formats: string): void;
  addWatchTarget(path: string): void;
  addPlugin(plugin: unknown): void;
}

export default function (config: EleventyConfig) {
  config.addExtension(["11ty.ts"], { key: "11ty.js" });
  config.addTemplateFormats("11ty.ts");
  config.addWatchTarget("content/");
  config.addPlugin(HtmlBasePlugin);
  // Input and output folders come from `sillok build` (--content, --out).
  return { dir: { input: "templates" } };
}
