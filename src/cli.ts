/** sillok build | serve | check | inspect */
import { parseArgs } from "node:util";
import { build } from "./cli/build.ts";
import { check } from "./cli/check.ts";
import { serve, type BuildSetup } from "./cli/serve.ts";
import { inspect } from "./cli/inspect.ts";
import { loadSiteSettings } from "./config/site.ts";
import { defaultTaxonomyPath, loadTaxonomy } from "./taxonomy/topics.ts";

const USAGE = `sillok: a static news-archive site generator

  sillok build   [--content DIR] [--out DIR] [--pathprefix /p/] [--strict]
                 [--site config/site.yaml] [--taxonomy config/topics.yaml]
                 [--cache .sillok-cache | --no-cache] [--no-search]
  sillok serve   [--port 8080] [build options]   build, serve on localhost, rebuild and reload on changes
  sillok check   [DIR]                 one line per file with a problem; exit 1 on errors
  sillok inspect [--json] PATH...      what each file becomes (the Article contract)

Defaults: content/ in, _site/ out.
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      content: { type: "string", default: "content" },
      out: { type: "string", default: "_site" },
      pathprefix: { type: "string", default: "/" },
      strict: { type: "boolean", default: false },
      taxonomy: { type: "string" },
      site: { type: "string" },
      cache: { type: "string", default: ".sillok-cache" },
      "no-cache": { type: "boolean", default: false },
      "no-search": { type: "boolean", default: false },
      port: { type: "string", default: "8080" },
    },
  });
  const setup = (): BuildSetup => ({
    options: { content: values.content, out: values.out, pathPrefix: values.pathprefix, strict: values.strict, site: loadSiteSettings(values.site), cache: values.cache, reparse: values["no-cache"], search: !values["no-search"] },
    pipeline: { taxonomy: loadTaxonomy(values.taxonomy ?? defaultTaxonomyPath()) },
  });
  const taxonomy = () => setup().pipeline.taxonomy;
  switch (command) {
    case "build": {
      const { options, pipeline } = setup();
      return build(options, pipeline);
    }
    case "serve":
      return serve(Number(values.port), setup);
    case "inspect":
      return inspect(positionals, values.json, { taxonomy: taxonomy() });
    case "check":
      return check(positionals[0] ?? values.content, { taxonomy: taxonomy() });
    case undefined:
    case "help":
    case "--help":
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`sillok: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}
