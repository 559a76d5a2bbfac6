import { describe, it, expect } from 'vitest';
import { gapText } from '../../src/graph/gaps.js';
import { loadPlan } from '../../src/index.js';
import { compare2024, compareGoals2016, compareProposal, compareTargets2016 } from '../../scripts/sources/compare-cycles.js';
import { readFixture } from '../../scripts/sources/fixtures.js';

/**
 * Pins the bundled data of the cycles 2016-2019, 2024-2027 and 2020-2023-proposal: counts of the main kinds,
 * a sample of figures, and that the figures and texts taken from the seed files really occur there, as
 * the seeds' facts committed in test/fixtures/sources/ give them (npm run check:sources compares those
 * with the seeds themselves). Paths are relative to the project root (the test cwd).
 */

/** True if `needle` occurs within `distance` characters of some occurrence of `near` in `text`. */
function occursNear(text: string, needle: string, near: string, distance = 120): boolean {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const window = text.slice(Math.max(0, at - distance), at + needle.length + distance);
    if (window.includes(near)) return true;
  }
  return false;
}

async function load(dir: string) {
  const result = await loadPlan(dir);
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  expect(errors, JSON.stringify(errors, null, 2)).toEqual([]);
  return result.plan;
}

type LoadedPlanData = Awaited<ReturnType<typeof load>>;

