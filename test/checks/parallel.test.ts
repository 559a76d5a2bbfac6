import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPlan, checkPlanInParallel, loadPlan } from '../../src/index.js';
import { FIXTURES, KNOWN_CYCLES, ROOT } from './helpers.js';

/** The compiled worker (npm test builds first): the TypeScript sources have none of their own. */
const WORKER = pathToFileURL(path.join(ROOT, 'dist/text/pairs-worker.js'));

const PLANS = [
  { name: 'the bundled 2020-2023 plan', dir: 'plans/2020-2023', code: 'similar-outputs', cycles: ['2016-2019', '2020-2023'] },
  ...['similar-objectives', 'similar-outcomes', 'similar-outputs'].map((code) => ({ name: `the ${code} fixture`, dir: `${FIXTURES}/${code}/same-sector`, code, cycles: KNOWN_CYCLES })),
];

describe('checkPlanInParallel', () => {
  it.each(PLANS)('finds in a worker what checkPlan finds on one thread, on $name', async ({ dir, code, cycles }) => {
    const loaded = loadPlan(path.join(ROOT, dir));
    const alone = checkPlan(loaded, { knownCycles: cycles });
    const parallel = await checkPlanInParallel(loaded, { knownCycles: cycles, parallelFrom: 1, workerFile: WORKER });
    // each fixture has the most texts of the kind it is about, and a near-duplicate pair among them
    expect(parallel.inWorker).toEqual([code]);
    expect(parallel.diagnostics).toEqual(alone.diagnostics);
    if (dir.startsWith(FIXTURES)) expect(parallel.diagnostics.some((diagnostic) => diagnostic.code === code)).toBe(true);
  });

  it('gives the worker the check with the most texts', async () => {
    const loaded = loadPlan(path.join(ROOT, 'plans/2020-2023'));
    const { inWorker } = await checkPlanInParallel(loaded, { parallelFrom: 1, workerFile: WORKER });
    // 2020-2023 has 70 outputs, 64 outcomes and 18 objectives
    expect(inWorker).toEqual(['similar-outputs']);
  });

  it.each([
    { when: 'there is no compiled worker', workerFile: 'dist/text/no-such-worker.js', parallelFrom: 1 },
    { when: 'the worker dies', workerFile: 'test/fixtures/workers/throws.mjs', parallelFrom: 1 },
    { when: 'the plan is small', workerFile: 'dist/text/pairs-worker.js', parallelFrom: undefined },
  ])('finds the same on this thread when $when', async ({ workerFile, parallelFrom }) => {
    const loaded = loadPlan(path.join(ROOT, 'plans/2020-2023'));
    const parallel = await checkPlanInParallel(loaded, { parallelFrom, workerFile: pathToFileURL(path.join(ROOT, workerFile)) });
    expect(parallel.inWorker).toEqual([]);
    expect(parallel.diagnostics).toEqual(checkPlan(loaded).diagnostics);
  });

  it('leaves a switched-off check off', async () => {
    const loaded = loadPlan(path.join(ROOT, `${FIXTURES}/similar-outputs/same-sector`));
    const config = { rules: { 'similar-outputs': 'off' as const }, similarityThreshold: 0.75 };
    const parallel = await checkPlanInParallel(loaded, { config, knownCycles: KNOWN_CYCLES, parallelFrom: 1, workerFile: WORKER });
    expect(parallel.diagnostics.some((diagnostic) => diagnostic.code === 'similar-outputs')).toBe(false);
    expect(parallel.inWorker).not.toContain('similar-outputs');
  });
});
