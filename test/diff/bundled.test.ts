import { describe, expect, it } from 'vitest';
import { diffPlans, hasDifferences } from '../../src/diff/index.js';
import { knownCycles } from '../../src/index.js';
import { changeOf, loadClean, outline } from './helpers.js';

/** The bundled plans, the acceptance cases. */
const plan = (cycle: string) => loadClean(`plans/${cycle}`);

describe('diff on the bundled plans: 2016-2019 to 2020-2023', () => {
  const diff = diffPlans(plan('2016-2019'), plan('2020-2023'));

  it('keeps goals 1 to 3 and splits goal 4 "Innovation and Partnership" into 4 "Innovation" and 5 "Partnership", as the data says (formerly)', () => {
    for (const id of ['1', '2', '3']) {
      const goal = changeOf(diff, 'goal', id);
      expect(goal).toMatchObject({ to: [id] });
      expect(['same', 'changed']).toContain(goal.kind);
    }
    expect(changeOf(diff, 'goal', '4')).toMatchObject({ kind: 'split', to: ['4', '5'], labels: { to: ['Innovation', 'Partnership'] } });
    expect(outline(diff, 'goal')).toHaveLength(4);
  });

  it('does not call a recorded 2016-2019 gap added: objectives R.2, T.1 and I.3 are unknown, matched to it', () => {
    for (const id of ['R.2', 'T.1', 'I.3']) {
      expect(changeOf(diff, 'objective', id, 'to')).toMatchObject({ kind: 'unknown', gap: { cycle: '2016-2019' } });
      expect(changeOf(diff, 'objective', id, 'to').gap!.text).toContain(id);
    }
    // 2016-2019 lists only its goals in full: nothing else of 2020-2023 is proven new
    expect(diff.changes.filter((change) => change.kind === 'added')).toEqual([]);
    expect(diff.sides.from).toMatchObject({ completeness: 'partial', complete: ['goal'] });
  });

  it('shows no change from nothing for a field 2016-2019 does not know', () => {
    const goal = changeOf(diff, 'goal', '1');
    expect(goal.fields.description).toMatchObject({ from: undefined, unknownIn: '2016-2019' });
    for (const change of diff.changes) {
      for (const [name, field] of Object.entries(change.fields)) {
        if (field.from === undefined && field.to !== undefined) expect(field.unknownIn, `${change.entity} ${change.from} ${name}`).toBe('2016-2019');
      }
    }
  });

  it('follows the lineage the data records for the targets whose wording changed most (2.3.B became 2.6)', () => {
    // the two share few words (a score of 0.16): only the lineage pairs them
    expect(changeOf(diff, 'target', '2.3.B')).toMatchObject({ kind: 'renumbered', to: ['2.6'] });
    expect(changeOf(diff, 'target', '2.3.B').score).toBeLessThan(0.35);
    expect(changeOf(diff, 'target', '2.3.B').fields['measure.value']).toEqual({ from: 5, to: 3, direction: { from: 'decrease', to: 'decrease' } });
    // e-waste reduced by 50% became a recycling rate of 30%: the figure turned from going down to going up
    expect(changeOf(diff, 'target', '3.2').fields['measure.direction']).toEqual({ from: 'decrease', to: 'increase' });
  });

  it('is the mirror image of the diff the other way (lineage read from 2020-2023 either way)', () => {
    const backward = diffPlans(plan('2020-2023'), plan('2016-2019'));
    const mirrored: Record<string, string> = { added: 'removed', removed: 'added', split: 'merged', merged: 'split' };
    const key = (entity: string, kind: string, from: string[], to: string[], score: number) => `${entity} ${kind} ${from.join('+')} > ${to.join('+')} ${score}`;
    const forwardKeys = diff.changes.map((c) => key(c.entity, c.kind, c.from, c.to, c.score)).sort();
    const backwardKeys = backward.changes.map((c) => key(c.entity, mirrored[c.kind] ?? c.kind, c.to, c.from, c.score)).sort();
    expect(backwardKeys).toEqual(forwardKeys);
  });

  it('moves target 1.1 from 55% by 2020 to 65% by 2023', () => {
    const target = changeOf(diff, 'target', '1.1');
    expect(target).toMatchObject({ kind: 'changed', to: ['1.1'] });
    expect(target.fields['measure.value']).toEqual({ from: 55, to: 65, delta: 10, unit: '%' });
    expect(target.fields['measure.by']).toMatchObject({ from: 2020, to: 2023 });
  });

  it('matches the developing-country and LDC targets by meaning despite their renumbering', () => {
    // households in developing countries, in LDCs; individuals in developing countries, in LDCs
    const expected = { '2.1.A': '2.1', '2.1.B': '2.2', '2.2.A': '2.3', '2.2.B': '2.4' };
    for (const [earlier, later] of Object.entries(expected)) {
      expect(changeOf(diff, 'target', earlier)).toMatchObject({ kind: 'renumbered', to: [later] });
    }
    expect(changeOf(diff, 'target', '2.2.A').fields['measure.value']).toMatchObject({ from: 50, to: 60, delta: 10 });
  });
});

describe('diff on the bundled plans: 2020-2023 to 2024-2027, a partial plan', () => {
  const diff = diffPlans(plan('2020-2023'), plan('2024-2027'));

  it('removes no objective, outcome or output: 2024-2027 does not list them, so they are unknown', () => {
    for (const entity of ['objective', 'outcome', 'output'] as const) {
      expect(diff.summary[entity]).toMatchObject({ removed: 0, unknown: plan('2020-2023')[`${entity}s`].length });
    }
  });

  it('keeps added and removed for the goals and targets 2024-2027 lists in full, and says it is partial', () => {
    expect(diff.sides.to).toMatchObject({ cycle: '2024-2027', completeness: 'partial', complete: ['goal', 'target'] });
    expect(outline(diff, 'goal')).toEqual(['renamed 1 -> 1', 'renamed 2 -> 2', 'removed 3 -> ', 'removed 4 -> ', 'removed 5 -> ']);
    // no 2024-2027 target has a figure: each is not known there, not removed
    expect(changeOf(diff, 'target', '2.7').fields['measure.value']).toEqual({ from: 96, to: undefined, unknownIn: '2024-2027' });
  });
});

describe('diff on the bundled plans: the 2020-2023 proposal to the adopted plan', () => {
  it('pairs each proposed goal with the adopted goal it became', () => {
    const diff = diffPlans(plan('2020-2023-proposal'), plan('2020-2023'), { entities: ['goal'] });
    expect(outline(diff, 'goal')).toEqual(['renamed 1 -> 1', 'renamed 2 -> 2', 'renamed 3 -> 3', 'split 4 -> 4+5']);
  });
});

describe('diff of a bundled plan with itself', () => {
  it.each(knownCycles('plans'))('finds no change in %s', (cycle) => {
    const diff = diffPlans(plan(cycle), plan(cycle));
    expect(hasDifferences(diff)).toBe(false);
    expect(diff.changes.every((change) => change.kind === 'same' && change.score === 1 && Object.keys(change.fields).length === 0)).toBe(true);
  });
});
