import { expect } from 'vitest';
import { diffPlans, type Change, type DiffOptions, type Entity, type PlanDiff } from '../../src/diff/index.js';
import { loadPlan } from '../../src/index.js';

export const FIXTURES = 'test/fixtures/diff';

/** Loads a plan and fails the test on any load error, so a broken fixture never passes for a diff finding. */
export function loadClean(dir: string) {
  const loaded = loadPlan(dir);
  const errors = loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  expect(errors, JSON.stringify(errors, null, 2)).toEqual([]);
  return loaded.plan;
}

export function diffFixture(name: string, options: DiffOptions = {}): PlanDiff {
  return diffPlans(loadClean(`${FIXTURES}/${name}/from`), loadClean(`${FIXTURES}/${name}/to`), options);
}

/** Each change of an entity as `kind from -> to`, the shape the assertions read best in. */
export function outline(diff: PlanDiff, entity: Entity): string[] {
  return diff.changes.filter((change) => change.entity === entity).map((change) => `${change.kind} ${change.from.join('+')} -> ${change.to.join('+')}`);
}

/** The one change of an entity whose `from` side holds an id (or, for added items, whose `to` side does). */
export function changeOf(diff: PlanDiff, entity: Entity, id: string, side: 'from' | 'to' = 'from'): Change {
  const found = diff.changes.filter((change) => change.entity === entity && change[side].includes(id));
  expect(found, `${entity} ${side} ${id}`).toHaveLength(1);
  return found[0];
}
