/**
 * What a bundled plan took from a fact sheet is checked against the sheet: here the part of plans/2016-2019
 * that cites source S3 and objective R.1's page, against those rows of the real sheet (copied into
 * test/fixtures/cited-sources/), each case with one disagreement planted.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlan, type Plan } from '../../src/index.js';
import { compareFactSheets, compareSeedFiles } from '../../scripts/sources/cited-sources.js';

const SHEETS = 'test/fixtures/cited-sources/sources';

/** The items of plans/2016-2019 citing S3 (target 2.3.A) and page-R.1 (R.1, outcomes and outputs R.1-1 and R.1-2), and seed 000. */
function citing(): Plan {
  const plan = structuredClone(loadPlan('plans/2016-2019').plan);
  const kept = (item: { id: string }) => ['2.3.A', 'R.1', 'R.1-1', 'R.1-2'].includes(item.id);
  return {
    ...plan,
    sources: plan.sources.filter((source) => ['S3', 'page-R.1', 'seed-000'].includes(source.id)),
    goals: [],
    targets: plan.targets.filter(kept),
    objectives: plan.objectives.filter(kept),
    outcomes: plan.outcomes.filter(kept),
    outputs: plan.outputs.filter(kept),
  };
}

describe('a plan against the fact sheets it cites', () => {
  it('finds nothing where the sheet holds every row, label, figure and URL', () => {
    const plan = citing();
    expect([plan.sources.length, plan.targets.length, plan.objectives.length, plan.outcomes.length, plan.outputs.length]).toEqual([3, 1, 1, 2, 2]);
    expect(compareFactSheets(plan, SHEETS)).toEqual([]);
  });

  it('finds a figure, a label, a row and a URL the sheet does not hold, and a sheet that is not there', () => {
    const plan = citing();
    plan.targets[0].measure!.value = 45;
    plan.outputs.find((output) => output.id === 'R.1-2')!.text = 'Final acts of world radiocommunication conferences';
    plan.outcomes.find((outcome) => outcome.id === 'R.1-1')!.id = 'R.1-9';
    plan.sources.find((source) => source.id === 'S3')!.url = 'https://www.itu.int/en/annual-report-2018/goals/Pages/goal2.aspx';
    plan.sources.push({ id: 'S99', title: 'A later page, via fact sheet facts-2020-2023.md' });
    expect(compareFactSheets(plan, SHEETS)).toEqual([
      'source S3: https://www.itu.int/en/annual-report-2018/goals/Pages/goal2.aspx is not in its row of facts-2016-2019.md',
      `source S99: fact sheet facts-2020-2023.md is not in ${SHEETS}`,
      'target 2.3.A: 45% by 2020 is not in its row of facts-2016-2019.md',
      'outcome R.1-9 (source page-R.1) has no row in facts-2016-2019.md',
      'output R.1-2: "Final acts of world radiocommunication conferences" is not in its row of facts-2016-2019.md',
    ]);
  });
});

describe('a plan against the seeds folder', () => {
  const seeds = mkdtempSync(path.join(tmpdir(), 'plan-seeds-'));
  afterAll(() => rmSync(seeds, { recursive: true, force: true }));

  it('finds a seed file the folder does not hold', () => {
    const plan = citing();
    expect(compareSeedFiles(plan, seeds)).toEqual([`source seed-000: seed 000_281807dfe29d2872.txt is not in ${seeds}`]);
    mkdirSync(seeds, { recursive: true });
    writeFileSync(path.join(seeds, '000_281807dfe29d2872.txt'), '');
    expect(compareSeedFiles(plan, seeds)).toEqual([]);
  });
});
