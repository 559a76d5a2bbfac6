import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPlan, loadPlan, type CheckConfig, type Diagnostic } from '../../src/index.js';
import type { Severity } from '../../src/types/diagnostic.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Fixture folders, relative to ROOT: `<check code>/<case>/`, plus `valid/<cycle>/` and `config/`. */
export const FIXTURES = 'test/fixtures/checks';
export const VALID = 'valid/2030-2033';
/** The cycles the valid plan's `previous` may name. */
export const KNOWN_CYCLES = ['2026-2029', '2030-2033'];

/** What a test pins about a diagnostic: never its wording. */
export interface Found {
  code: string;
  id?: string;
  severity: Severity;
  file: string;
  line: number;
}

/**
 * An expected diagnostic. `file` is relative to the fixture folder; `at` is the line, given as text that
 * occurs on exactly that line of the file (or `[text, n]` for its n-th occurrence, from 1), or a number.
 */
export interface Expected {
  code: string;
  id?: string;
  severity: Severity;
  file: string;
  at: string | [string, number] | number;
}

export interface CheckOptions {
  config?: CheckConfig;
  knownCycles?: string[];
}

/** Loads and checks a plan folder under `root` (a fixture folder by default); paths in diagnostics are relative to `root`. */
export function check(folder: string, options: CheckOptions & { root?: string } = {}): Diagnostic[] {
  const root = options.root ?? path.join(ROOT, FIXTURES);
  const loaded = loadPlan(folder, { cwd: root, config: options.config });
  return checkPlan(loaded, { config: options.config, knownCycles: options.knownCycles }).diagnostics;
}

/** The pinned fields of each diagnostic, in a stable order. */
export function found(diagnostics: Diagnostic[]): Found[] {
  return sorted(diagnostics.map(({ code, id, severity, file, line }) => ({ code, id, severity, file, line })));
}

/** Expected diagnostics of the plan folder `folder` (under `root`), with their lines looked up in the files. */
export function expected(folder: string, rows: Expected[], root = path.join(ROOT, FIXTURES)): Found[] {
  return sorted(
    rows.map(({ at, file, ...row }) => ({
      ...row,
      file: path.posix.join(folder, file),
      line: lineAt(path.join(root, folder, file), at),
    })),
  );
}

function lineAt(file: string, at: Expected['at']): number {
  if (typeof at === 'number') return at;
  const [text, occurrence] = typeof at === 'string' ? [at, 0] : at;
  return lineOf(file, text, occurrence);
}

/** The line holding `text`: its only occurrence when `occurrence` is 0, else its n-th one. */
export function lineOf(file: string, text: string, occurrence = 0): number {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const matches = lines.flatMap((line, index) => (line.includes(text) ? [index + 1] : []));
  if (occurrence === 0 && matches.length !== 1) throw new Error(`"${text}" occurs ${matches.length} times in ${file}; give its occurrence`);
  const line = matches[Math.max(occurrence, 1) - 1];
  if (line === undefined) throw new Error(`no occurrence ${occurrence} of "${text}" in ${file}`);
  return line;
}

function sorted(rows: Found[]): Found[] {
  const key = (row: Found): string => `${row.file}\u0000${String(row.line).padStart(8, '0')}\u0000${row.code}\u0000${row.id ?? ''}`;
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** A scratch folder for plans whose bytes a fixture file cannot hold well (NUL, invalid UTF-8, links). */
export class ScratchPlans {
  readonly root = mkdtempSync(path.join(tmpdir(), 'plan-checks-'));

  /** Writes `files` into `<root>/<folder>/` (whose last part is the cycle) and returns that folder's path. */
  write(folder: string, files: Record<string, string | Uint8Array>): string {
    const dir = path.join(this.root, folder);
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
    return dir;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** The YAML files of a fixture plan folder, as text, by name. */
export function fixtureFiles(folder: string): Record<string, string> {
  const dir = path.join(ROOT, FIXTURES, folder);
  const names = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
  return Object.fromEntries(names.map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
}
