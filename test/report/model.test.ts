import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/index.js';
import { HELPER_DOCS } from '../../src/render/index.js';
import { BUNDLED_CYCLES, FIXTURES, HOSTILE, modelOf, PLANS, reportOf } from './helpers.js';

const PLAN_2020 = path.join(PLANS, '2020-2023');

/**
 * Table 3 of the 2020-2023 plan, "Linkage of ITU objectives with the strategic goals", copied from
 * seed 001_689f79870c0ce4dc.txt lines 294-321: columns are goals 1-5; ☑ (box) primary, ✓ (tick)
 * secondary, · an empty cell.
 */
const TABLE_3: Record<string, string> = {
  'R.1': '☑☑☑☑✓', 'R.2': '☑☑✓☑✓', 'R.3': '✓☑✓✓✓',
  'T.1': '☑✓✓✓✓', 'T.2': '✓☑·✓·', 'T.3': '☑✓✓✓✓', 'T.4': '✓☑✓✓✓', 'T.5': '✓✓✓✓☑',
  'D.1': '✓☑✓✓☑', 'D.2': '☑✓✓✓✓', 'D.3': '✓✓☑☑✓', 'D.4': '✓☑✓✓✓',
  'I.1': '✓✓✓✓☑', 'I.2': '✓·✓☑✓', 'I.3': '✓☑·✓✓', 'I.4': '✓☑··✓', 'I.5': '✓·☑✓✓', 'I.6': '✓✓✓✓☑',
};

describe('goal report model', () => {
  const model = modelOf(PLAN_2020, { goal: '2' });

  it('lists as primary exactly the objectives Table 3 boxes for goal 2, and as secondary those it ticks', () => {
    expect(model.objectives?.primary.map((objective) => objective.id)).toEqual(['R.1', 'R.2', 'R.3', 'T.2', 'T.4', 'D.1', 'D.4', 'I.3', 'I.4']);
    expect(model.objectives?.secondary.map((objective) => objective.id)).toEqual(['T.1', 'T.3', 'T.5', 'D.2', 'D.3', 'I.1', 'I.6']);
  });

  it('gives every linked objective its statement, outcomes and outputs', () => {
    for (const objective of [...model.objectives!.primary, ...model.objectives!.secondary]) {
      expect(objective.statement, objective.id).toBeTruthy();
      expect(objective.outcomes.length, objective.id).toBeGreaterThan(0);
      expect(objective.outputs.length, objective.id).toBeGreaterThan(0);
      expect(objective.outcomes.every((outcome) => outcome.id.startsWith(objective.id))).toBe(true);
    }
  });

  it('holds the goal, its targets with figures, SDG targets and the coverage', () => {
    expect(model.report).toMatchObject({ kind: 'goal', goal: '2', title: 'Goal 2: Inclusiveness' });
    expect(model.goal).toMatchObject({ id: '2', name: 'Inclusiveness', anchor: 'goal-2' });
    expect(model.goal?.sdgTargets).toContain('17.18');
    expect(model.targets?.map((target) => target.id)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '2.10']);
    expect(model.targets?.[0].figure).toBe('60% by 2023');
    // "reduced by 25%": a target reached going down
    expect(model.targets?.[4].figure).toBe('-25% change by 2023 (baseline 2017)');
    expect(model.targets?.[3].progress).toMatchObject({ status: 'achieved', latest: '36% (2022)', stated: null });
    expect(model.targets?.[7].progress).toMatchObject({ status: 'no-figure', latest: '0.92 gender parity score (2023)' });
    expect(model.targets?.[7].figure).toBeNull();
    expect(model.coverage).toEqual({
      primary: 9,
      secondary: 7,
      sectors: [
        { sector: 'ITU-R', primary: 3, secondary: 0 },
        { sector: 'ITU-T', primary: 2, secondary: 3 },
        { sector: 'ITU-D', primary: 2, secondary: 2 },
        { sector: 'Inter-Sectoral', primary: 2, secondary: 2 },
      ],
      unknownLinkage: 0,
      isLinkageUnknown: false,
    });
    expect(model.goals).toBeNull();
    expect(model.matrix).toBeNull();
  });

  it('links only to items the report shows', () => {
    const r1 = model.objectives!.primary[0];
    expect(r1.goals.primary.map((goal) => [goal.id, goal.isInReport])).toEqual([['1', false], ['2', true], ['3', false], ['4', false]]);
  });

  it('narrows to one Sector, matched case-insensitively', () => {
    const sector = modelOf(PLAN_2020, { goal: '2', sector: 'itu-t' });
    expect(sector.report.sector).toBe('ITU-T');
    expect(sector.objectives?.primary.map((objective) => objective.id)).toEqual(['T.2', 'T.4']);
    expect(sector.objectives?.secondary.map((objective) => objective.id)).toEqual(['T.1', 'T.3', 'T.5']);
  });
});

