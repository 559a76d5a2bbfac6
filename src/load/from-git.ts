import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../types/finding.js';
import { CONFIG_FILE_NAME, unsafeLink } from './discover.js';
import { UsageError } from './errors.js';
import { loadParts, MAX_FILE_BYTES, type LoadedPlan, type PartSource } from './index.js';
import { parseYamlFile } from './parse-yaml.js';

/** A plan at a git revision: `main:plans/2024-2027`, `HEAD~1:plans/x` (the path from the current folder). */
export interface GitSpec {
  revision: string;
  path: string;
}

/**
 * Whether a command-line argument names a git revision and path rather than a folder: it has a colon
 * and is not an existing path (cycle names cannot hold a colon; a folder whose name does is read as a folder).
 */
export function isGitSpec(arg: string, cwd = process.cwd()): boolean {
  return arg.includes(':') && !existsSync(path.resolve(cwd, arg));
}

export function parseGitSpec(arg: string): GitSpec {
  const colon = arg.indexOf(':');
  const revision = arg.slice(0, colon);
  const file = arg.slice(colon + 1);
  if (revision === '') throw new UsageError(`give a git revision before the colon, as in HEAD:${file || 'plans/2024-2027'}`);
  // git would read a leading dash as an option
  if (revision.startsWith('-')) throw new UsageError(`not a git revision: "${revision}"`);
  return { revision, path: file === '' ? '.' : file };
}

const YAML_FILE = /\.ya?ml$/i;
const LINK_MODE = '120000';

/** Read like a folder: hidden entries and plan.config.yaml are no part of the plan. */
function isListed(file: string): boolean {
  const parts = file.split('/');
  return !parts.some((part) => part.startsWith('.')) && parts.at(-1) !== CONFIG_FILE_NAME;
}

/** A path given from the working directory, as the repository names it (`--full-name`). */
function fullName(git: (args: string[]) => Buffer, file: string): string {
  const prefix = git(['rev-parse', '--show-prefix']).toString('utf8').trim();
  return path.posix.normalize(path.posix.join(prefix || '.', file));
}

/**
 * The links of the tree, judged by their text as the folder loader judges them: one leading outside the
 * plan folder is reported (`unsafe-link`), never followed. One staying inside adds nothing when what it
 * points to is read under its own name; a YAML-named link to a file that is not (`x.yaml -> x.txt`) is read
 * under the link's name, once, as the folder loader reads it.
 */
function followLinks(git: (args: string[]) => Buffer, links: TreeEntry[], folder: string, blobs: TreeEntry[], files: TreeEntry[]) {
  const outside: { file: string; target: string }[] = [];
  const extra: TreeEntry[] = [];
  const read = new Set(files.map((entry) => entry.file));
  for (const link of links) {
    const target = git(['cat-file', 'blob', link.object]).toString('utf8');
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(link.file), target));
    const isInside = !path.posix.isAbsolute(target) && (folder === '.' ? resolved !== '..' && !resolved.startsWith('../') : resolved === folder || resolved.startsWith(`${folder}/`));
    if (!isInside) outside.push({ file: link.file, target });
    const blob = blobs.find((entry) => entry.file === resolved);
    if (isInside && blob !== undefined && YAML_FILE.test(link.file) && !read.has(blob.file)) {
      read.add(blob.file);
      extra.push({ ...blob, file: link.file });
    }
  }
  return { outside, files: extra };
}

/**
 * Reads the plan stored at a revision: every *.yaml/*.yml file under the path in that revision's tree
 * (hidden files left out, as for folders), through the same loader as a folder. Git runs with argument
 * lists, never through a shell, so nothing in the spec is interpreted.
 */
export function loadPlanFromGit(arg: string, options: { cwd?: string } = {}): LoadedPlan {
  const cwd = options.cwd ?? process.cwd();
  const spec = parseGitSpec(arg);
  const git = (args: string[]): Buffer => execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: MAX_FILE_BYTES * 2 });
  checkRepository(git, arg);
  try {
    git(['rev-parse', '--verify', '--quiet', `${spec.revision}^{tree}`]);
  } catch {
    throw new UsageError(`unknown git revision "${spec.revision}" (in ${arg})`);
  }
  let listing: string;
  try {
    listing = git(['ls-tree', '-r', '-l', '-z', '--full-name', spec.revision, '--', spec.path]).toString('utf8');
  } catch (error) {
    // e.g. a path outside the repository: git's own one-line reason
    throw new UsageError(`cannot read ${arg}: ${firstLine((error as { stderr?: Buffer }).stderr) ?? (error as Error).message}`);
  }
  const entries = listing.split('\0').filter(Boolean).map(parseTreeLine);
  const blobs = entries.filter((entry) => entry.type === 'blob' && entry.mode !== LINK_MODE);
  if (blobs.length === 0) throw new UsageError(`no such path in revision ${spec.revision}: ${spec.path}`);
  const files = blobs.filter((entry) => YAML_FILE.test(entry.file) && isListed(entry.file));
  const links = entries.filter((entry) => entry.mode === LINK_MODE && isListed(entry.file));
  const folder = fullName(git, YAML_FILE.test(spec.path) && blobs.length === 1 ? path.posix.dirname(spec.path) : spec.path);
  const followed = followLinks(git, links, folder, blobs, files);
  files.push(...followed.files);
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const sources: PartSource[] = files.map((entry) => {
    const shown = `${spec.revision}:${entry.file}`;
    return { shown, read: () => readBlob(git, entry, shown) };
  });
  const isSingleFile = files.length === 1 && blobs.length === 1 && YAML_FILE.test(spec.path);
  const cycleFolder = isSingleFile ? path.posix.dirname(files[0].file) : spec.path;
  const cycle = path.posix.basename(path.posix.normalize(cycleFolder === '.' ? path.basename(topLevel(git)) : cycleFolder));
  const findings = followed.outside.map((link) => unsafeLink(`${spec.revision}:${link.file}`, link.target));
  return loadParts(cycle, sources, { dir: arg, shownDir: arg, findings });
}

function checkRepository(git: (args: string[]) => Buffer, arg: string): void {
  try {
    git(['rev-parse', '--git-dir']);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`cannot read ${arg}: git is not installed`);
    throw new UsageError(`cannot read ${arg}: not in a git repository (a revision works only inside one; cycle names and paths work anywhere)`);
  }
}

function firstLine(output: Buffer | undefined): string | undefined {
  const line = output?.toString('utf8').split('\n')[0].replace(/^fatal: /, '').trim();
  return line || undefined;
}

function topLevel(git: (args: string[]) => Buffer): string {
  return git(['rev-parse', '--show-toplevel']).toString('utf8').trim();
}

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  size: number;
  file: string;
}

/** `<mode> <type> <object> <size>\t<file>`, the long format of `git ls-tree -l`. */
function parseTreeLine(line: string): TreeEntry {
  const tab = line.indexOf('\t');
  const [mode, type, object, size] = line.slice(0, tab).trim().split(/\s+/);
  return { mode, type, object, size: Number(size), file: line.slice(tab + 1) };
}

function readBlob(git: (args: string[]) => Buffer, entry: TreeEntry, shown: string) {
  if (entry.size > MAX_FILE_BYTES) {
    const finding: Finding = { code: 'file-too-large', file: shown, line: 1, column: 1, args: { size: entry.size, limit: MAX_FILE_BYTES } };
    return finding;
  }
  return parseYamlFile(shown, git(['cat-file', 'blob', entry.object]));
}
