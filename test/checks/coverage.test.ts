import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/index.js';
import { FIXTURES, ROOT } from './helpers.js';

const fixtureRoot = path.join(ROOT, FIXTURES);
const folders = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/** Codes whose input is written by files.test.ts rather than committed (bytes, links, size). */
const WRITTEN_BY_TESTS = ['binary-file', 'encoding', 'unreadable-file', 'file-too-large', 'unsafe-link'];
const NOT_A_CHECK = ['valid', 'config'];
/** Codes about suppressions: their cases sit with the other suppression fixtures, used by test/suppress/. */
const SUPPRESSION_CASES: Record<string, string> = {
  'invalid-ignore': 'test/fixtures/suppress/inline/no-reason',
  'unused-ignore': 'test/fixtures/suppress/inline/unused',
  'stale-baseline': 'test/fixtures/suppress/baseline/near-duplicate-objective.yaml',
};

const testSources = readdirSync(path.join(ROOT, 'test/checks'))
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => readFileSync(path.join(ROOT, 'test/checks', name), 'utf8'))
  .join('\n');

describe('the check fixtures', () => {
  it.each(CHECKS.map((check) => check.code))('%s has at least one failing case', (code) => {
    if (WRITTEN_BY_TESTS.includes(code)) expect(testSources).toContain(`'${code}`);
    else if (code in SUPPRESSION_CASES) expect(existsSync(path.join(ROOT, SUPPRESSION_CASES[code]))).toBe(true);
    else expect(folders(path.join(fixtureRoot, code)).length).toBeGreaterThan(0);
  });

  it('are named after check codes, one folder per case', () => {
    const codes = new Set(CHECKS.map((check) => check.code));
    expect(folders(fixtureRoot).filter((name) => !codes.has(name) && !NOT_A_CHECK.includes(name))).toEqual([]);
  });

  it('are each used by a test', () => {
    const cases = folders(fixtureRoot)
      .filter((name) => !NOT_A_CHECK.includes(name))
      .flatMap((code) => folders(path.join(fixtureRoot, code)).map((name) => `${code}/${name}`));
    const unused = cases.filter((folder) => !testSources.includes(folder) && !testSources.includes(`'${folder.split('/')[1]}'`));
    expect(unused).toEqual([]);
  });
});
