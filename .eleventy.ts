/** Thin Eleventy config: TypeScript render functions, the path-prefix plugin, directories. */
import { pathPrefixPlugin, type PrefixConfig } from "./src/site/path-prefix.ts";

interface EleventyConfig extends PrefixConfig {
  addExtension(extensions: string[], options: { key: string }): void;
  addTemplateFormats(formats: string): void;
  addWatchTarget(path: string): void;
  addPlugin(plugin: (config: PrefixConfig) => void): void;
}

export default function (config: EleventyConfig) {
  config.addExtension(["11ty.ts"], { key: "11ty.js" });
  config.addTemplateFormats("11ty.ts");
  config.addWatchTarget("content/");
  config.addPlugin(pathPrefixPlugin);
  // The input (sillok's templates) and output (--out) folders come from `sillok build`.
}
