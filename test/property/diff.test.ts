/**
 * Properties of `plan diff`: a plan diffed with itself is all `same`, and diff(A, B) is the mirror image
 * of diff(B, A) (added and removed, split and merged, from and to swapped; unknown stays unknown; every
 * score, nearest candidate and gap the same), partial plans (complete_lists, gaps naming ids) included.
 *
 * Mirror symmetry holds for any two plans. The generators leave lineage out (`formerly` is read from the
 * later plan, on either side); test/diff/matcher.test.ts and test/diff/bundled.test.ts pin its mirror.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPlans, type Change, type ChangeKind, type FieldChange, type PlanDiff } from '../../src/diff/index.js';
import { emptyPlan } from '../../src/load/merge.js';
import { COMPARED_LISTS, type ComparedList, type GapRecord, type Plan } from '../../src/types/plan.js';
import { PROPERTY_TIMEOUT_MS, propertyOptions } from '../fuzz/settings.js';
import { buildPlan, crowdedPlan, planShape, validPlan } from './plan-arbitrary.js';

/** Each kind as the other direction reports it; any other kind (same, changed, ..., unknown) stays. */
const MIRRORED: Partial<Record<ChangeKind, ChangeKind>> = { added: 'removed', removed: 'added', split: 'merged', merged: 'split' };

/** A change as the other direction reports it. */
function mirror(change: Change): Change {
  const fields = Object.fromEntries(Object.entries(change.fields).map(([name, field]) => [name, swap(field)]));
  return { ...change, kind: MIRRORED[change.kind] ?? change.kind, from: change.to, to: change.from, fields, labels: { from: change.labels.to, to: change.labels.from } };
}

function swap(field: FieldChange): FieldChange {
  const swapped: FieldChange = { from: field.to, to: field.from };
  if (field.delta !== undefined) swapped.delta = field.delta === 0 ? 0 : -field.delta;
  if (field.unit !== undefined) swapped.unit = field.unit;
  if (field.direction !== undefined) swapped.direction = { from: field.direction.to, to: field.direction.from };
  // what is not known, and light edits, name no direction
  if (field.unknownIn !== undefined) swapped.unknownIn = field.unknownIn;
  if (field.light !== undefined) swapped.light = field.light;
  return swapped;
}

/** The changes in an order that does not depend on the direction. */
const canonical = (changes: Change[]): string[] => changes.map((change) => JSON.stringify(change)).sort();

/** What the mirror properties met, so that a test can tell they exercised partial plans at all. */
const met = new Set<string>();

function expectMirrorImages(a: Plan, b: Plan, threshold?: number): void {
  const forward = diffPlans(a, b, { threshold });
  const backward = diffPlans(b, a, { threshold });
  for (const change of forward.changes) {
    met.add(change.kind);
    if (change.gap) met.add('gap');
    for (const field of Object.values(change.fields)) if (field.unknownIn) met.add('unknownIn');
  }
  expect(canonical(backward.changes.map(mirror))).toEqual(canonical(forward.changes));
  for (const [entity, counts] of Object.entries(forward.summary)) {
    const other = backward.summary[entity as keyof PlanDiff['summary']]!;
    for (const [kind, count] of Object.entries(counts)) expect(other[MIRRORED[kind as ChangeKind] ?? (kind as ChangeKind)], `${entity} ${kind}`).toBe(count);
  }
}

const withCycle = (plan: Plan, cycle: string): Plan => ({ ...plan, cycle });

/** The plan with its first goal, target, objective and outcome listed twice (a duplicate-id finding, and a hard case for matching). */
function withRepeats(plan: Plan): Plan {
  const twice = <T>(list: T[]): T[] => (list.length > 0 ? [...list, structuredClone(list[0])] : list);
  return { ...plan, goals: twice(plan.goals), targets: twice(plan.targets), objectives: twice(plan.objectives), outcomes: twice(plan.outcomes) };
}
/**
 * What makes a plan partial for the diff: `completeness: partial`, the lists it holds in full, and a gap
 * naming ids its items may or may not have (so that items of the other plan are matched to it).
 */
