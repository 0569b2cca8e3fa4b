/**
 * Atomic, incremental output. The site is swapped in whole, never edited where it is served:
 *
 *   _site/                       the site being served
 *   .sillok-cache/site/          the spare: the site before the last, updated into the next one
 *   .sillok-cache/render-<pid>/  this build's rendered pages (only those whose key changed)
 *   .sillok-cache/trees.json     which page keys each of the two folders holds
 *
 * A build renders the changed pages into its render folder, moves them into the spare (whose
 * stale files go), records the spare's keys, and swaps it with the site by renaming. When there
 * is no spare, the render folder (then holding every page) becomes the site. A build that fails
 * or is killed leaves the site as it was; the next one cleans up what it left.
 *
 * A spare made from the site by hard links shares files with it, so a file is only ever
 * replaced by renaming a new one over it, never written in place. Folders are told apart by
 * device, inode and birth time, so a folder replaced by hand is never mistaken for a known one.
 * Without a cache, or with the cache on another file system, every build renders every page
 * into a fresh folder beside the site.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { spawn } from "node:child_process";
import { writeWhole } from "../write-whole.ts";
import { perObject } from "../per-object.ts";
import { z } from "zod";

export interface Tree {
  dir: string;
  /** File -> key, or null when the folder's content is unknown. */
  keys: ReadonlyMap<string, string> | null;
}

/** Whether a folder's record entry `held` stands for the same bytes as the entry `wanted` (see sameFile in search-files.ts). */
export type SameFile = (held: string | undefined, wanted: string) => boolean;
const equal: SameFile = (held, wanted) => held === wanted;

/** Per folder (by identity): each file's key, and the key of the whole build that made it. */
const buildSchema = z.object({ key: z.string(), stories: z.number() });
/** The build that made a folder: the key of all it was made from, and how many stories it shows. */
export type BuildRecord = z.infer<typeof buildSchema>;
const manifestsSchema = z.record(z.string(), z.object({ files: z.record(z.string(), z.string()), build: buildSchema.optional() }));
/** In memory, each folder's files as a map: a build asks for the served site's keys several times. */
type Manifests = Record<string, { files: ReadonlyMap<string, string>; build?: BuildRecord }>;

export class OutputTrees {
  readonly out: string;
  readonly #cache: string | null;
  readonly #manifests: Manifests;

  /** What trees.json was when this process last read or wrote it: while it still is, the records in memory are its content. */
  #written: string | null = null;
  /** Where a commit leaves the writing of the new site's record (`sillok serve`: once the site is served); none: written at once. */
  #later: ((work: () => void) => void) | null = null;

  private constructor(out: string, cache: string | null, manifests: Manifests) {
    this.out = out;
    this.#cache = cache;
    this.#manifests = manifests;
  }

  /**
   * `cache` null (or on another file system than `out`): no spare, every page rendered each
   * build. `previous`: the trees of this process's last build, whose records are used unless
   * another process has written trees.json since. `later`: see #later.
   */
  static open(out: string, cache: string | null, previous?: OutputTrees, later?: (work: () => void) => void): OutputTrees {
    const target = resolve(out);
    mkdirSync(dirname(target), { recursive: true });
    recover(dirname(target), target);
    if (cache === null) return new OutputTrees(target, null, {});
    mkdirSync(cache, { recursive: true });
    if (statSync(cache).dev !== statSync(dirname(target)).dev) return new OutputTrees(target, null, {});
    const file = join(cache, "trees.json");
    const stamp = fileStamp(file); // before the read: a write after it makes the next open read again
    const kept = previous && previous.out === target && previous.#cache === resolve(cache) && previous.#written !== null && previous.#written === stamp;
    const manifests = kept ? previous.#manifests : readManifests(file);
    recoverSwap(cache, target);
    finishRemovals(cache);
    for (const stale of readdirSync(cache).filter((e) => /^render-\d+$/.test(e) && !isRunning(Number(e.slice(7))))) removeLater(join(cache, stale));
    const trees = new OutputTrees(target, resolve(cache), manifests);
    trees.#written = stamp;
    trees.#later = later ?? null;
    return trees;
  }

