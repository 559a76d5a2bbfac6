import { describe, expect, it } from 'vitest';
import { check, expected, found, type Expected } from './helpers.js';

describe('duplicate-id', () => {
  it('reports the second of two outcomes with one id in the same file', () => {
    const folder = 'duplicate-id/same-file';
    expect(found(check(folder))).toEqual(
      expected(folder, [{ code: 'duplicate-id', id: 'R.1-a', severity: 'error', file: 'plan.yaml', at: ['id: "R.1-a"', 2] }]),
    );
  });

  it('reports an objective id used again in another file of the cycle, at the later file', () => {
    const folder = 'duplicate-id/across-files';
    expect(found(check(folder))).toEqual(
      expected(folder, [{ code: 'duplicate-id', id: 'R.1', severity: 'error', file: 'sector-t.yaml', at: 'id: "R.1"' }]),
    );
  });
});

describe('dangling-ref', () => {
  const cases: [string, string, Expected[]][] = [
    ['a target to a goal', 'target-goal', [{ code: 'dangling-ref', id: '1.2', severity: 'error', file: 'plan.yaml', at: 'goal: "9"' }]],
    ['an objective to a primary goal', 'objective-primary-goal', [{ code: 'dangling-ref', id: 'R.1', severity: 'error', file: 'plan.yaml', at: '- "7"' }]],
    ['an objective to a secondary goal', 'objective-secondary-goal', [{ code: 'dangling-ref', id: 'R.1', severity: 'error', file: 'plan.yaml', at: 'secondary: ["8"]' }]],
    // one finding: the result reaches no goal because of the dangling reference, which says so
    ['an outcome to an objective', 'outcome-objective', [{ code: 'dangling-ref', id: 'R.4-a', severity: 'error', file: 'plan.yaml', at: 'objective: "R.4"' }]],
    ['an output to an objective', 'output-objective', [{ code: 'dangling-ref', id: 'R.5-1', severity: 'error', file: 'plan.yaml', at: 'objective: "R.5"' }]],
    ['an enabler to an objective', 'enabler-objective', [{ code: 'dangling-ref', id: 'E.R.1', severity: 'error', file: 'plan.yaml', at: '- "R.3"' }]],
  ];

  it.each(cases)('reports %s', (_name, name, rows) => {
    const folder = `dangling-ref/${name}`;
    expect(found(check(folder))).toEqual(expected(folder, rows));
  });

  describe('previous → cycle', () => {
    const folder = 'dangling-ref/previous-cycle';

    it('reports a previous cycle that is not among the known cycles', () => {
      expect(found(check(folder, { knownCycles: ['2022-2025', 'previous-cycle'] }))).toEqual(
        expected(folder, [{ code: 'dangling-ref', severity: 'error', file: 'plan.yaml', at: 'previous: 2026-2028' }]),
      );
    });

    it('is silent when the previous cycle is known', () => {
      expect(check(folder, { knownCycles: ['2026-2028', 'previous-cycle'] })).toEqual([]);
    });

    it('is silent when no cycles are known (a plan checked on its own)', () => {
      expect(check(folder)).toEqual([]);
    });
  });
});
