/**
 * The hostile-input tests run the built CLI (`bin/plan`) as a user would, time it, and check that it
 * changed no file: a snapshot of every byte, link and mode under a folder, taken before and after.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, chmodSync, constants, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const HOSTILE = path.join(ROOT, 'test/fixtures/hostile');
/** The plan every check is silent on: hostile cases add to it or rewrite it. */
export const VALID_PLAN = path.join(ROOT, 'test/fixtures/checks/valid/2030-2033');
const BIN = path.join(ROOT, 'bin/plan');

export const isRoot = process.getuid?.() === 0;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  cwd: string;
  /** the time bound every run is held to (default 10 s: a start of the CLI takes well under 1 s) */
  maxMs?: number;
  /** kill the process after this long (a hang fails the test instead of stalling the suite) */
  timeoutMs?: number;
  /**
   * run as the unprivileged user `nobody` (root reads files whatever their mode), from the copy of the CLI
   * in this workspace: `nobody` may not be allowed into the checkout's folders
   */
  asNobody?: Workspace;
  /** the most memory the run may take: its V8 heap is capped, so that going over it fails the run */
  maxHeapMb?: number;
}

/** Runs `plan <args>` without colour, held to a time bound; `status` is null when it was killed for taking too long. */
export function plan(args: string[], { cwd, maxMs = 10_000, timeoutMs = Math.max(20_000, 2 * maxMs), asNobody, maxHeapMb }: RunOptions): Run {
  const node = maxHeapMb === undefined ? [process.execPath] : [process.execPath, `--max-old-space-size=${maxHeapMb}`];
  const command = asNobody && isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...node] : node;
  const bin = asNobody ? asNobody.cli() : BIN;
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const started = performance.now();
  const result = spawnSync(command[0], [...command.slice(1), bin, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  expect(ms, `plan ${args.join(' ')} took ${Math.round(ms)} ms`).toBeLessThan(maxMs);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms };
}

/** `plan <args>` without waiting, to run several at once (no time bound: they share the machine). */
export function planAsync(args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    const [stdout, stderr]: Buffer[][] = [[], []];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
  });
}

/** The diagnostics of `plan validate --format json` run in `cwd`, as `code file:line`, the file relative to `base`. */
export function findings(run: Run, cwd: string, base: string): string[] {
  const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { code: string; file: string; line: number }[] };
  return diagnostics.map((diagnostic) => `${diagnostic.code} ${path.relative(base, path.resolve(cwd, diagnostic.file))}:${diagnostic.line}`);
}

/** Every entry under a folder with its type, mode and content hash (links are not followed). */
export function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      const stat = lstatSync(full);
      const key = path.relative(dir, full);
      const mode = (stat.mode & 0o7777).toString(8);
      if (stat.isSymbolicLink()) entries[key] = `link ${readlinkSync(full)}`;
      else if (stat.isDirectory()) {
        // A folder locked against its reader (mode 000, run by a user other than root) is recorded, not entered.
        const isOpen = isRoot || canEnter(full);
        entries[key] = `dir ${mode}${isOpen ? '' : ' locked'}`;
        if (isOpen) walk(full);
      } else if (stat.isFile()) entries[key] = `file ${mode} ${stat.size} ${hashOf(full, stat.mode)}`;
      else entries[key] = `other ${mode}`;
    }
  };
  walk(dir);
  return entries;
}

function canEnter(folder: string): boolean {
  try {
    accessSync(folder, constants.R_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hashOf(file: string, mode: number): string {
  // An unreadable file (mode 000) is hashed as root can read it; for other users its size stands in.
  if ((mode & 0o444) === 0 && !isRoot) return 'unreadable';
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * Where to make many small files: a memory file system when there is one with room to spare (creating
 * 10,000 files on a slow disk takes longer than the test itself), else the temporary folder.
 */
export function fastTemporaryFolder(): string {
  try {
    const stats = statfsSync('/dev/shm');
    if (stats.bavail * stats.bsize > 512 * 1024 * 1024) return '/dev/shm';
  } catch {
    // no /dev/shm here
  }
  return tmpdir();
}

/** A scratch folder, readable by `nobody` too, removed by `remove()`. */
export class Workspace {
  readonly root: string;
  #cli: string | undefined;

  constructor(base = tmpdir()) {
    this.root = mkdtempSync(path.join(base, 'plan-hostile-'));
    chmodSync(this.root, 0o755);
  }

  /** A folder under the workspace (created), optionally filled with a copy of `from`. */
  folder(relative: string, from?: string): string {
    const dir = path.join(this.root, relative);
    if (from) cpSync(from, dir, { recursive: true });
    else mkdirSync(dir, { recursive: true });
    return dir;
  }

  /** `bin/plan` of a copy of the CLI in the workspace (made on first use), which `nobody` can read and run. */
  cli(): string {
    this.#cli ??= copyCli(path.join(this.root, 'installed-cli'));
    return this.#cli;
  }

  remove(): void {
    if (!existsSync(this.root)) return;
    // Cases lock folders (mode 000 or 555): a user other than root must open them again to remove them.
    makeReadable(this.root);
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** What the built CLI reads at run time, besides the production packages. */
const CLI_FILES = ['bin', 'dist', 'schemas', 'templates', 'package.json'];

/**
 * Copies the built CLI and the packages it loads into `dest`, readable by every user, and returns its
 * `bin/plan`: the checkout may sit in a folder other users cannot enter (mode 0700), or be cloned with a
 * umask that leaves its files private.
 */
function copyCli(dest: string): string {
  for (const entry of [...CLI_FILES, ...productionPackages()]) cpSync(path.join(ROOT, entry), path.join(dest, entry), { recursive: true });
  makeReadable(dest);
  return path.join(dest, 'bin/plan');
}

/** The installed production packages (`node_modules/...`), as package-lock.json lists them; optional ones may be absent. */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  return Object.entries(lock.packages)
    .filter(([key, entry]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(key) && !entry.dev)
    .map(([key]) => key)
    .filter((key) => existsSync(path.join(ROOT, key)));
}

/** Opens every folder under `dir` (mode 755) and lets every user read every file. */
function makeReadable(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) makeReadable(full);
    else if (entry.isFile()) chmodSync(full, (lstatSync(full).mode & 0o7777) | 0o444);
  }
}
