import type { Goal, Objective, Plan, Result, Target } from '../types/plan.js';
import { textSide, type TextSide } from './text.js';
import type { DiffItem, Entity, FieldValue, ItemTexts } from './types.js';

/** Each entity's list in a plan. */
export const PLAN_LISTS = { goal: 'goals', target: 'targets', objective: 'objectives', outcome: 'outcomes', output: 'outputs' } as const;

/** The fields each entity compares, in display order; parent links are compared through the matching. */
export const COMPARED_FIELDS: Record<Entity, readonly string[]> = {
  goal: ['name', 'statement', 'description'],
  target: ['goal', 'text', 'measure.value', 'measure.unit', 'measure.direction', 'measure.by', 'measure.baseline.year', 'measure.baseline.value', 'measure.scope'],
  objective: ['sector', 'title', 'statement', 'goals.primary', 'goals.secondary'],
  outcome: ['objective', 'text'],
  output: ['objective', 'text'],
};

/** The field of each entity that is its name: a change there makes the item `renamed`. */
export const NAME_FIELD: Partial<Record<Entity, string>> = { goal: 'name', objective: 'title' };

const join = (...texts: (string | undefined)[]): string => texts.filter((text) => text !== undefined && text !== '').join(' ');

/** What the matcher reads of each entity: its label, its core and full texts, its compared fields. */
interface EntityReader<Source> {
  label(source: Source): string;
  core(source: Source): string;
  full(source: Source, core: string): string;
  fields(source: Source): Record<string, FieldValue>;
}

const GOAL: EntityReader<Goal> = {
  label: (goal) => goal.name,
  core: (goal) => join(goal.name, goal.statement),
  full: (goal, core) => join(core, goal.description),
  fields: (goal) => ({ name: goal.name, statement: goal.statement, description: goal.description }),
};

const TARGET: EntityReader<Target> = {
  label: (target) => target.text,
  core: (target) => join(target.text, target.measure?.scope),
  full: (_, core) => core,
  fields: ({ goal, text, measure }) => ({
    goal,
    text,
    'measure.value': measure?.value,
    'measure.unit': measure?.unit,
    // left out, a figure is reached going up: a target that turns from "reduce" to "raise" changes here
    'measure.direction': measure ? (measure.direction ?? 'increase') : undefined,
    'measure.by': measure?.by,
    'measure.baseline.year': measure?.baseline?.year,
    'measure.baseline.value': measure?.baseline?.value,
    'measure.scope': measure?.scope,
  }),
};

const NO_IDS: string[] = [];

const OBJECTIVE: EntityReader<Objective> = {
  label: (objective) => objective.title,
  core: (objective) => join(objective.title, objective.statement),
  full: (_, core) => core,
  fields: (objective) => ({
    sector: objective.sector,
    title: objective.title,
    statement: objective.statement,
    // with a goals key, a list left out is empty; without one, the linkage is not given at all
    'goals.primary': objective.goals ? (objective.goals.primary ?? NO_IDS) : undefined,
    'goals.secondary': objective.goals ? (objective.goals.secondary ?? NO_IDS) : undefined,
  }),
};

const RESULT: EntityReader<Result> = {
  label: (result) => result.text,
  core: (result) => result.text,
  full: (result) => result.text,
  fields: (result) => ({ objective: result.objective, text: result.text }),
};

type Source = Goal | Target | Objective | Result;

/**
 * An item of a plan as the matcher sees it, read from the plan's own object: its texts are prepared for
 * matching and its compared fields gathered only when asked for (a large plan has hundreds of thousands
 * of items, and the indexed search reads only the raw texts).
 */
class PlanItem implements DiffItem {
  readonly id: string;
  readonly label: string;
  readonly formerly: string[];
  readonly parent?: string;
  readonly sector?: string;
  readonly unit?: string;
  readonly #source: Source;
  readonly #reader: EntityReader<Source>;
  readonly #core: string;
  #text?: TextSide;

  constructor(
    readonly entity: Entity,
    source: Source,
    readonly index: number,
  ) {
    this.#source = source;
    this.#reader = READERS[entity] as EntityReader<Source>;
    this.id = String(source.id);
    this.label = this.#reader.label(source);
    this.formerly = source.formerly && source.formerly.length > 0 ? source.formerly.map(String) : NO_IDS;
    this.#core = this.#reader.core(source);
    if (entity === 'target') [this.parent, this.unit] = [(source as Target).goal, (source as Target).measure?.unit];
    else if (entity === 'objective') this.sector = (source as Objective).sector;
    else if (entity === 'outcome' || entity === 'output') this.parent = (source as Result).objective;
  }

  get texts(): ItemTexts {
    return { label: this.label, core: this.#core, full: this.#reader.full(this.#source, this.#core) };
  }

  get text(): TextSide {
    const { label, core, full } = this.texts;
    return (this.#text ??= textSide(label, core, full));
  }

  get fields(): Record<string, FieldValue> {
    return this.#reader.fields(this.#source);
  }
}

const READERS: Record<Entity, EntityReader<never>> = { goal: GOAL, target: TARGET, objective: OBJECTIVE, outcome: RESULT, output: RESULT };

/** One entity's items of a plan, in the plan's order. */
export function itemsOf(plan: Plan, entity: Entity): DiffItem[] {
  const list: Source[] = plan[PLAN_LISTS[entity]];
  return list.map((source, index) => new PlanItem(entity, source, index));
}
