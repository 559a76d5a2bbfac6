import type { Goal, Objective, Plan, Result, Target } from '../types/plan.js';
import { textSide } from './text.js';
import type { DiffItem, Entity } from './types.js';

/** Each entity's list in a plan. */
export const PLAN_LISTS = { goal: 'goals', target: 'targets', objective: 'objectives', outcome: 'outcomes', output: 'outputs' } as const;

/** The fields each entity compares, in display order; parent links are compared through the matching. */
export const COMPARED_FIELDS: Record<Entity, readonly string[]> = {
  goal: ['name', 'statement', 'description'],
  target: ['goal', 'text', 'measure.value', 'measure.unit', 'measure.by', 'measure.baseline.year', 'measure.baseline.value', 'measure.scope'],
  objective: ['sector', 'title', 'statement', 'goals.primary', 'goals.secondary'],
  outcome: ['objective', 'text'],
  output: ['objective', 'text'],
};

/** The field of each entity that is its name: a change there makes the item `renamed`. */
export const NAME_FIELD: Partial<Record<Entity, string>> = { goal: 'name', objective: 'title' };

const join = (...texts: (string | undefined)[]): string => texts.filter((text) => text !== undefined && text !== '').join(' ');

function goalItem(goal: Goal, index: number): DiffItem {
  const core = join(goal.name, goal.statement);
  return {
    ...base('goal', goal, index, goal.name),
    text: textSide(goal.name, core, join(core, goal.description)),
    fields: { name: goal.name, statement: goal.statement, description: goal.description },
  };
}

function targetItem(target: Target, index: number): DiffItem {
  const { measure } = target;
  const core = join(target.text, measure?.scope);
  return {
    ...base('target', target, index, target.text),
    text: textSide(target.text, core, core),
    parent: target.goal,
    unit: measure?.unit,
    fields: {
      goal: target.goal,
      text: target.text,
      'measure.value': measure?.value,
      'measure.unit': measure?.unit,
      'measure.by': measure?.by,
      'measure.baseline.year': measure?.baseline?.year,
      'measure.baseline.value': measure?.baseline?.value,
      'measure.scope': measure?.scope,
    },
  };
}

function objectiveItem(objective: Objective, index: number): DiffItem {
  const core = join(objective.title, objective.statement);
  return {
    ...base('objective', objective, index, objective.title),
    text: textSide(objective.title, core, core),
    sector: objective.sector,
    fields: {
      sector: objective.sector,
      title: objective.title,
      statement: objective.statement,
      'goals.primary': objective.goals?.primary,
      'goals.secondary': objective.goals?.secondary,
    },
  };
}

function resultItem(entity: 'outcome' | 'output', result: Result, index: number): DiffItem {
  return {
    ...base(entity, result, index, result.text),
    text: textSide(result.text, result.text, result.text),
    parent: result.objective,
    fields: { objective: result.objective, text: result.text },
  };
}

function base(entity: Entity, item: { id: string; formerly?: string[] }, index: number, label: string) {
  return { entity, index, id: String(item.id), label, formerly: (item.formerly ?? []).map(String) };
}

/** One entity's items of a plan, in the plan's order. */
export function itemsOf(plan: Plan, entity: Entity): DiffItem[] {
  switch (entity) {
    case 'goal':
      return plan.goals.map(goalItem);
    case 'target':
      return plan.targets.map(targetItem);
    case 'objective':
      return plan.objectives.map(objectiveItem);
    case 'outcome':
    case 'output':
      return plan[PLAN_LISTS[entity]].map((result, index) => resultItem(entity, result, index));
  }
}
