/**
 * Replays every crashing input the mutation fuzzer saved under test/fixtures/fuzz-regressions/: each must
 * now go through validate, report and diff without an exception, with every finding placed, in time.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { knownCycles, loadPlan } from '../../src/index.js';
import { REGRESSIONS, ROOT, savedCrashes } from './crash-fixtures.js';
import { runPipeline } from './pipeline.js';

const PLANS = path.join(ROOT, 'plans');
const scratch = mkdtempSync(path.join(tmpdir(), 'plan-fuzz-replay-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const crashes = savedCrashes();

describe('fuzz regressions', () => {
  it('are kept as plan folders with a fuzz.json each', () => {
    for (const { dir, record } of crashes) {
      expect(readdirSync(dir)).toContain(record.file);
      expect(record.cycle, dir).toMatch(/^[\w.-]+$/);
    }
    expect(path.relative(ROOT, REGRESSIONS)).toBe(path.join('test', 'fixtures', 'fuzz-regressions'));
  });

  it.each(crashes.map((crash) => [crash.name, crash] as const))('%s', async (_name, { dir, record }) => {
    // Loaded from a folder named after the cycle it came from, as when it was found.
    const copy = path.join(scratch, record.cycle + '-' + path.basename(dir), record.cycle);
    cpSync(dir, copy, { recursive: true });
    rmSync(path.join(copy, 'fuzz.json'));
    const source = path.join(PLANS, record.cycle);
    const original = loadPlan(existsSync(source) ? source : copy).plan;
    expect(await runPipeline({ dir: copy, cwd: path.dirname(copy), original, knownCycles: knownCycles(PLANS) })).toEqual([]);
  });
});
