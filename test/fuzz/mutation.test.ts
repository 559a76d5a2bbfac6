/**
 * The mutation fuzzer: damages the bundled plan files (plans/**\/*.yaml) one at a time and runs validate,
 * report and diff on each damaged copy, in process. Nothing may throw, every diagnostic must point at a
 * file, line and column, and each run must stay within RUN_TIME_LIMIT_MS of CPU time. The budget
 * (FUZZ_SECONDS) is shared out among the files; each case is seeded from FUZZ_SEED, the file and its
 * number, so a run replays exactly. Every failing input is saved under test/fixtures/fuzz-regressions/ (see
 * crash-fixtures.ts) and replayed by regressions.test.ts from then on.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { knownCycles, loadPlan } from '../../src/index.js';
import { ROOT, saveCrash } from './crash-fixtures.js';
import { mutate } from './mutate.js';
import { runPipeline } from './pipeline.js';
import { caseSeed, Random } from './random.js';
import { FUZZ_SECONDS, FUZZ_SEED } from './settings.js';

const PLANS = path.join(ROOT, 'plans');
const CYCLES = knownCycles(PLANS);
const FILES = CYCLES.flatMap((cycle) =>
  readdirSync(path.join(PLANS, cycle), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((file) => ({ cycle, file })),
);
const BUDGET_MS = (FUZZ_SECONDS * 1000) / FILES.length;

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-fuzz-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe(`mutation fuzzer (seed ${FUZZ_SEED}, ${FUZZ_SECONDS} s over ${FILES.length} files)`, () => {
  it('has plan files to damage', () => {
    expect(FILES.length).toBeGreaterThan(5);
  });

  it.each(FILES)('$cycle/$file: no crash, every finding placed, each run in time', async ({ cycle, file }) => {
    const dir = path.join(scratch, cycle, cycle);
    cpSync(path.join(PLANS, cycle), dir, { recursive: true });
    const target = path.join(dir, file);
    const pristine = readFileSync(target);
    const original = loadPlan(path.join(PLANS, cycle)).plan;
    const input = { dir, cwd: path.dirname(dir), original, knownCycles: CYCLES };
    // One run on the undamaged copy first: it must be clean, and it warms up what the timed runs share.
    expect(await runPipeline(input)).toEqual([]);
    const failures: string[] = [];
    const started = performance.now();
    let runs = 0;
    for (; performance.now() - started < BUDGET_MS; runs++) {
      const seed = caseSeed(FUZZ_SEED, cycle, file, runs);
      const { bytes, applied } = mutate(pristine, new Random(seed));
      writeFileSync(target, bytes);
      let problems: string[];
      try {
        problems = await runPipeline(input);
      } catch (error) {
        // The message and the first frames: enough to find the place, short enough to keep in fuzz.json.
        problems = [`threw ${String((error as Error)?.stack ?? error).split('\n').slice(0, 5).join('\n')}`];
      }
      if (problems.length > 0) {
        const name = saveCrash(dir, { cycle, file, seed, mutations: applied, problem: problems.join('\n') });
        failures.push(`${name} (${applied.join(', ')}): ${problems.join('; ')}`);
      }
      writeFileSync(target, pristine);
    }
    expect(runs).toBeGreaterThan(0);
    expect(failures, `saved under test/fixtures/fuzz-regressions/`).toEqual([]);
  }, BUDGET_MS + 30_000);
});
