/**
 * The comparison of the bundled plans with their sources' facts (scripts/sources/) finds what differs: each
 * case plants one disagreement in a copy of a bundled plan (or of the facts) and expects exactly it.
 */
import { describe, expect, it } from 'vitest';
import { loadPlan, type Plan } from '../../src/index.js';
import { COMPARISONS } from '../../scripts/sources/compare.js';
import { differingParts } from '../../scripts/sources/differences.js';
import { CYCLES, readFixture, type Cycle, type SourceFacts } from '../../scripts/sources/fixtures.js';

function bundled(cycle: Cycle): Plan {
  return structuredClone(loadPlan(`plans/${cycle}`).plan);
}

function compare<C extends Cycle>(cycle: C, plan: Plan, facts: SourceFacts[C] = readFixture(cycle)): string[] {
  return (COMPARISONS[cycle] as (plan: Plan, facts: SourceFacts[C]) => string[])(plan, facts);
}

function find<T extends { id: string }>(items: T[], id: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

describe('the comparison of a bundled plan with its sources', () => {
  it.each(CYCLES)('finds nothing in %s as bundled', (cycle) => {
    expect(compare(cycle, bundled(cycle))).toEqual([]);
  });

  it('2020-2023: a tick moved in Table 3, a linkage missing, an objective Table 3 lacks', () => {
    const plan = bundled('2020-2023');
    find(plan.objectives, 'R.1').goals = { primary: ['1', '2', '3'], secondary: ['4', '5'] };
    delete find(plan.objectives, 'T.2').goals;
    const facts = readFixture('2020-2023');
    delete facts.linkage['D.4'];
    expect(compare('2020-2023', plan, facts)).toEqual([
      'objective D.4 has no row in Table 3 of seed 001',
      'objective R.1 links goals {"primary":["1","2","3"],"secondary":["4","5"]}, but Table 3 of seed 001 marks {"primary":["1","2","3","4"],"secondary":["5"]}',
      'objective T.2 links goals null, but Table 3 of seed 001 marks {"primary":["2"],"secondary":["1","4"]}',
    ]);
  });

  it('2020-2023: a word changed, an item dropped and an item added', () => {
    const plan = bundled('2020-2023');
    find(plan.outcomes, 'R.1-a').text = find(plan.outcomes, 'R.1-a').text.replace('Increased', 'Increasing');
    find(plan.goals, '5').name = 'Partnerships';
    plan.outputs = plan.outputs.filter((output) => output.id !== 'T.1-8');
    plan.targets.push({ ...find(plan.targets, '5.1'), id: '5.2' });
    expect(compare('2020-2023', plan)).toEqual([
      'goal 5: name "Partnerships", but section 1.4 of seed 001 prints "Partnership"',
      'target 5.2 is not in Table 1 of seed 001',
      expect.stringMatching(/^outcome R\.1-a: text "Increasing number of countries .*", but Tables 4, 6, 8 and 10 of seed 001 prints "Increased number of countries /),
      'output T.1-8 of Tables 4, 6, 8 and 10 of seed 001 is missing from the plan',
    ]);
  });

  it('2016-2019: a goal statement reworded, a review target renamed, a figure the review does not print', () => {
    const plan = bundled('2016-2019');
    find(plan.goals, '2').statement = 'bridge the digital divide';
    find(plan.targets, '2.4').id = '2.9';
    find(plan.targets, '1.2').measure!.value = 61;
    expect(compare('2016-2019', plan)).toEqual([
      'goal 2: statement "bridge the digital divide", but the key goals of seed 000 prints "bridge the digital divide and provide broadband for all"',
      'target 1.2: 61% is printed neither in the review of the targets (seed 001, Annex 2, section 2.b) nor in the lessons learnt',
      'target 2.9 is not named in the review of the targets (seed 001, Annex 2, section 2.b)',
    ]);
  });

  it('2024-2027: a description the seed does not hold, a target moved to the other goal', () => {
    const plan = bundled('2024-2027');
    find(plan.goals, '1').description = 'ITU will connect everyone.';
    find(plan.targets, '2.1').goal = '1';
    expect(compare('2024-2027', plan)).toEqual([
      'goal 1: description "ITU will connect everyone." is not in the strategic goals of seed 003',
      'target 2.1: goal "1", but the targets of seed 003 prints "2"',
    ]);
  });

  it('2020-2023-proposal: a name that does not open its paragraph, a statement not in it, a goal the plan lacks', () => {
    const plan = bundled('2020-2023-proposal');
    find(plan.goals, '1').name = 'Participation';
    find(plan.goals, '2').statement = find(plan.goals, '3').statement;
    plan.goals = plan.goals.filter((goal) => goal.id !== '4');
    expect(compare('2020-2023-proposal', plan)).toEqual([
      'goal 1: name "Participation" does not open its paragraph in seed 002',
      expect.stringMatching(/^goal 2: statement "To promote the beneficial use .*" is not in its paragraph in seed 002$/),
      'goal 4 of seed 002 is missing from the plan',
    ]);
  });
});

describe('the parts of a fixture that differ from the seeds', () => {
  it('names the lists by their changed ids, Table 3 by its rows, and other facts by key', () => {
    const committed = readFixture('2020-2023');
    const fresh = structuredClone(committed);
    fresh.outputs[0].text += '.';
    fresh.outcomes.pop();
    fresh.linkage['I.6'].secondary = [];
    fresh.seed = 'another.txt';
    expect(differingParts(committed, fresh)).toEqual(['seed', 'linkage (I.6)', 'outcomes (I.6-c)', 'outputs (R.1-1)']);
    expect(differingParts(committed, structuredClone(committed))).toEqual([]);
  });
});
