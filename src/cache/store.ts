/**
 * The `--cache` file (`.plancache` by default): results of earlier runs, each under a key that is a hash of
 * everything it was computed from (the bytes of a file, the texts of a near-duplicate search, the files,
 * configuration and known cycles of a whole cycle), so a key that is found holds exactly what would be
 * computed again. The file also names the build of `plan` that wrote it: another build's file is ignored.
 *
 * Layout: "PLANCACHE" and a format digit, the length of a JSON header (4 bytes), the header
 * `{tool, sections: [[key, tag, offset, length], ...]}`, then the sections, each a value serialized by
 * `v8.serialize` (which keeps what JSON would lose: NaN, -0, typed arrays). A run reads the header and only
 * the sections it needs; anything unreadable (a damaged or foreign file) is no cache at all, never an error.
 * The file is rewritten, atomically, only when the run added something; it keeps the sections the run used
 * and those tagged with a cycle the run did not check. A file at the cache's path that does not start as a
 * cache (a user's file given by mistake), or is no regular file, is never replaced: `save` says why instead.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

const MAGIC = 'PLANCACHE1';
/** Past this size a header is taken for damage, not read. */
const MAX_HEADER_BYTES = 64 * 1024 * 1024;

type Section = [key: string, tag: string, offset: number, length: number];

export class PlanCache {
  private readonly old = new Map<string, { tag: string; offset: number; length: number }>();
  private readonly added = new Map<string, { tag: string; bytes: Buffer }>();
  private readonly used = new Set<string>();
  private descriptor: number | undefined;
  private dataStart = 0;
  /** why the file at the cache's path is no cache to replace (a user's file, a folder, a device), if it is not */
  private foreign: string | undefined;

  constructor(
    readonly file: string,
    readonly tool: string,
  ) {
    this.open();
  }

  /** The value stored under `key`, or undefined (never stored, or unreadable). */
  get<T>(key: string): T | undefined {
    const added = this.added.get(key);
    if (added) return deserialize(added.bytes) as T;
    const section = this.old.get(key);
    if (!section || this.descriptor === undefined) return undefined;
    try {
      const bytes = Buffer.alloc(section.length);
      if (readSync(this.descriptor, bytes, 0, section.length, this.dataStart + section.offset) !== section.length) return undefined;
      const value = deserialize(bytes) as T;
      this.used.add(key);
      return value;
    } catch {
      return undefined;
    }
  }

  /** Stores `value` under `key`; `tag` names the cycle it belongs to (its sections outlive runs that skip it). */
  set(key: string, tag: string, value: unknown): void {
    this.added.set(key, { tag, bytes: serialize(value) });
  }

  /**
   * Writes the file when the run added to it: the sections used or added by this run, and the earlier
   * sections of cycles it did not check. A file that cannot be written leaves the run as it was.
   */
  save(checkedTags: ReadonlySet<string>): string | undefined {
    if (this.added.size === 0 || this.foreign !== undefined) {
      this.close();
      return this.added.size === 0 ? undefined : `${this.file} is ${this.foreign}, so the cache was not written (remove it, or choose another --cache-location)`;
    }
    const kept: { key: string; tag: string; bytes: Buffer }[] = [];
    for (const [key, section] of this.old) {
      if (this.added.has(key) || (checkedTags.has(section.tag) && !this.used.has(key))) continue;
      const bytes = this.readRaw(section);
      if (bytes) kept.push({ key, tag: section.tag, bytes });
    }
    this.close();
    for (const [key, { tag, bytes }] of this.added) kept.push({ key, tag, bytes });
    const sections: Section[] = [];
    let offset = 0;
    for (const { key, tag, bytes } of kept) {
      sections.push([key, tag, offset, bytes.length]);
      offset += bytes.length;
    }
    const header = Buffer.from(JSON.stringify({ tool: this.tool, sections }), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(temporary, Buffer.concat([Buffer.from(MAGIC, 'latin1'), length, header, ...kept.map((section) => section.bytes)]));
      renameSync(temporary, this.file);
    } catch {
      rmSync(temporary, { force: true });
    }
    return undefined;
  }

  private open(): void {
    let descriptor: number | undefined;
    try {
      // a folder, device or FIFO is never opened (a FIFO would block) nor replaced
      if (!statSync(this.file).isFile()) {
        this.foreign = 'not a regular file';
        return;
      }
    } catch {
      return; // no file yet
    }
    try {
      descriptor = openSync(this.file, 'r');
      const size = fstatSync(descriptor).size;
      const start = Buffer.alloc(MAGIC.length + 4);
      const read = readSync(descriptor, start, 0, start.length, 0);
      // a file that does not even start as a cache is someone's file: it is left as it is
      if (read > 0 && start.toString('latin1', 0, Math.min(read, MAGIC.length)) !== MAGIC.slice(0, Math.min(read, MAGIC.length))) this.foreign = 'not a plan cache';
      if (read !== start.length || start.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a cache');
      const headerLength = start.readUInt32LE(MAGIC.length);
      if (headerLength > MAX_HEADER_BYTES || start.length + headerLength > size) throw new Error('damaged');
      const header = Buffer.alloc(headerLength);
      readSync(descriptor, header, 0, headerLength, start.length);
      const parsed = JSON.parse(header.toString('utf8')) as { tool?: unknown; sections?: unknown };
      if (parsed.tool !== this.tool || !Array.isArray(parsed.sections)) throw new Error('another build');
      this.dataStart = start.length + headerLength;
      for (const section of parsed.sections as Section[]) {
        const [key, tag, offset, length] = section;
        if (typeof key !== 'string' || typeof tag !== 'string' || !Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) continue;
        if (this.dataStart + offset + length > size) continue;
        this.old.set(key, { tag, offset, length });
      }
      this.descriptor = descriptor;
    } catch {
      // no cache, another build's, or a damaged one: start afresh
      if (descriptor !== undefined) closeSync(descriptor);
      this.old.clear();
    }
  }

  private readRaw(section: { offset: number; length: number }): Buffer | undefined {
    if (this.descriptor === undefined) return undefined;
    const bytes = Buffer.alloc(section.length);
    try {
      return readSync(this.descriptor, bytes, 0, section.length, this.dataStart + section.offset) === section.length ? bytes : undefined;
    } catch {
      return undefined;
    }
  }

  private close(): void {
    if (this.descriptor !== undefined) closeSync(this.descriptor);
    this.descriptor = undefined;
  }
}

/** A hash of the parts, each told apart from the next (so ["ab", "c"] and ["a", "bc"] differ). */
export function hashOf(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(String(typeof part === 'string' ? part.length : part.byteLength));
    hash.update(':');
    hash.update(part);
  }
  return hash.digest('base64url');
}

/**
 * The build of `plan` that is running: the bundle's file name, which holds a hash of its content, or else
 * (the compiled files, the sources under test) a hash of the name, size and time of each file beside it.
 */
export function toolIdentity(moduleUrl = import.meta.url): string {
  const file = fileURLToPath(moduleUrl);
  if (/^cli-[A-Z0-9]+\.cjs$/.test(path.basename(file))) return path.basename(file);
  const root = path.resolve(path.dirname(file), '..');
  const entries: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(js|cjs|ts)$/.test(entry.name)) continue;
    const full = path.join(entry.parentPath, entry.name);
    const stat = statSync(full);
    entries.push(`${path.relative(root, full)} ${stat.size} ${stat.mtimeMs}`);
  }
  return `files-${hashOf(...entries.sort())}`;
}
