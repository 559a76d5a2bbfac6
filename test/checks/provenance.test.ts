import { describe, expect, it } from 'vitest';
import { check, expected, found, type Expected } from './helpers.js';

const cases: [string, Expected[]][] = [
  // shape A.9.a among A.9-a: reported once, by the shape test (it does start with its parent R.1)
  ['id-format/shape-outlier', [{ code: 'id-format', id: 'R.1.d', severity: 'warning', file: 'plan.yaml', at: 'id: "R.1.d"' }]],
  // the usual shape, but not its parent's prefix
  ['id-format/prefix-outlier', [{ code: 'id-format', id: 'R.2-d', severity: 'warning', file: 'plan.yaml', at: 'id: "R.2-d"' }]],
  // both an odd shape and no prefix: still one finding
  ['id-format/shape-and-prefix', [{ code: 'id-format', id: 'R2d', severity: 'warning', file: 'plan.yaml', at: 'id: "R2d"' }]],
  ['unknown-source/not-in-sources', [{ code: 'unknown-source', id: '1.1', severity: 'error', file: 'plan.yaml', at: 'source: fact-sheet' }]],
  ['measure-before-period/deadline-typo', [{ code: 'measure-before-period', id: '1.1', severity: 'warning', file: 'plan.yaml', at: 'by: 2003' }]],
  ['partial-plan/gaps-recorded', [{ code: 'partial-plan', severity: 'info', file: 'plan.yaml', at: 'completeness: partial' }]],
  [
    // completeness findings become info; an objective with no goals key is linkage unknown (not reported,
    // nor are its outcomes), while an explicit empty primary list is reported
    'partial-plan/completeness-as-info',
    [
      { code: 'partial-plan', severity: 'info', file: 'plan.yaml', at: 'completeness: partial' },
      { code: 'goal-without-targets', id: '2', severity: 'info', file: 'plan.yaml', at: 'id: "2"' },
      { code: 'no-primary-goal', id: 'D.1', severity: 'info', file: 'plan.yaml', at: 'goals: { primary: [] }' },
      { code: 'orphan-outcome', id: 'D.1-a', severity: 'info', file: 'plan.yaml', at: 'objective: "D.1"' },
    ],
  ],
];

describe('id-format, unknown-source, measure-before-period and partial-plan', () => {
  it.each(cases)('%s', (folder, rows) => {
    expect(found(check(folder))).toEqual(expected(folder, rows));
  });
});
