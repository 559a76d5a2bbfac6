import { describe, expect, it } from 'vitest';
import { check, expected, found, type Expected } from './helpers.js';

/** Each case: a fixture folder and every diagnostic it must give, nothing more. */
const cases: [string, Expected[]][] = [
  // no goals key in a complete plan: the objective's id is the place
  ['no-primary-goal/no-goals', [{ code: 'no-primary-goal', id: 'R.2', severity: 'error', file: 'plan.yaml', at: 'id: "R.2"' }]],
  // a goals map without primary: the map is the place (it starts on its first key)
  ['no-primary-goal/secondary-only', [{ code: 'no-primary-goal', id: 'R.2', severity: 'error', file: 'plan.yaml', at: 'secondary: ["2"]' }]],
  ['conflicting-link/primary-and-secondary', [{ code: 'conflicting-link', id: 'R.1', severity: 'error', file: 'plan.yaml', at: '- "2"' }]],
  ['goal-without-primary-objective/secondary-only', [{ code: 'goal-without-primary-objective', id: '2', severity: 'warning', file: 'plan.yaml', at: 'id: "2"' }]],
  ['goal-without-targets/no-target', [{ code: 'goal-without-targets', id: '2', severity: 'warning', file: 'plan.yaml', at: 'id: "2"' }]],
  // an unknown objective is one mistake, one finding: dangling-ref, not also an orphan
  ['orphan-outcome/unknown-objective', [{ code: 'dangling-ref', id: 'R.2-a', severity: 'error', file: 'plan.yaml', at: 'objective: "R.2"' }]],
  [
    'orphan-outcome/objective-without-goal',
    [
      { code: 'no-primary-goal', id: 'R.2', severity: 'error', file: 'plan.yaml', at: 'id: "R.2"' },
      { code: 'orphan-outcome', id: 'R.2-a', severity: 'warning', file: 'plan.yaml', at: 'objective: "R.2"' },
    ],
  ],
  ['orphan-output/unknown-objective', [{ code: 'dangling-ref', id: 'R.2-1', severity: 'error', file: 'plan.yaml', at: 'objective: "R.2"' }]],
  [
    'orphan-output/objective-without-goal',
    [
      { code: 'no-primary-goal', id: 'R.2', severity: 'error', file: 'plan.yaml', at: 'primary: []' },
      { code: 'orphan-output', id: 'R.2-1', severity: 'warning', file: 'plan.yaml', at: 'objective: "R.2"' },
    ],
  ],
];

describe('linkage and orphan checks', () => {
  it.each(cases)('%s', (folder, rows) => {
    expect(found(check(folder))).toEqual(expected(folder, rows));
  });
});
