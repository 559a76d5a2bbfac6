/** The bundled 2020-2023 plan against the facts of seed 001 (Annex 1 to Resolution 71 (Rev. Dubai, 2018)). */
import { isDeepStrictEqual } from 'node:util';
import type { Plan } from '../../src/core.js';
import { compareItems } from './compare-items.js';
import type { Facts2020 } from './facts-2020-2023.js';

/** Every goal, target, objective, outcome and output, word for word, and none more or fewer. */
export function compareTexts2020(plan: Plan, facts: Facts2020): string[] {
  return [
    ...compareItems('goal', plan.goals, facts.goals, ['name', 'statement'], 'section 1.4 of seed 001'),
    ...compareItems('target', plan.targets, facts.targets, ['text'], 'Table 1 of seed 001'),
    ...compareItems('objective', plan.objectives, facts.objectives, ['title', 'statement'], 'the objectives of section 2 of seed 001'),
    ...compareItems('outcome', plan.outcomes, facts.outcomes, ['text'], 'Tables 4, 6, 8 and 10 of seed 001'),
    ...compareItems('output', plan.outputs, facts.outputs, ['text'], 'Tables 4, 6, 8 and 10 of seed 001'),
  ];
}

/** Each objective's primary and secondary goals are the boxes and ticks of its row of Table 3, and every row has its objective. */
export function compareLinkage2020(plan: Plan, facts: Facts2020): string[] {
  const differences: string[] = [];
  for (const objective of plan.objectives) {
    const row = facts.linkage[objective.id];
    if (!row) differences.push(`objective ${objective.id} has no row in Table 3 of seed 001`);
    else if (!isDeepStrictEqual(objective.goals, row)) {
      differences.push(`objective ${objective.id} links goals ${JSON.stringify(objective.goals ?? null)}, but Table 3 of seed 001 marks ${JSON.stringify(row)}`);
    }
  }
  const objectives = new Set(plan.objectives.map((objective) => objective.id));
  for (const id of Object.keys(facts.linkage)) if (!objectives.has(id)) differences.push(`objective ${id} of Table 3 of seed 001 is missing from the plan`);
  return differences;
}
