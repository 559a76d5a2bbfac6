import { describe, expect, it } from 'vitest';
import { check, expected, found, type Expected } from './helpers.js';

// Each fixture is a plan of 2030-2033 whose target 1.1 is "75% by 2033 (baseline 2029: 60)" and 1.2 has no figure.
const cases: [string, string, Expected[]][] = [
  ['an observation of a target that does not exist', 'dangling-ref/observation-target', [{ code: 'dangling-ref', id: '1.9', severity: 'error', file: 'plan.yaml', at: 'target: "1.9"' }]],
  ['an observation naming a source the plan does not list', 'unknown-source/observation-source', [{ code: 'unknown-source', id: '1.1', severity: 'error', file: 'plan.yaml', at: 'source: census' }]],
  ['a count where the figure is a share', 'observation-unit-mismatch/count-for-share', [{ code: 'observation-unit-mismatch', id: '1.1', severity: 'error', file: 'plan.yaml', at: 'unit: "households"' }]],
  // 2029, the baseline year itself, is in reach
  ['a year before the baseline year', 'observation-out-of-range/before-baseline', [{ code: 'observation-out-of-range', id: '1.1', severity: 'warning', file: 'plan.yaml', at: 'year: 2027' }]],
  // without a baseline the reach starts the year before the period (2029 passes, 2028 does not)
  ['a year before the year before the plan starts', 'observation-out-of-range/before-start', [{ code: 'observation-out-of-range', id: '1.2', severity: 'warning', file: 'plan.yaml', at: 'year: 2028' }]],
  [
    // three years after the deadline (2036) is in reach; a target without a deadline takes the period's end
    'a year more than three years after the deadline',
    'observation-out-of-range/after-deadline',
    [
      { code: 'observation-out-of-range', id: '1.1', severity: 'warning', file: 'plan.yaml', at: 'target: "1.1", year: 2037' },
      { code: 'observation-out-of-range', id: '1.2', severity: 'warning', file: 'plan.yaml', at: 'target: "1.2", year: 2037' },
    ],
  ],
  // a status beside a value is no conflict; the second value is
  ['one source, one year, two values', 'conflicting-observations/same-source-two-values', [{ code: 'conflicting-observations', id: '1.1', severity: 'error', file: 'plan.yaml', at: 'value: 66' }]],
  ['one source, one year, two statuses', 'conflicting-observations/same-source-two-statuses', [{ code: 'conflicting-observations', id: '1.2', severity: 'error', file: 'plan.yaml', at: 'status: off-track' }]],
  // 1.2 has no figure: only 1.1 is reported
  ['a target with a figure and no observation, in a plan that records progress', 'target-without-observations/figure-not-observed', [{ code: 'target-without-observations', id: '1.1', severity: 'info', file: 'plan.yaml', at: 'id: "1.1"' }]],
  [
    'observations the schema refuses: neither value nor status, a value without its unit, an unknown status',
    'schema/observation-without-value-or-status',
    [
      { code: 'schema', severity: 'error', file: 'plan.yaml', at: 'year: 2031, source: survey' },
      { code: 'schema', severity: 'error', file: 'plan.yaml', at: 'value: 64, source: survey' },
      // the refused observations are left out: the plan records no progress, so nothing is said of 1.1
      { code: 'schema', severity: 'error', file: 'plan.yaml', at: 'status: "behind"' },
    ],
  ],
];

describe('checks of observations', () => {
  it.each(cases)('%s', (_name, folder, rows) => {
    expect(found(check(folder))).toEqual(expected(folder, rows));
  });

  it('says nothing of unobserved targets in a plan that records no progress', () => {
    const codes = check('measure-before-period/deadline-typo').map((diagnostic) => diagnostic.code);
    expect(codes).toEqual(['measure-before-period']);
  });

  it('points a conflict at the other observation', () => {
    const [diagnostic] = check('conflicting-observations/same-source-two-values').filter((each) => each.code === 'conflicting-observations');
    expect(diagnostic.args).toMatchObject({ year: 2031, source: 'survey', otherLine: diagnostic.line - 2 });
  });
});
