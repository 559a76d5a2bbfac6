/**
 * `npm run check:sources [folder]` as a user runs it, on the cases that need no source documents: its
 * help, its exit codes for a folder it cannot use, and seeds that do not read as expected. (With the real
 * seeds it runs in CI, after the tests.) And where it looks for the seeds and the fact sheets.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceFolders } from '../../scripts/sources/folders.js';
import { SEED_FILES } from '../../scripts/sources/seed-text.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-check-sources-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function checkSources(...args: string[]) {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/check-sources.ts', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `<scratch>/<name>/seeds/` holding the seed files, empty, and `sources/` beside it if asked. */
function sharedFolder(name: string, withFactSheets: boolean): string {
  const shared = path.join(scratch, name);
  mkdirSync(path.join(shared, 'seeds'), { recursive: true });
  for (const file of Object.values(SEED_FILES)) writeFileSync(path.join(shared, 'seeds', file), '');
  if (withFactSheets) mkdirSync(path.join(shared, 'sources'));
  return shared;
}

// Each run starts tsx (a few seconds on a busy machine): a generous bound against a hang, not a speed goal.
describe('npm run check:sources', { timeout: 120_000 }, () => {
  it('--help: the usage and the exit codes, exit 0', () => {
    const result = checkSources('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run check:sources \[folder\]/);
    expect(result.stdout).toContain('Exit 0: they agree, or there is nothing to compare with; 1: disagreements; 2: usage error, or a\nfolder given that does not exist or holds no seeds.');
  });

  it('a folder given that does not exist, or holds no seeds, or two folders: exit 2, one line on stderr', () => {
    const missing = path.join(scratch, 'missing');
    expect(checkSources(missing)).toEqual({ status: 2, stdout: '', stderr: `check:sources: no such folder: ${missing}\n` });
    const empty = path.join(scratch, 'empty');
    mkdirSync(empty);
    expect(checkSources(empty)).toEqual({ status: 2, stdout: '', stderr: `check:sources: ${empty} is not a seeds folder: ${Object.values(SEED_FILES).join(', ')} missing\n` });
    const twice = checkSources(empty, missing);
    expect([twice.status, twice.stderr.split('\n')[0]]).toEqual([2, `check:sources: one folder at most (${empty}, ${missing})`]);
    expect(checkSources('--frob').status).toBe(2);
  });

  it('seeds that do not read as expected: one disagreement per plan, exit 1', () => {
    const shared = sharedFolder('blank', false);
    const result = checkSources(path.join(shared, 'seeds'));
    const lines = result.stdout.trim().split('\n');
    expect(result.status).toBe(1);
    expect(lines[0]).toBe(`check:sources: comparing plans/ with ${path.join(shared, 'seeds')} (no fact sheets beside it: sources/ not found)`);
    expect(lines.slice(1, -1).map((line) => line.split(': ')[0])).toEqual(['2016-2019', '2020-2023', '2020-2023-proposal', '2024-2027']);
    expect(lines[2]).toBe('2020-2023: the seeds do not read as expected: 001_689f79870c0ce4dc.txt: "ANNEX 1 TO RESOLUTION 71" not found');
    expect(lines.at(-1)).toBe('check:sources: 4 disagreements');
  });
});

describe('where check:sources looks', () => {
  it('a folder holding seeds/ and sources/, or the seeds folder itself; nothing when the default folder is absent', () => {
    const shared = sharedFolder('shared', true);
    const both = { seeds: path.join(shared, 'seeds'), factSheets: path.join(shared, 'sources') };
    expect(sourceFolders(shared)).toEqual(both);
    expect(sourceFolders(path.join(shared, 'seeds'))).toEqual(both);
    expect(sourceFolders(undefined, path.join(shared, 'seeds'))).toEqual(both);
    expect(sourceFolders(undefined, path.join(scratch, 'no-shared/seeds'))).toBeUndefined();
    expect(sourceFolders(path.join(sharedFolder('seeds-only', false), 'seeds'))).toEqual({ seeds: path.join(scratch, 'seeds-only/seeds'), factSheets: undefined });
  });
});
