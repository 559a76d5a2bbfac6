import { fstatSync, lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../load/errors.js';
import { escapeControl } from '../text/control-characters.js';
import { describeWriteError, writeAllSync, writeFileAtomically } from './atomic-write.js';
import { checkOutputSize } from './output-limit.js';

export { writeFileAtomically } from './atomic-write.js';

/** Colour only on a terminal, never when NO_COLOR is set or --no-color is given; FORCE_COLOR forces it on. */
export function useColor(options: { color?: boolean }, stream: NodeJS.WriteStream = process.stdout): boolean {
  if (options.color === false || process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/** One line on stderr, `plan: <message>`, with any control character in it made visible. */
export function writeError(message: string): void {
  process.stderr.write(`plan: ${escapeControl(message)}\n`);
}

/** What a command's output must not replace: the plans folder, and every file or folder it read. */
export interface OutputGuard {
  plansDir: string;
  /** plan folders and files, the template, the configuration: whatever the run read (undefined ones are skipped) */
  inputs?: (string | undefined)[];
  /** the largest output allowed (output-limit.ts), and what to call it in the error */
  limit?: { bytes: number; what: string };
}

/**
 * Writes a command's output: to stdout, or to a file atomically (see atomic-write.ts). A file target must
 * be a new path or a regular file (a link to one is followed, and the link kept); it may not be a folder,
 * a device, a FIFO or a socket, lie in the plans folder, be a YAML file, or be one of the run's inputs.
 */
export async function writeOutput(text: string, out: string | undefined, guard: OutputGuard): Promise<void> {
  if (guard.limit !== undefined) checkOutputSize(Buffer.byteLength(text), guard.limit.bytes, guard.limit.what);
  if (out === undefined || out === '-') {
    writeStdout(text);
    return;
  }
  const written = path.resolve(out);
  const target = followLink(written);
  // Compared as written and with links resolved: `--out link/report.md`, where link points into the plans
  // folder, must be refused like `--out plans/2020-2023/report.md`.
  const targets = [written, target, realTarget(target)];
  const isInside = (folder: string) => [path.resolve(folder), realTarget(path.resolve(folder))].some((dir) => targets.some((file) => file === dir || file.startsWith(dir + path.sep)));
  if (isInside(guard.plansDir)) throw new UsageError(`refusing to write into the plans folder: ${out}`);
  for (const input of guard.inputs ?? []) {
    if (input !== undefined && (isInside(input) || isSameFile(input, target))) throw new UsageError(`refusing to overwrite an input: ${out}`);
  }
  if (targets.some((file) => /\.ya?ml$/i.test(file))) throw new UsageError(`refusing to write a report over a YAML file: ${out}`);
  // /dev/stdout, /dev/fd/1, /proc/self/fd/1 name whatever the descriptor is: never a file to replace
  if ([written, target].some((file) => /^\/(dev|proc)\//.test(file))) throw new UsageError(`refusing to write over a device: ${out} (${KIND_HINT})`);
  checkKind(target, out);
  await writeFileAtomically(target, text, out);
}

/** stdout redirected to a regular file is written with every byte checked; a pipe or a terminal through the stream. */
function writeStdout(text: string): void {
  let isFile = false;
  try {
    isFile = fstatSync(1).isFile();
  } catch {
    // no stdout to inspect: the stream reports what goes wrong
  }
  if (!isFile) {
    process.stdout.write(text);
    return;
  }
  try {
    writeAllSync(1, Buffer.from(text, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot write the output: ${describeWriteError(error)}`);
  }
}

const KIND_HINT = '--out takes a regular file or a new path; leave it out, or give -, to print';

const KINDS: [(stats: Stats) => boolean, string][] = [
  [(stats) => stats.isDirectory(), 'a folder'],
  [(stats) => stats.isCharacterDevice() || stats.isBlockDevice(), 'a device'],
  [(stats) => stats.isFIFO(), 'a FIFO (named pipe)'],
  [(stats) => stats.isSocket(), 'a socket'],
];

/** Where `--out` writes: the path itself, or the file a link points to (so the link is kept). */
function followLink(target: string): string {
  try {
    return lstatSync(target).isSymbolicLink() ? realpathSync.native(target) : target;
  } catch {
    return target; // a new file, or a broken link (refused by checkKind)
  }
}

/**
 * `--out` writes a new path or a regular file. Anything else is refused before a byte is written, so that
 * a device (`/dev/null`, `/dev/stdout`), a FIFO or a folder is never replaced by a regular file.
 */
function checkKind(target: string, shown: string): void {
  let stats: Stats;
  try {
    stats = lstatSync(target);
  } catch {
    return; // a new file: its folder is checked when it is created
  }
  if (stats.isSymbolicLink()) {
    // a link followLink could not resolve: to nothing, in a loop, or to what has no path (a pipe)
    try {
      stats = statSync(target);
    } catch {
      throw new UsageError(`refusing to write through a broken link: ${shown}`);
    }
    if (stats.isFile()) throw new UsageError(`refusing to write through a link that cannot be resolved: ${shown}`);
  }
  if (stats.isFile()) return;
  const kind = KINDS.find(([test]) => test(stats))?.[1] ?? 'not a regular file';
  throw new UsageError(`refusing to write over ${kind}: ${shown} (${KIND_HINT})`);
}

/** The same file under another name (a hard link, a link): compared by device and inode. */
function isSameFile(a: string, b: string): boolean {
  try {
    const [first, second] = [statSync(a), statSync(b)];
    return first.isFile() && first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

/** A path with the links of its nearest existing folder resolved (the file itself may not exist yet). */
function realTarget(file: string): string {
  const rest: string[] = [];
  let current = file;
  for (;;) {
    try {
      return path.join(realpathSync(current), ...rest);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return file;
      rest.unshift(path.basename(current));
      current = parent;
    }
  }
}
