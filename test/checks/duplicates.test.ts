import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/index.js';
import { check, expected, found, type Expected } from './helpers.js';

/**
 * Each duplicate and near-duplicate check, within one Sector (one file) and across Sectors (the later
 * item, in itu-t.yaml, is reported). Objectives are compared on title and statement and reported at
 * their title; outcomes and outputs are compared and reported at their text.
 */
const cases: [folder: string, row: Expected][] = [
  ['duplicate-objective/same-sector', { code: 'duplicate-objective', id: 'R.2', severity: 'warning', file: 'plan.yaml', at: 'title: "Spectrum Regulation"' }],
  ['duplicate-objective/across-sectors', { code: 'duplicate-objective', id: 'T.1', severity: 'warning', file: 'itu-t.yaml', at: 'title:' }],
  ['similar-objectives/same-sector', { code: 'similar-objectives', id: 'R.2', severity: 'warning', file: 'plan.yaml', at: 'title: "Spectrum management"' }],
  ['similar-objectives/across-sectors', { code: 'similar-objectives', id: 'T.1', severity: 'warning', file: 'itu-t.yaml', at: 'title:' }],
  ['duplicate-outcome/same-sector', { code: 'duplicate-outcome', id: 'R.1-b', severity: 'warning', file: 'plan.yaml', at: 'in the Master Register."' }],
  ['duplicate-outcome/across-sectors', { code: 'duplicate-outcome', id: 'T.1-a', severity: 'warning', file: 'itu-t.yaml', at: 'text: "Increased use' }],
  ['similar-outcomes/same-sector', { code: 'similar-outcomes', id: 'R.1-b', severity: 'warning', file: 'plan.yaml', at: 'have their satellite networks' }],
  ['similar-outcomes/across-sectors', { code: 'similar-outcomes', id: 'T.1-a', severity: 'warning', file: 'itu-t.yaml', at: 'text: "Increased use' }],
  ['duplicate-output/same-sector', { code: 'duplicate-output', id: 'R.1-2', severity: 'warning', file: 'plan.yaml', at: 'Final Acts of the World' }],
  ['duplicate-output/across-sectors', { code: 'duplicate-output', id: 'T.1-1', severity: 'warning', file: 'itu-t.yaml', at: 'text: "Recommendations' }],
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