describe('whole-plan report model', () => {
  const model = modelOf(PLAN_2020);

  it('prints the linkage matrix as Table 3 does', () => {
    const symbol = { primary: '☑', secondary: '✓', none: '·', unknown: '?' };
    const rows = Object.fromEntries(
      model.matrix!.sectors.flatMap((sector) => sector.rows).map((row) => [row.objective.id, row.cells.map((cell) => symbol[cell.link]).join('')]),
    );
    expect(rows).toEqual(TABLE_3);
    expect(model.matrix!.sectors.map((sector) => sector.sector)).toEqual(['ITU-R', 'ITU-T', 'ITU-D', 'Inter-Sectoral']);
    expect(model.matrix!.goals.map((goal) => goal.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(model.matrix!.rowCount).toBe(18);
  });

  it('adds vision, mission, values, every goal, the risks and the findings', () => {
    expect(model.plan.vision).toMatch(/^An information society/);
    expect(model.plan.values).toHaveLength(5);
    expect(model.goals?.map((section) => section.goal.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(model.risks?.[0].mitigations[0]).toEqual({ strategy: 'avoidance', text: 'By clear mandates of each structure and role in the Union' });
    expect(model.findings?.items.length).toBe(model.findings!.errors + model.findings!.warnings + model.findings!.infos);
    expect(model.chart.bars.map((bar) => [bar.primary, bar.secondary])[1]).toEqual([9, 7]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(modelOf(PLAN_2020))).toBe(JSON.stringify(model));
  });

  it('never names a field like a helper (a {{name}} would call the helper)', () => {
    const keys = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value !== null && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          keys.add(key);
          collect(child);
        }
      }
    };
    collect(model);
    collect(modelOf(PLAN_2020, { goal: '2' }));
    expect([...keys].filter((key) => key in HELPER_DOCS)).toEqual([]);
  });
});

describe('any plan', () => {
  it.each(BUNDLED_CYCLES)('builds the model of %s, every key present', (cycle) => {
    const model = modelOf(path.join(PLANS, cycle));
    expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model);
    expect(Object.keys(model)).toEqual(['report', 'plan', 'banner', 'goal', 'targets', 'objectives', 'coverage', 'goals', 'sectors', 'matrix', 'risks', 'findings', 'chart']);
  });

  it('reports a plan with error-level findings, with a banner naming them', () => {
    const model = modelOf(HOSTILE);
    expect(model.banner?.problems.map((problem) => [problem.code, problem.id])).toEqual([['schema', 'evil-scheme']]);
    expect(model.plan.isPartial).toBe(true);
    expect(model.plan.hasLabels).toBe(true);
  });

  it('refuses an unknown goal or Sector, listing the valid ones', () => {
    expect(() => modelOf(PLAN_2020, { goal: '9' })).toThrow(new UsageError('unknown goal "9" in 2020-2023 (goals: 1, 2, 3, 4, 5)'));
    expect(() => modelOf(PLAN_2020, { sector: 'ITU-X' })).toThrow(/unknown Sector "ITU-X" in 2020-2023 \(did you mean "ITU-R"\? Sectors: ITU-R, ITU-T, ITU-D, Inter-Sectoral, General Secretariat\)/);
    expect(() => modelOf(HOSTILE, { goal: 'nope' })).toThrow(UsageError);
  });
});

