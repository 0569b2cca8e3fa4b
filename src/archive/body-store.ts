/**
 * Article bodies (HTML and plain text) in the cache, kept apart from the small index so that a
 * rebuild reads only the bodies it renders. Bodies are appended to pack files, one pack per
 * writer per build (`<cache>/packs/<name>.pack`), and found again by pack, offset and length:
 * ten thousand articles are a few files, not ten thousand.
 *
 * A pack is written once and never changed. Packs no live entry points into are deleted by
 * `prune`; a pack whose live bodies are mostly gone is left to the next full parse (`--no-cache`
 * or a pipeline upgrade), which starts the cache afresh.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

export const bodyRefSchema = z.object({ pack: z.string().regex(/^[\w-]+$/), offset: z.number().int().nonnegative(), length: z.number().int().positive() });
export type BodyRef = z.infer<typeof bodyRefSchema>;

export interface Body {
  html: string;
  text: string;
}

const PACKS = "packs";

/** Appends bodies to one new pack file. */
export class PackWriter {
  readonly #fd: number;
  #offset = 0;

  constructor(readonly dir: string, readonly pack: string) {
    mkdirSync(join(dir, PACKS), { recursive: true });
    this.#fd = openSync(join(dir, PACKS, `${pack}.pack`), "w");
  }

  append(body: Body): BodyRef {
    return this.appendJson(JSON.stringify(body));
  }

  /** Appends a body already serialised as JSON. */
  appendJson(json: string): BodyRef {
    const bytes = Buffer.from(json);
    writeSync(this.#fd, bytes, 0, bytes.length, this.#offset);
    const ref = { pack: this.pack, offset: this.#offset, length: bytes.length };
    this.#offset += bytes.length;
    return ref;
  }

  close(): void {
    closeSync(this.#fd);
  }
}

/** Reads bodies back, keeping each pack open while it is read from. */
export class PackReader {
  readonly #open = new Map<string, number>();

  constructor(readonly dir: string) {}

  read(ref: BodyRef): Body {
    let fd = this.#open.get(ref.pack);
    if (fd === undefined) this.#open.set(ref.pack, (fd = openSync(join(this.dir, PACKS, `${ref.pack}.pack`), "r")));
    const bytes = Buffer.alloc(ref.length);
    if (readSync(fd, bytes, 0, ref.length, ref.offset) !== ref.length) throw new Error(`the cache pack ${ref.pack} is cut short`);
    return JSON.parse(bytes.toString("utf8")) as Body;
  }

  close(): void {
    for (const fd of this.#open.values()) closeSync(fd);
    this.#open.clear();
  }
}

/** Deletes the packs no entry uses. */
export function prunePacks(dir: string, live: Iterable<BodyRef>): void {
  const used = new Set([...live].map((ref) => ref.pack));
  const packs = join(dir, PACKS);
  if (!existsSync(packs)) return;
  for (const file of readdirSync(packs)) {
    if (!used.has(file.replace(/\.pack$/, ""))) unlinkSync(join(packs, file));
  }
}
