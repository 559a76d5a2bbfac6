/**
 * The progress data of the bundled plans (plans/<cycle>/progress.yaml) against its fact sheet
 * (docs/progress-facts.md): every observation is listed there, in its target's section, with its year, value
 * or status, source, edition and address; every value names its edition (or is read in a seed document).
 * And the statuses `plan progress` computes from it are pinned.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, loadPlan } from '../../src/index.js';
import { buildProgress } from '../../src/progress/model.js';

const CYCLES = ['2016-2019', '2020-2023', '2024-2027'];
const FACTS = readFileSync('docs/progress-facts.md', 'utf8');

/** The table rows under "### Target <id>:" of a cycle's section of the fact sheet. */
function factRows(cycle: string, target: string): string[] {
  const section = FACTS.split(/^## /m).find((part) => part.startsWith(`${cycle} `)) ?? '';
  const block = section.split(/^### /m).find((part) => part.startsWith(`Target ${target}:`)) ?? '';
  return block.split('\n').filter((line) => line.startsWith('| 2'));
}

describe.each(CYCLES)('the progress data of %s', (cycle) => {
  const loaded = loadPlan(path.join('plans', cycle));
  const sources = new Map(loaded.plan.sources.map((source) => [source.id, source]));

  it('loads without an error', () => {
    expect(loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(loaded.plan.progress.length).toBeGreaterThan(0);
  });

  it('lists every observation in the fact sheet with its year, value or status, source, edition and address', () => {
    const missing = loaded.plan.progress.filter((observation) => {
      const source = sources.get(observation.source)!;
      const what = observation.value !== undefined ? `${observation.value} ${observation.unit}` : `status: ${observation.status}`;
      const cited = source.edition === undefined ? source.id : `${source.id} (${source.edition})`;
      const address = source.url ?? `seed file ${source.file}`;
      const row = `| ${observation.year} | ${what} | ${cited} | ${address}`;
      return !factRows(cycle, observation.target).some((line) => line.startsWith(row));
    });
    expect(missing).toEqual([]);
  });

  it('names the edition of every value, unless it was read in a seed document', () => {
    const withoutEdition = loaded.plan.progress.filter((observation) => observation.value !== undefined).map((observation) => sources.get(observation.source)!).filter((source) => source.edition === undefined && source.file === undefined);
    expect(withoutEdition).toEqual([]);
  });
});

describe('the statuses of the bundled targets', () => {
  const statuses = (cycle: string) => {
    const report = buildProgress(buildGraph(loadPlan(path.join('plans', cycle))));
    return Object.fromEntries(report.targets.filter((target) => target.status !== 'no-data' || target.statedStatus !== null).map((target) => [target.id, [target.status, target.statedStatus?.status ?? null]]));
  };

  it('2016-2019: computed where values allow, stated by seed 001 and S9 beside', () => {
    expect(statuses('2016-2019')).toEqual({
      '1.1': ['achieved', 'on-track'],
      '1.2': ['off-track', 'on-track'],
      '1.3': ['no-data', 'off-track'],
      '2.1.A': ['on-track', 'on-track'],
      '2.1.B': ['achieved', 'on-track'],
      '2.2.A': ['on-track', 'on-track'],
      '2.2.B': ['on-track', 'on-track'],
      '2.3.A': ['no-data', 'off-track'],
      '2.3.B': ['no-data', 'off-track'],
      '2.5.A': [null, null],
      '2.5.B': [null, null],
      '3.1': ['no-data', 'insufficient-data'],
      '4.1': [null, null],
    });
  });

  it('2020-2023: computed from the Facts and Figures editions and the Global E-waste Monitor', () => {
    const computed = Object.entries(statuses('2020-2023')).filter(([, [status]]) => status !== null);
    expect(Object.fromEntries(computed)).toEqual({
      '1.2': ['off-track', null],
      '2.4': ['achieved', null],
      '2.7': ['off-track', null],
      '3.2': ['off-track', null],
    });
  });
});
