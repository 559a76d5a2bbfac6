/** The bundled plans of 2016-2019, 2024-2027 and the 2020-2023 proposal against the facts of their seeds. */
import type { Plan } from '../../src/core.js';
import { compareItems, missingTexts } from './compare-items.js';
import type { Facts2016, Facts2024, FactsProposal } from './facts-cycles.js';

export function compare2016(plan: Plan, facts: Facts2016): string[] {
  return [...compareGoals2016(plan, facts), ...compareTargets2016(plan, facts)];
}

/** The goals as seed 000 lists them, in that order. */
export function compareGoals2016(plan: Plan, facts: Facts2016): string[] {
  return compareItems('goal', plan.goals, facts.goals, ['name', 'statement'], 'the key goals of seed 000');
}

/** Each target taken from seed 001 (not from a fact sheet) is named in its review of the targets, its figure printed there or in the lessons learnt. */
export function compareTargets2016(plan: Plan, facts: Facts2016): string[] {
  const differences: string[] = [];
  const review = 'the review of the targets (seed 001, Annex 2, section 2.b)';
  for (const target of plan.targets) {
    if (target.source !== undefined) continue; // a fact-sheet target: see check:sources
    if (!facts.review.includes(target.id)) differences.push(`target ${target.id} is not named in ${review}`);
    const figure = target.measure && `${target.measure.value}%`;
    if (figure && !`${facts.review} ${facts.lessons}`.includes(figure)) differences.push(`target ${target.id}: ${figure} is printed neither in ${review} nor in the lessons learnt`);
  }
  return differences;
}

/** Goal names, statements and descriptions as seed 003 prints them; the targets word for word, under their goal. */
export function compare2024(plan: Plan, facts: Facts2024): string[] {
  const goalTexts = plan.goals.flatMap((goal) => (['name', 'statement', 'description'] as const).map((field) => [goal.id, field, goal[field]] as [string, string, string | undefined]));
  return [
    ...missingTexts('goal', goalTexts, facts.goals, 'the strategic goals of seed 003'),
    ...compareItems('target', plan.targets, facts.targets, ['goal', 'text'], 'the targets of seed 003'),
  ];
}

/** The paragraph starts with `heading`, whole: then comes one of the separators the seed puts before a statement. */
function opens(paragraph: string, heading: string): boolean {
  return paragraph.startsWith(heading) && /^(:|\.|\s–|$)/.test(paragraph.slice(heading.length));
}

/** Each proposed goal opens its paragraph of section C of seed 002 ("Goal N: name"), which holds its statement. */
export function compareProposal(plan: Plan, facts: FactsProposal): string[] {
  const paragraphs = new Map(facts.goals.map((goal) => [goal.id, goal.text]));
  const differences: string[] = [];
  for (const goal of plan.goals) {
    const paragraph = paragraphs.get(goal.id);
    if (paragraph === undefined) differences.push(`goal ${goal.id} is not in section C of seed 002`);
    else if (!opens(paragraph, `Goal ${goal.id}: ${goal.name}`)) differences.push(`goal ${goal.id}: name ${JSON.stringify(goal.name)} does not open its paragraph in seed 002`);
    else differences.push(...missingTexts('goal', [[goal.id, 'statement', goal.statement]], paragraph, 'its paragraph in seed 002'));
  }
  const goals = new Set(plan.goals.map((goal) => goal.id));
  for (const id of paragraphs.keys()) if (!goals.has(id)) differences.push(`goal ${id} of seed 002 is missing from the plan`);
  return differences;
}
