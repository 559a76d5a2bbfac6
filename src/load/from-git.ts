import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../types/finding.js';
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
  const blobs = listing
    .split('\0')
    .filter(Boolean)
    .map(parseTreeLine)
    .filter((entry) => entry.type === 'blob' && entry.mode !== '120000');
  if (blobs.length === 0) throw new UsageError(`no such path in revision ${spec.revision}: ${spec.path}`);
  const files = blobs.filter((entry) => YAML_FILE.test(entry.file) && !entry.file.split('/').some((part) => part.startsWith('.')));
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const sources: PartSource[] = files.map((entry) => {
    const shown = `${spec.revision}:${entry.file}`;
    return { shown, read: () => readBlob(git, entry, shown) };
  });
  const isSingleFile = files.length === 1 && blobs.length === 1 && YAML_FILE.test(spec.path);
  const folder = isSingleFile ? path.posix.dirname(files[0].file) : spec.path;
  const cycle = path.posix.basename(path.posix.normalize(folder === '.' ? path.basename(topLevel(git)) : folder));
  return loadParts(cycle, sources, { dir: arg, shownDir: arg });
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