function byId<T extends { id: string }>(items: T[], id: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

function expectIntegrity(plan: LoadedPlanData): void {
  const sources = new Set(plan.sources.map((source) => source.id));
  const goals = new Set(plan.goals.map((goal) => goal.id));
  const objectives = new Set(plan.objectives.map((objective) => objective.id));
  for (const kind of ['goals', 'targets', 'objectives', 'outcomes', 'outputs', 'enablers', 'risks'] as const) {
    const ids = plan[kind].map((item) => item.id);
    expect(new Set(ids).size, `duplicate ${kind} id`).toBe(ids.length);
    for (const item of plan[kind]) {
      if (item.source !== undefined) expect(sources.has(item.source), `${kind} ${item.id}: source ${item.source}`).toBe(true);
    }
  }
  for (const target of plan.targets) expect(goals.has(target.goal), `target ${target.id}`).toBe(true);
  for (const result of [...plan.outcomes, ...plan.outputs]) expect(objectives.has(result.objective), `result ${result.id}`).toBe(true);
  for (const objective of plan.objectives) {
    for (const goal of [...(objective.goals?.primary ?? []), ...(objective.goals?.secondary ?? [])]) {
      expect(goals.has(goal), `objective ${objective.id} goal ${goal}`).toBe(true);
    }
  }
}

describe('plans/2016-2019 (Connect 2020)', () => {
  const printed = readFixture('2016-2019');
  // Annex 2 of seed 001, section 2.b: the review of the 2016-2019 targets, up to Annex 3.
  const review = printed.review;

  it('has the expected shape and counts', async () => {
    const plan = await load('plans/2016-2019');
    expect(plan.cycle).toBe('2016-2019');
    expect(plan.status).toBe('adopted');
    expect(plan.completeness).toBe('partial');
    expect(plan.period).toEqual({ start: 2016, end: 2019 });
    expect(plan.previous).toBeUndefined();
    expect(plan.goals).toHaveLength(4);
    expect(plan.targets).toHaveLength(16);
    expect(plan.objectives).toHaveLength(13);
    expect(plan.outcomes).toHaveLength(60);
    expect(plan.outputs).toHaveLength(24);
    expect(plan.gaps.length).toBeGreaterThan(0);
    expect(plan.gaps.some((gap) => gapText(gap).includes('4.2'))).toBe(true);
    expect(plan.targets.map((target) => target.id)).not.toContain('4.2');
    expectIntegrity(plan);
  });

  it('takes the goal names and statements from seed 000 as printed', async () => {
    const plan = await load('plans/2016-2019');
    expect(plan.goals.map((goal) => goal.name)).toEqual(['Growth', 'Inclusiveness', 'Sustainability', 'Innovation and Partnership']);
    expect(printed.goals).toHaveLength(4);
    expect(compareGoals2016(plan, printed)).toEqual([]);
  });

  it('pins target 1.1: 55% of households worldwide by 2020', async () => {
    const plan = await load('plans/2016-2019');
    const target = byId(plan.targets, '1.1');
    expect(target.goal).toBe('1');
    expect(target.measure).toEqual({ value: 55, unit: '%', by: 2020, scope: 'households worldwide' });
    expect(occursNear(review, '55%', 'households connected worldwide')).toBe(true);
    expect(review).toContain('Target 1.1 aims to achieve a rate of 55% of households connected worldwide');
  });

  it('pins a sample of the other figures', async () => {
    const plan = await load('plans/2016-2019');
    const figure = (id: string) => byId(plan.targets, id).measure;
    expect(figure('1.2')).toMatchObject({ value: 60, unit: '%', by: 2020, scope: 'individuals worldwide' });
    expect(figure('1.3')).toMatchObject({ value: 40, unit: '% change', by: 2020, baseline: { year: 2014 } });
    expect(figure('2.1.A')).toMatchObject({ value: 50, unit: '%', scope: 'households in developing countries' });
    expect(figure('2.1.B')).toMatchObject({ value: 15, unit: '%', scope: 'households in LDCs' });
    expect(figure('2.2.A')).toMatchObject({ value: 50, unit: '%', scope: 'individuals in developing countries' });
    expect(figure('2.2.B')).toMatchObject({ value: 20, unit: '%', scope: 'individuals in LDCs' });
    expect(figure('2.3.B')).toMatchObject({ value: 5, unit: '% of GNI per capita' });
    expect(figure('2.4')).toMatchObject({ value: 90, unit: '%', by: 2020 });
    expect(figure('2.5.A')).toBeUndefined();
    expect(figure('4.1')).toBeUndefined();
    // figures taken from the fact sheet carry its source id
    expect(byId(plan.targets, '2.3.A').source).toBe('S3');
    expect(byId(plan.targets, '3.1').source).toBe('S5');
  });

  it('only uses figures that the seed review prints, near their subject', async () => {
    const plan = await load('plans/2016-2019');
    expect(occursNear(review, '60%', 'individuals worldwide')).toBe(true);
    expect(occursNear(review, '40%', 'more affordable')).toBe(true);
    expect(occursNear(review, '2014', 'more affordable')).toBe(true);
    expect(occursNear(review, '50%', 'households')).toBe(true);
    expect(occursNear(review, '15%', 'households')).toBe(true);
    expect(occursNear(review, '20%', 'LDCs')).toBe(true);
    expect(occursNear(review, '5%', 'GNI per capita')).toBe(true);
    expect(occursNear(review, '90%', 'rural population')).toBe(true);
    // each target from the review is named there, its figure printed there or in the lessons learnt
    expect(compareTargets2016(plan, printed)).toEqual([]);
    const fromReview = plan.targets.filter((target) => target.source === undefined); // the other 4: a fact sheet
    expect(fromReview).toHaveLength(12);
    // the target texts are the seed's review wording (labels, not the official target wording)
    for (const target of fromReview) expect(target.text_kind, target.id).toBe('label');
  });

  it('marks fact-sheet labels and keeps objectives without a known goal linkage', async () => {
    const plan = await load('plans/2016-2019');
    expect(byId(plan.objectives, 'D.1').title).toBe('Foster international cooperation on telecommunication/ICT development issues');
    expect(byId(plan.objectives, 'D.1').text_kind).toBeUndefined();
    expect(byId(plan.objectives, 'R.1').text_kind).toBe('label');
    for (const objective of plan.objectives) expect(objective.goals).toBeUndefined();
    expect(plan.objectives.map((objective) => objective.id)).not.toContain('I.3');
  });
});

describe('plans/2024-2027', () => {
  const printed = readFixture('2024-2027');

  it('has the expected shape and counts', async () => {
    const plan = await load('plans/2024-2027');
    expect(plan.cycle).toBe('2024-2027');
    expect(plan.status).toBe('adopted');
    expect(plan.completeness).toBe('partial');
    expect(plan.previous).toBe('2020-2023');
    expect(plan.period).toEqual({ start: 2024, end: 2027 });
    expect(plan.goals).toHaveLength(2);
    expect(plan.targets).toHaveLength(12);
    expect(plan.objectives).toHaveLength(0);
    expect(plan.targets.filter((target) => target.goal === '1').map((target) => target.id)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7']);
    expect(plan.targets.filter((target) => target.goal === '2').map((target) => target.id)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5']);
    expect(plan.gaps.length).toBeGreaterThan(0);
    expectIntegrity(plan);
  });

  it('transcribes goals and targets from seed 003', async () => {
    const plan = await load('plans/2024-2027');
    expect(plan.goals.map((goal) => goal.name)).toEqual(['Universal Connectivity', 'Sustainable Digital Transformation']);
    expect(printed.targets).toHaveLength(12);
    // names, statements and descriptions occur in the seed's goals; the targets are its list, word for word
    expect(compare2024(plan, printed)).toEqual([]);
    expect(byId(plan.targets, '1.1').text).toBe('Universal broadband coverage');
    expect(byId(plan.targets, '2.2').text).toBe('Majority of individuals to have digital skills');
  });

  it('has no figures: the 2030 targets are printed without numbers', async () => {
    const plan = await load('plans/2024-2027');
    for (const target of plan.targets) {
      expect(target.measure, `target ${target.id}`).toBeUndefined();
      expect(target.text).not.toMatch(/\d/);
    }
    expect(printed.headings).toEqual(['Targets for Goal 1: Universal Connectivity – by 2030:', 'Targets for Goal 2: Sustainable Digital Transformation – by 2030:']);
    for (const target of printed.targets) expect(target.text, target.id).not.toMatch(/\d/);
  });
});

describe('plans/2020-2023-proposal', () => {
  const printed = readFixture('2020-2023-proposal');

  it('has the expected shape and counts', async () => {
    const plan = await load('plans/2020-2023-proposal');
    expect(plan.cycle).toBe('2020-2023-proposal');
    expect(plan.status).toBe('proposal');
    expect(plan.previous).toBe('2016-2019');
    expect(plan.period).toEqual({ start: 2020, end: 2023 });
    expect(plan.goals).toHaveLength(4);
    expect(plan.targets).toHaveLength(0);
    expect(plan.objectives).toHaveLength(0);
    expectIntegrity(plan);
  });

  it('takes the proposed goal names from seed 002', async () => {
    const plan = await load('plans/2020-2023-proposal');
    expect(plan.goals.map((goal) => [goal.id, goal.name])).toEqual([
      ['1', 'Participation in sustainable development processes'],
      ['2', 'Bridge the digital divide and provide broadband and Internet for all'],
      ['3', 'Manage the challenges resulting from telecommunication/ICT development, including security'],
      ['4', 'Innovation and partnership'],
    ]);
    // each opens its paragraph of the seed ("Goal N: name"), which holds its statement
    expect(printed.goals).toHaveLength(4);
    expect(compareProposal(plan, printed)).toEqual([]);
  });

  it('records the five-level RBM framework in the notes', async () => {
    const plan = await load('plans/2020-2023-proposal');
    for (const level of [1, 2, 3, 4, 5]) {
      expect(plan.notes.some((note) => note.startsWith(`Level ${level}: `)), `level ${level}`).toBe(true);
    }
    expect(printed.results_chain).toContain('the ITU results chain is divided into five levels');
  });
});
