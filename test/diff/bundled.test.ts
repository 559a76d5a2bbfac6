import { describe, expect, it } from 'vitest';
import { diffPlans, hasDifferences } from '../../src/diff/index.js';
import { knownCycles } from '../../src/index.js';
import { changeOf, loadClean, outline } from './helpers.js';

/** The bundled plans, the acceptance cases. */
const plan = (cycle: string) => loadClean(`plans/${cycle}`);

describe('diff on the bundled plans: 2016-2019 to 2020-2023', () => {
  const diff = diffPlans(plan('2016-2019'), plan('2020-2023'));

  it('keeps goals 1 to 3 and splits goal 4 "Innovation and Partnership" into 4 "Innovation" and 5 "Partnership"', () => {
    for (const id of ['1', '2', '3']) {
      const goal = changeOf(diff, 'goal', id);
      expect(goal.to).toEqual([id]);
      expect(['same', 'changed']).toContain(goal.kind);
    }
    expect(changeOf(diff, 'goal', '4')).toMatchObject({ kind: 'split', to: ['4', '5'], labels: { to: ['Innovation', 'Partnership'] } });
    expect(outline(diff, 'goal')).toHaveLength(4);
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
    expect(diff.changes.every((change) => change.score === 1)).toBe(true);
  });
});