  /** The keys the served site holds (null: unknown). */
  live(): ReadonlyMap<string, string> | null {
    return this.#keysOf(this.out);
  }

  /** The build that made the served site (null: unknown). */
  liveBuild(): BuildRecord | null {
    const id = identity(this.out);
    return (id && this.#manifests[id]?.build) || null;
  }

  /** The spare to update, made from the site by hard links if there is none; null when the render folder must hold every page. */
  spare(): Tree | null {
    if (!this.#cache) return null;
    const dir = join(this.#cache, "site");
    const keys = this.#keysOf(dir);
    if (keys) return { dir, keys };
    if (existsSync(dir)) removeLater(dir);
    const live = this.live();
    if (!live) return null;
    linkTree(this.out, dir, live.keys());
    this.#record(dir, live);
    return { dir, keys: live };
  }

  /**
   * The files the served site holds as `wanted` wants them but the spare does not (those the
   * last build changed): `commit` links them from the site into the spare, like rendered pages,
   * instead of their being rendered again.
   */
  takenFromLive(spare: Tree, wanted: Iterable<[string, string]>, same: SameFile = equal): string[] {
    const live = this.live();
    if (!live) return [];
    const taken: string[] = [];
    for (const [file, key] of wanted) {
      if (same(spare.keys?.get(file), key) || live.get(file) !== key) continue;
      if (existsSync(join(this.out, file))) taken.push(file); // one the record lists but the site lacks is rendered
    }
    return taken;
  }

  /**
   * Brings the spare up to the served site, between builds (`sillok serve`): the files the site
   * holds and the spare does not (those the last build changed) are linked in, and those the site
   * lacks go. The next build then moves only its own pages into the spare, not the last build's too.
   */
  catchUp(same: SameFile = equal): void {
    // Another process's build since this one's (trees.json written anew): its records stand.
    if (!this.#cache || this.#written !== fileStamp(join(this.#cache, "trees.json"))) return;
    const dir = join(this.#cache, "site");
    const held = this.#keysOf(dir);
    const live = this.live();
    if (!held || !live || held === live) return;
    const stale = [...live].filter(([file, key]) => !same(held.get(file), key));
    const gone = [...held.keys()].filter((file) => !live.has(file));
    const next = new Map(live);
    if (stale.length > 0 || gone.length > 0) {
      // Unknown until it is done, as in a commit.
      this.#forget(dir);
      this.#save();
      for (const [file] of stale) {
        if (!linkOver(join(this.out, file), join(dir, file))) next.delete(file); // one the record lists but the site lacks is rendered
      }
      for (const file of gone) removeFile(dir, file);
    }
    // The site's own record when nothing was left out: the next build sees at once that the spare holds the site (caughtUp).
    const id = identity(dir);
    if (id) this.#manifests[id] = { files: next.size === live.size ? live : next };
    this.#save();
  }

  /** Whether `spare` holds what the served site holds, file for file: catchUp has brought it up to it. */
  caughtUp(spare: Tree): boolean {
    return spare.keys !== null && spare.keys === this.live();
  }

  /** Links `files` of `tree` into the render folder. */
  linkFrom(tree: Tree, files: string[], render: string): void {
    linkTree(tree.dir, render, files);
  }

  /** A fresh folder for this build's pages. */
  renderDir(): string {
    const dir = this.#cache ? join(this.#cache, `render-${process.pid}`) : join(dirname(this.out), `.${basename(this.out)}.building-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  /**
   * Puts the new site in place: `rendered` (files in `renderDir`) moved into the spare and
   * `fromLive` (see takenFromLive) linked into it, or the render folder itself when there is no
   * spare; `keys` are all the new site's files and keys.
   */
  commit(render: string, rendered: string[], keys: Map<string, string>, spare: Tree | null, build: BuildRecord, fromLive: string[] = []): void {
    let next = render;
    if (spare) {
      // From here until the swap the spare is neither its old self nor the new site: unknown.
      this.#forget(spare.dir);
      this.#save();
      for (const file of rendered) moveInto(join(render, file), join(spare.dir, file));
      for (const file of fromLive) {
        if (!linkOver(join(this.out, file), join(spare.dir, file))) throw new Error(`${file} went from the served site during the build; build again`);
      }
      for (const file of spare.keys?.keys() ?? []) if (!keys.has(file)) removeFile(spare.dir, file);
      rmSync(render, { recursive: true, force: true });
      next = spare.dir;
    }
    const old = this.#cache ? join(this.#cache, "site") : join(dirname(this.out), `.${basename(this.out)}.old-${process.pid}`);
    const hadSite = existsSync(this.out);
    if (next === old) {
      // the spare becomes the site and the site the spare: through a third name
      const swap = `${old}.swap-${process.pid}`;
      if (hadSite) renameSync(this.out, swap);
      renameSync(next, this.out);
      if (hadSite) renameSync(swap, old);
    } else {
      if (hadSite) {
        if (existsSync(old)) removeLater(old);
        renameSync(this.out, old);
      }
      renameSync(next, this.out);
      if (hadSite && !this.#cache) removeLater(old);
    }
    this.#record(this.out, keys, build);
    // Until it is written, trees.json knows no record of the new site (the spare's was forgotten
    // above, the render folder never had one), only the old site's, true of the folder it is now
    // (the spare): a build that reads it renders what differs from that.
    if (this.#later) this.#later(() => this.#save());
    else this.#save();
  }

  /** Records that the served site, unchanged, is what the build `build` makes. */
  confirm(build: BuildRecord): void {
    const id = identity(this.out);
    if (!id || !this.#manifests[id]) return;
    this.#manifests[id] = { ...this.#manifests[id], build }; // a new object: the old one's JSON is remembered
    this.#save();
  }

  /** Drops this build's render folder; the site stays. */
  abandon(render: string): void {
    rmSync(render, { recursive: true, force: true });
  }

  #keysOf(dir: string): ReadonlyMap<string, string> | null {
    const id = identity(dir);
    return (id && this.#manifests[id]?.files) || null;
  }

  #record(dir: string, keys: ReadonlyMap<string, string>, build?: BuildRecord): void {
    const id = identity(dir);
    if (id) this.#manifests[id] = build ? { files: new Map(keys), build } : { files: new Map(keys) };
  }

  #forget(dir: string): void {
    const id = identity(dir);
    if (id) delete this.#manifests[id];
  }

  #save(): void {
    if (!this.#cache) return;
    const keep: string[] = [];
    for (const dir of [this.out, join(this.#cache, "site")]) {
      const id = identity(dir);
      const manifest = id ? this.#manifests[id] : undefined;
      if (id && manifest) keep.push(`${JSON.stringify(id)}:${serialized(manifest)}`);
    }
    writeWhole(join(this.#cache, "trees.json"), `{${keep.join(",")}}`);
    this.#written = fileStamp(join(this.#cache, "trees.json"));
  }
}

/** The records in `file`; none when there is no record, or not one this version reads (both folders are then unknown). */
function readManifests(file: string): Manifests {
  let read: z.infer<typeof manifestsSchema>;
  try {
    read = manifestsSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    return {};
  }
  return Object.fromEntries(Object.entries(read).map(([id, { files, build }]) => [id, { files: new Map(Object.entries(files)), ...(build ? { build } : {}) }]));
}

/** `put(from, to)`, making `to`'s folder only when it is not there (most of a spare's are). */
function intoFolder(put: (from: string, to: string) => void, from: string, to: string): void {
  try {
    put(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    mkdirSync(dirname(to), { recursive: true });
    put(from, to);
  }
}

/** Moves a file to `to`. */
function moveInto(from: string, to: string): void {
  intoFolder(renameSync, from, to);
}

/** Puts a hard link to `from` at `to`, in place of what is there; false when there is no `from` (`to` is then gone too). */
function linkOver(from: string, to: string): boolean {
  try {
    unlinkSync(to); // not rmSync: it looks before it removes, a third of the time of a few hundred links
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  try {
    intoFolder(linkSync, from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return false;
  }
}

/** Removes a file and the folders it leaves empty, up to the tree's root. */
function removeFile(root: string, file: string): void {
  rmSync(join(root, file), { force: true });
  for (let dir = dirname(file); dir !== "." && dir !== "/"; dir = dirname(dir)) {
    try {
      rmdirSync(join(root, dir));
    } catch {
      return; // not empty
    }
  }
}

function basename(path: string): string {
  return path.replace(/\/+$/, "").replace(/^.*\//, "");
}

/** A folder's identity: device, inode and birth time; null when it does not exist. */
function identity(dir: string): string | null {
  try {
    const s = statSync(dir, { bigint: true });
    return `${s.dev}:${s.ino}:${s.birthtimeNs}`;
  } catch {
    return null;
  }
}

/** Each manifest's JSON, by object (never changed once made): a folder's record is written again at every save, and a session's builds save the one they did not change. */
const serialized = perObject((manifest: Manifests[string]) => JSON.stringify({ ...manifest, files: Object.fromEntries(manifest.files) }));

/** A file's inode, size and modification time (null: none): a file written over by another process has a new one. */
function fileStamp(file: string): string | null {
  try {
    const s = statSync(file, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}`;
  } catch {
    return null;
  }
}

/** A copy of `from` made of hard links: no file data is copied. */
function linkTree(from: string, to: string, files: Iterable<string>): void {
  const made = new Set<string>();
  for (const file of files) {
    const dir = dirname(join(to, file));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    try {
      linkSync(join(from, file), join(to, file));
    } catch {
      // a file the record lists but the site lacks: the spare lacks it too, and its key makes it rendered
    }
  }
  mkdirSync(to, { recursive: true });
}

/** Removes a folder in a detached process, so the build does not wait for thousands of unlinks. */
function removeLater(dir: string): void {
  const doomed = join(dirname(dir), `.doomed-${basename(dir)}-${process.pid}-${Date.now()}`);
  try {
    renameSync(dir, doomed);
  } catch {
    return;
  }
  removeInBackground(doomed);
}

function removeInBackground(doomed: string): void {
  const child = spawn("rm", ["-rf", doomed], { detached: true, stdio: "ignore" });
  child.on("error", () => rmSync(doomed, { recursive: true, force: true }));
  child.unref();
}

/** What a removal that did not finish (its process gone) left in `dir`. */
function finishRemovals(dir: string): void {
  for (const entry of readdirSync(dir)) {
    const match = entry.match(/^\.doomed-.+-(\d+)-\d+$/);
    if (match && !isRunning(Number(match[1]))) removeInBackground(join(dir, entry));
  }
}

/** Cleans up after killed builds: stale staging folders go; a site caught mid-swap is put back. */
function recover(parent: string, target: string): void {
  const name = basename(target);
  finishRemovals(parent);
  for (const entry of readdirSync(parent)) {
    const match = entry.match(/^\.(.+)\.(building|old)-(\d+)$/);
    if (!match || match[1] !== name || isRunning(Number(match[3]))) continue;
    const path = join(parent, entry);
    if (match[2] === "old" && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
  }
}

/**
 * A build killed while swapping the spare with the site leaves the old site at
 * `site.swap-<pid>` (and perhaps no site): it is put back, or made the spare again.
 */
function recoverSwap(cache: string, target: string): void {
  for (const entry of readdirSync(cache)) {
    const match = entry.match(/^site\.swap-(\d+)$/);
    if (!match || isRunning(Number(match[1]))) continue;
    const path = join(cache, entry);
    if (!existsSync(target)) renameSync(path, target);
    else if (!existsSync(join(cache, "site"))) renameSync(path, join(cache, "site"));
    else removeLater(path);
  }
  // Killed between moving the site to the spare's place and the new site into the site's.
  if (!existsSync(target) && existsSync(join(cache, "site"))) renameSync(join(cache, "site"), target);
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
