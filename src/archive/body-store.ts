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

/** A body is its HTML then its text, as UTF-8: `html` is how many of the `length` bytes are HTML. */
export const bodyRefSchema = z.object({ pack: z.string().regex(/^[\w-]+$/), offset: z.number().int().nonnegative(), length: z.number().int().nonnegative(), html: z.number().int().nonnegative() });
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
    const html = Buffer.from(body.html);
    const text = Buffer.from(body.text);
    writeSync(this.#fd, html, 0, html.length, this.#offset);
    writeSync(this.#fd, text, 0, text.length, this.#offset + html.length);
    const ref = { pack: this.pack, offset: this.#offset, length: html.length + text.length, html: html.length };
    this.#offset += ref.length;
    return ref;
  }

  close(): void {
    closeSync(this.#fd);
  }
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Reads bodies back, keeping each pack open while it is read from. */
export class PackReader {
  readonly #open = new Map<string, number>();

  constructor(readonly dir: string) {}

  /** One part of a body: the pages need only its HTML, the search index only its text. */
  part(ref: BodyRef, part: keyof Body): string {
    let fd = this.#open.get(ref.pack);
    if (fd === undefined) this.#open.set(ref.pack, (fd = openSync(join(this.dir, PACKS, `${ref.pack}.pack`), "r")));
    if (ref.html > ref.length) throw new Error(`a body reference into the cache pack ${ref.pack} is inconsistent`);
    const [start, length] = part === "html" ? [ref.offset, ref.html] : [ref.offset + ref.html, ref.length - ref.html];
    const bytes = Buffer.alloc(length);
    if (readSync(fd, bytes, 0, length, start) !== length) throw new Error(`the cache pack ${ref.pack} is cut short`);
    return UTF8.decode(bytes); // throws on bytes that are not UTF-8: a damaged pack is not trusted
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