const partiality = fc.record({
  lists: fc.subarray([...COMPARED_LISTS]),
  concerns: fc.record({ goals: fc.subarray(['1', '2', '3']), targets: fc.subarray(['1.1', '2.1']), objectives: fc.subarray(['R.1', 'T.1', 'D.2']), outcomes: fc.subarray(['R.1-a']), outputs: fc.subarray(['T.1-1']) }),
});

function withPartiality(plan: Plan, { lists, concerns }: { lists: ComparedList[]; concerns: GapRecord['concerns'] }): Plan {
  return { ...plan, completeness: 'partial', complete_lists: lists, gaps: ['a plain gap', { text: 'a gap naming ids', concerns }] };
}

const partialOrNot = (plans: fc.Arbitrary<Plan>) => fc.oneof(plans, fc.tuple(plans, partiality).map(([plan, known]) => withPartiality(plan, known)));
const repeatedOrNot = partialOrNot(fc.oneof(crowdedPlan, crowdedPlan.map(withRepeats)));
const threshold = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined });

describe('diff on generated plans', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('finds every item of a plan the same as itself, in plan order (repeated items and ids included)', () => {
    fc.assert(
      fc.property(partialOrNot(fc.oneof(validPlan, crowdedPlan, crowdedPlan.map(withRepeats))), (plan) => {
        const copy = structuredClone(plan);
        const diff = diffPlans(plan, copy);
        expect(diff.changes.filter((change) => change.kind !== 'same' || change.score !== 1 || Object.keys(change.fields).length > 0)).toEqual([]);
        const items = [...plan.goals, ...plan.targets, ...plan.objectives, ...plan.outcomes, ...plan.outputs];
        expect(diff.changes.map((change) => change.from)).toEqual(items.map((item) => [item.id]));
      }),
      propertyOptions(),
    );
  });

  it('pairs items with themselves when two texts have the same words in another order (found by the property above)', () => {
    // The cosine of the two texts came out as 1.0000000000000002, above the 1 of an identical text with the same id.
    const plan: Plan = {
      ...emptyPlan('x'),
      objectives: [{ id: 'T.1', sector: 'ITU-T', title: 'Standards' }],
      outcomes: [
        { id: 'T.1-a', objective: 'T.1', text: 'navo, mabu of the tuki' },
        { id: 'T.1-b', objective: 'T.1', text: 'Tuki for navo for mabu' },
      ],
    };
    const changes = diffPlans(plan, structuredClone(plan)).changes;
    expect(changes.map((change) => `${change.kind} ${change.from} -> ${change.to} ${change.score}`)).toEqual(['same T.1 -> T.1 1', 'same T.1-a -> T.1-a 1', 'same T.1-b -> T.1-b 1']);
  });

  it('is a mirror image in the other direction: two unrelated crowded plans', () => {
    fc.assert(
      fc.property(repeatedOrNot, repeatedOrNot, threshold, (a, b, score) => expectMirrorImages(withCycle(a, 'a'), withCycle(b, 'b'), score)),
      propertyOptions(3 * propertyOptions().numRuns),
    );
  });

  it('is a mirror image in the other direction: two plans of one shape (shared ids), other words', () => {
    fc.assert(
      fc.property(planShape, fc.noBias(fc.integer()), threshold, fc.option(partiality, { nil: undefined }), (shape, seed, score, known) => {
        const b = buildPlan({ ...shape, seed }, 'crowded', 'b');
        expectMirrorImages(buildPlan(shape, 'crowded', 'a'), known ? withPartiality(b, known) : b, score);
      }),
      propertyOptions(3 * propertyOptions().numRuns),
    );
    expect([...met].filter((kind) => ['unknown', 'gap', 'unknownIn', 'added', 'removed'].includes(kind)).sort()).toEqual(['added', 'gap', 'removed', 'unknown', 'unknownIn']);
  });

  it('is a mirror image in the other direction: a valid plan against a crowded one', () => {
    fc.assert(
      fc.property(partialOrNot(validPlan), partialOrNot(crowdedPlan), (a, b) => expectMirrorImages(withCycle(a, 'a'), withCycle(b, 'b'))),
      propertyOptions(),
    );
  });
});