describe('a partial plan that does not record the linkage', () => {
  it.each([
    ['2016-2019', 13],
    ['2024-2027', 0],
  ])('%s: the goal report says the linkage is unknown, not that no objective serves the goal', async (cycle, objectives) => {
    const dir = path.join(PLANS, cycle);
    const model = modelOf(dir, { goal: '2' });
    expect(model.coverage).toMatchObject({ primary: 0, secondary: 0, unknownLinkage: objectives, isLinkageUnknown: true });
    const markdown = await reportOf(dir, 'md', { goal: '2' });
    expect(markdown).toContain('Not known: this partial plan does not record which objectives serve the goal.');
    expect(markdown).not.toContain('0 objectives serve the goal primarily');
    expect(markdown).not.toContain('```mermaid');
    const html = await reportOf(dir, 'html', { goal: '2' });
    expect(html).toContain('Not known: this partial plan does not record which objectives serve the goal.');
    expect(html).not.toContain('<svg');
  });
});

describe('--sector', () => {
  it('limits goals, risks and findings to what concerns the Sector', () => {
    const whole = modelOf(PLAN_2020);
    const radio = modelOf(PLAN_2020, { sector: 'itu-r' });
    expect(radio.report.sector).toBe('ITU-R');
    expect(radio.sectors?.map((section) => section.sector)).toEqual(['ITU-R']);
    // ITU-R's objectives serve every goal of the plan; the plan's risks are the whole organisation's
    expect(radio.goals?.map((section) => section.goal.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(whole.risks).toHaveLength(6);
    expect(radio.risks).toEqual([]);
    expect(whole.findings?.items.length).toBeGreaterThan(1);
    expect(radio.findings?.items.map((finding) => `${finding.code} ${finding.id}`)).toEqual(['similar-outputs R.1-5']);
  });

  it('keeps only the goals the Sector serves, and the risks that name it', () => {
    const dir = path.join(FIXTURES, 'sector-scope/2030-2033');
    const model = modelOf(dir, { sector: 'B' });
    expect(model.goals?.map((section) => section.goal.id)).toEqual(['2']);
    expect(model.risks?.map((risk) => risk.id)).toEqual(['2']);
    expect(model.findings?.items.map((finding) => `${finding.code} ${finding.id}`)).toEqual(['similar-outputs B.1-2']);
  });

  it('knows the Sectors a plan declares, even without objectives', () => {
    expect(modelOf(path.join(PLANS, '2024-2027'), { sector: 'ITU-D' }).report.sector).toBe('ITU-D');
  });
});

describe('an item that lacks a required field', () => {
  const dir = path.join(PLANS, '../test/fixtures/checks/schema/missing-required');

  it('is reported in the banner and left out of the report, which renders', async () => {
    const model = modelOf(dir);
    expect(model.banner?.problems.map((problem) => `${problem.code} ${problem.id}`)).toEqual(['schema R.1-2']);
    expect(model.sectors?.flatMap((section) => section.objectives.flatMap((objective) => objective.outputs.map((output) => output.id)))).toEqual(['R.1-1']);
    expect(await reportOf(dir, 'md')).toContain('R.1-1');
    expect(await reportOf(dir, 'html')).not.toContain('id="output-R.1-2"');
  });

  it('is left out of the merged plan that export and diff read, but kept for the checks', async () => {
    const { checkPlan, diffPlans, loadPlan } = await import('../../src/index.js');
    const loaded = loadPlan(dir);
    expect(loaded.plan.outputs.map((output) => output.id)).toEqual(['R.1-1']);
    expect(loaded.entries.filter((entry) => entry.kind === 'outputs').map((entry) => entry.item.id)).toEqual(['R.1-1', 'R.1-2']);
    // R.1-2 still exists for the checks: nothing else is reported about it
    expect(checkPlan(loaded).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['schema']);
    expect(() => diffPlans(loaded.plan, loaded.plan)).not.toThrow();
  });
});
