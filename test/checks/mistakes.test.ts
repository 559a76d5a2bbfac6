import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadPlan } from '../../src/index.js';
import { check, expected, FIXTURES, found, ROOT, type Expected } from './helpers.js';

/**
 * One mistake, one finding: each fixture holds a single mistake, and the only finding it gives names
 * what was probably meant.
 */
const cases: [string, Expected, string][] = [
  ['schema/misspelt-key', { code: 'schema', id: 'R.1', severity: 'error', file: 'plan.yaml', at: 'titel:' }, 'unknown property `titel` (did you mean `title`?)'],
  ['schema/misspelt-root-key', { code: 'schema', severity: 'error', file: 'plan.yaml', at: 'titel:' }, 'unknown property `titel` (did you mean `title`?)'],
  ['schema/misspelt-enum', { code: 'schema', severity: 'error', file: 'plan.yaml', at: 'status: adopte' }, '"adopte" is not one of "adopted", "draft", "proposal" (did you mean "adopted"?)'],
  ['schema/wrong-enum', { code: 'schema', id: 'RK.1', severity: 'error', file: 'plan.yaml', at: 'strategy: acceptence' }, '(did you mean "acceptance"?)'],
  ['schema/supports-typo', { code: 'schema', id: 'E.R.1', severity: 'error', file: 'plan.yaml', at: 'supports: alll' }, 'must be a list of objective ids, or "all" (did you mean "all"?)'],
  ['dangling-ref/misspelt-id', { code: 'dangling-ref', id: 'R.1-2', severity: 'error', file: 'plan.yaml', at: 'objective: "R1"' }, 'which does not exist (did you mean "R.1"?)'],
  ['dangling-ref/target-goal', { code: 'dangling-ref', id: '1.2', severity: 'error', file: 'plan.yaml', at: 'goal: "9"' }, '(goals: "1")'],
  ['duplicate-key/same-mapping', { code: 'duplicate-key', severity: 'error', file: 'itu-d.yaml', at: 'title: "Policy and regulation"' }, 'key `title` is set twice in this mapping (first on line 5)'],
  // the data survive a key set twice: no dangling references or orphans follow from it
  ['duplicate-key/second-vision', { code: 'duplicate-key', severity: 'error', file: 'plan.yaml', at: ['vision:', 3] }, 'key `vision` is set twice in this mapping (first on line 18); the value set here is used'],
  ['duplicate-key/outcome-objective', { code: 'duplicate-key', severity: 'error', file: 'itu-r.yaml', at: ['objective: "R.1"', 3] }, 'key `objective` is set twice'],
  ['previous-own-cycle/names-itself', { code: 'previous-own-cycle', severity: 'error', file: 'plan.yaml', at: 'previous: names-itself' }, 'previous names the plan\'s own cycle "names-itself"'],
];

describe('one mistake, one finding, with what was meant', () => {
  it.each(cases)('%s', (folder, row, message) => {
    const diagnostics = check(folder, { knownCycles: ['2026-2029', 'names-itself'] });
    expect(found(diagnostics)).toEqual(expected(folder, [row]));
    expect(diagnostics[0].message).toContain(message);
  });

  it('duplicate-key: the value set last is the one kept', () => {
    expect(loadPlan(path.join(ROOT, FIXTURES, 'duplicate-key/second-vision')).plan.vision).toBe('A connected world where everyone benefits from affordable and secure telecommunications');
  });

  it('schema/merge-keys: YAML merge keys are applied, so the merged objective is complete', () => {
    expect(check('schema/merge-keys')).toEqual([]);
  });
});

describe('unknown-unit', () => {
  it('checks every sector against the declared units, suggesting the one meant', () => {
    const folder = 'unknown-unit/misspelt-unit';
    const diagnostics = check(folder);
    expect(found(diagnostics)).toEqual(
      expected(folder, [
        { code: 'unknown-unit', id: 'T.1', severity: 'error', file: 'plan.yaml', at: 'sector: "itu-t"' },
        { code: 'unknown-unit', id: 'E.R.1', severity: 'error', file: 'plan.yaml', at: 'sector: "ITU-RR"' },
        { code: 'unknown-unit', id: '1', severity: 'error', file: 'plan.yaml', at: 'sectors: ["ITU-R", "General Secretariat"]' },
      ]),
    );
    expect(diagnostics.map((diagnostic) => diagnostic.args?.suggestion)).toEqual(['ITU-T', 'ITU-R', undefined]);
  });

  it('is silent for a plan that declares no units', () => {
    expect(check('schema/merge-keys').filter((diagnostic) => diagnostic.code === 'unknown-unit')).toEqual([]);
  });
});
