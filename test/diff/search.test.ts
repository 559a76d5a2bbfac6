import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffPlans, SEARCH_LIMITS, type Change, type DiffOptions, type PlanDiff } from '../../src/diff/index.js';
import { knownCycles } from '../../src/index.js';
import type { Plan } from '../../src/types/plan.js';
import { FIXTURES, loadClean } from './helpers.js';

/**
 * The indexed candidate search (src/diff/search.ts) against the reference, which scores every pair sharing
 * a word: the same diff, to the byte, wherever the search is exact; and what its cheaper rules for large
 * plans may change, when forced on a plan where it would not take them.
 */
const indexed = (from: Plan, to: Plan, options: DiffOptions = {}) => diffPlans(from, to, options);
const exhaustive = (from: Plan, to: Plan, options: DiffOptions = {}) => diffPlans(from, to, { ...options, exhaustive: true });

describe('the indexed search gives the diff of comparing every pair', () => {
  it('on every pair of bundled plans, at the default threshold and at 0, 0.2 and 0.5', () => {
    const cycles = knownCycles('plans');
    const plans = new Map(cycles.map((cycle) => [cycle, loadClean(`plans/${cycle}`)]));
    for (const from of cycles) {
      for (const to of cycles) {
        for (const threshold of [undefined, 0, 0.2, 0.5]) {
          const [a, b] = [plans.get(from)!, plans.get(to)!];
          expect(indexed(a, b, { threshold }), `${from} -> ${to} at ${threshold}`).toEqual(exhaustive(a, b, { threshold }));
        }
      }
    }
  });

  it('on every fixture, both ways and at threshold 0', () => {
    for (const name of readdirSync(FIXTURES)) {
      const [from, to] = [loadClean(`${FIXTURES}/${name}/from`), loadClean(`${FIXTURES}/${name}/to`)];
      expect(indexed(from, to), name).toEqual(exhaustive(from, to));
      expect(indexed(to, from), `${name} reversed`).toEqual(exhaustive(to, from));
      expect(indexed(from, to, { threshold: 0 }), `${name} at 0`).toEqual(exhaustive(from, to, { threshold: 0 }));
    }
  });
});

describe('on a generated plan of medium size (the benchmark\'s M, seeded) against its next cycle', () => {
  let scratch: string;
  let from: Plan;
  let to: Plan;
  let reference: PlanDiff;

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'plan-diff-search-'));
    ({ from, to } = await generatedCycles(scratch, 'M'));
    reference = exhaustive(from, to);
  }, 60_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('is large enough to matter: over a thousand results, renumbered, added and removed', () => {
    expect(from.outcomes.length + from.outputs.length).toBeGreaterThan(1_000);
    const kinds = new Set(reference.changes.map((change) => change.kind));
    for (const kind of ['renumbered', 'added', 'removed', 'changed']) expect(kinds).toContain(kind);
  });

  it('gives the same diff both ways, and at threshold 0.2', () => {
    expect(indexed(from, to)).toEqual(reference);
    expect(indexed(to, from)).toEqual(exhaustive(to, from));
    expect(indexed(from, to, { threshold: 0.2 })).toEqual(exhaustive(from, to, { threshold: 0.2 }));
  });

  it('gives the same diff with the limits of a large plan when no step passes them', () => {
    expect(indexed(from, to, { searchLimits: { ...SEARCH_LIMITS, minItems: 0 } })).toEqual(reference);
  });

  it('keeps every pair, kind and score when unmatched items are not compared with every item; only their nearest candidates can fall short', () => {
    const bounded = indexed(from, to, { searchLimits: { minItems: 0, unsureWork: Infinity, unmatchedWork: 0 } });
    expect(outline(bounded)).toEqual(outline(reference));
    expect(bounded.changes.map((change) => change.score)).toEqual(reference.changes.map((change) => change.score));
    const lowered = bounded.changes.filter((change, index) => change.nearest?.score !== reference.changes[index].nearest?.score);
    expect(lowered.length).toBeGreaterThan(0);
    for (const change of lowered) {
      expect(['added', 'removed']).toContain(change.kind);
      expect(change.nearest?.score ?? 0).toBeLessThan(reference.changes[bounded.changes.indexOf(change)].nearest!.score);
    }
  });

  it('still reports every item exactly once when the search among unsure items is cut short too', () => {
    const bounded = indexed(from, to, { searchLimits: { minItems: 0, unsureWork: 0, unmatchedWork: 0 } });
    for (const side of ['from', 'to'] as const) {
      const ids = (diff: PlanDiff) => diff.changes.flatMap((change) => change[side].map((id) => `${change.entity} ${id}`)).sort();
      expect(ids(bounded), side).toEqual(ids(reference));
    }
  });
});

/** Each change as `entity kind from -> to`, in order. */
function outline(diff: PlanDiff): string[] {
  return diff.changes.map((change: Change) => `${change.entity} ${change.kind} ${change.from.join('+')} -> ${change.to.join('+')}`);
}

/**
 * A cycle of the benchmark's generator (bench/generate.mjs, with its planted findings) and its next cycle
 * (bench/mutate.mjs: texts reworded, ids renumbered, items added and removed), written as plan folders
 * and loaded as `plan diff` loads them.
 */
async function generatedCycles(dir: string, size: string): Promise<{ from: Plan; to: Plan }> {
  const bench = (file: string) => import(path.resolve('bench', file));
  const [{ generatePlan, SIZES }, { mutatePlan }, { plantProblems }, { writeCycle }] = await Promise.all(
    ['generate.mjs', 'mutate.mjs', 'plant.mjs', 'write-cycle.mjs'].map(bench),
  );
  const seed = 20280;
  const plan = generatePlan(size, seed, '2028-2031');
  plantProblems(plan, size, SIZES[size].plants, seed);
  writeCycle(plan, path.join(dir, '2028-2031'));
  writeCycle(mutatePlan(plan, size, seed, '2032-2035'), path.join(dir, '2032-2035'));
  return { from: loadClean(path.join(dir, '2028-2031')), to: loadClean(path.join(dir, '2032-2035')) };
}
