import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/index.js';
import type { Diagnostic } from '../../src/index.js';
import { check, expected, found, type Expected } from './helpers.js';

/**
 * Each duplicate and near-duplicate check, within one Sector (one file) and across Sectors. A group of
 * copies is reported at its first item (in itu-r.yaml across Sectors); a near-duplicate at the later item
 * (in itu-t.yaml). Objectives are compared on title and statement and reported at their title; outcomes
 * and outputs are compared and reported at their text.
 */
const cases: [folder: string, row: Expected][] = [
  ['duplicate-objective/same-sector', { code: 'duplicate-objective', id: 'R.1', severity: 'warning', file: 'plan.yaml', at: 'title: "Spectrum regulation"' }],
  ['duplicate-objective/across-sectors', { code: 'duplicate-objective', id: 'R.1', severity: 'warning', file: 'itu-r.yaml', at: 'title:' }],
  ['similar-objectives/same-sector', { code: 'similar-objectives', id: 'R.2', severity: 'warning', file: 'plan.yaml', at: 'title: "Spectrum management"' }],
  ['similar-objectives/across-sectors', { code: 'similar-objectives', id: 'T.1', severity: 'warning', file: 'itu-t.yaml', at: 'title:' }],
  ['duplicate-outcome/same-sector', { code: 'duplicate-outcome', id: 'R.1-a', severity: 'warning', file: 'plan.yaml', at: 'in the master register"' }],
  ['duplicate-outcome/across-sectors', { code: 'duplicate-outcome', id: 'R.1-a', severity: 'warning', file: 'itu-r.yaml', at: 'text: "Increased use' }],
  ['similar-outcomes/same-sector', { code: 'similar-outcomes', id: 'R.1-b', severity: 'warning', file: 'plan.yaml', at: 'have their satellite networks' }],
  ['similar-outcomes/across-sectors', { code: 'similar-outcomes', id: 'T.1-a', severity: 'warning', file: 'itu-t.yaml', at: 'text: "Increased use' }],
  ['duplicate-output/same-sector', { code: 'duplicate-output', id: 'R.1-1', severity: 'warning', file: 'plan.yaml', at: 'Final acts of the world' }],
  ['duplicate-output/across-sectors', { code: 'duplicate-output', id: 'R.1-1', severity: 'warning', file: 'itu-r.yaml', at: 'text: "Recommendations' }],
  ['similar-outputs/same-sector', { code: 'similar-outputs', id: 'R.1-2', severity: 'warning', file: 'plan.yaml', at: 'preparatory meeting' }],
  ['similar-outputs/across-sectors', { code: 'similar-outputs', id: 'T.1-1', severity: 'warning', file: 'itu-t.yaml', at: 'text: "Recommendations' }],
];

describe('duplicate and similar objectives, outcomes and outputs', () => {
  it.each(cases)('%s', (folder, row) => {
    expect(found(check(folder))).toEqual(expected(folder, [row]));
  });

  it.each([0.3, 0.75, 1])('leaves exact duplicates to the duplicate check (threshold %s)', (threshold) => {
    const config = { ...defaultConfig(), similarityThreshold: threshold };
    for (const code of ['objective', 'outcome', 'output']) {
      const diagnostics = found(check(`duplicate-${code}/same-sector`, { config }));
      expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual([`duplicate-${code}`]);
    }
  });
});

describe('groups of copies and crowds of near-duplicates', () => {
  const argsOf = (diagnostics: Diagnostic[], code: string) =>
    diagnostics.filter((diagnostic) => diagnostic.code === code).map(({ id, args }) => ({ id, other: args?.other, others: args?.others, score: args?.score }));

  it('reports each group of copies once, at its first item, naming the others in plan order', () => {
    const diagnostics = check('duplicate-output/group');
    expect(found(diagnostics)).toEqual(
      expected('duplicate-output/group', [
        { code: 'duplicate-output', id: 'R.1-1', severity: 'warning', file: 'plan.yaml', at: 'text: "Final acts of the world radiocommunication conference"' },
        { code: 'duplicate-output', id: 'R.1-2', severity: 'warning', file: 'plan.yaml', at: 'text: "Handbook on spectrum monitoring"' },
        { code: 'similar-outputs', id: 'R.1-6', severity: 'warning', file: 'plan.yaml', at: 'with its resolutions' },
      ]),
    );
    expect(argsOf(diagnostics, 'duplicate-output')).toEqual([
      { id: 'R.1-1', other: 'R.1-3', others: ['R.1-3', 'R.1-5'], score: undefined },
      { id: 'R.1-2', other: 'R.1-4', others: ['R.1-4'], score: undefined },
    ]);
    // the copies are one text to the near-duplicate check: R.1-6 is paired with the first of them only
    expect(argsOf(diagnostics, 'similar-outputs')).toEqual([{ id: 'R.1-6', other: 'R.1-1', others: undefined, score: 0.91 }]);
  });

  it('reports a near-duplicate once, against the earlier item it is most similar to (ties: the earliest)', () => {
    const diagnostics = check('similar-outputs/crowd');
    expect(argsOf(diagnostics, 'similar-outputs')).toEqual([
      { id: 'R.1-2', other: 'R.1-1', others: undefined, score: 0.75 },
      // as similar to R.1-1 as to R.1-2: the earlier wins
      { id: 'R.1-3', other: 'R.1-1', others: undefined, score: 0.89 },
      // the same words as R.1-1 in another order
      { id: 'R.1-4', other: 'R.1-1', others: undefined, score: 1 },
    ]);
  });
});
