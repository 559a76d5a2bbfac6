/**
 * Crashing inputs the fuzzer found, kept as regression fixtures: `test/fixtures/fuzz-regressions/<name>/`
 * holds the damaged plan's files and `fuzz.json` (where it came from and what went wrong). The replay
 * copies the files into a folder named after the original cycle, so the plan loads as it did when found.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const REGRESSIONS = path.join(ROOT, 'test/fixtures/fuzz-regressions');

export interface CrashRecord {
  /** the bundled cycle the damaged plan came from (`plans/<cycle>`) */
  cycle: string;
  /** the damaged file, relative to the cycle folder */
  file: string;
  seed: number;
  mutations: string[];
  problem: string;
}

/** Saves the damaged plan folder `dir` as a fixture; returns the fixture's name. */
export function saveCrash(dir: string, record: CrashRecord): string {
  const name = `${record.cycle}-${path.basename(record.file, path.extname(record.file))}-${record.seed.toString(16).padStart(8, '0')}`;
  const target = path.join(REGRESSIONS, name);
  cpSync(dir, target, { recursive: true });
  writeFileSync(path.join(target, 'fuzz.json'), `${JSON.stringify(record, null, 2)}\n`);
  return name;
}

export function savedCrashes(): { name: string; dir: string; record: CrashRecord }[] {
  if (!existsSync(REGRESSIONS)) return [];
  return readdirSync(REGRESSIONS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = path.join(REGRESSIONS, entry.name);
      return { name: entry.name, dir, record: JSON.parse(readFileSync(path.join(dir, 'fuzz.json'), 'utf8')) as CrashRecord };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}
