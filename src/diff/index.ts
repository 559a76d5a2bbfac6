/** Matching and change computation: two plans in, a list of changes out. */
import type { Plan } from '../types/plan.js';
import { matchItems, type Group } from './assign.js';
import type { Lineage } from './candidates.js';
import { idMap, inPlanOrder, toChange } from './changes.js';
import { targetEndings } from './endings.js';
import { itemsOf } from './items.js';
import type { ParentMap } from './score.js';
import { knowledgeOf } from './sides.js';
import type { SearchLimits } from './search.js';
import { CHANGE_KINDS, ENTITIES, type Change, type ChangeKind, type DiffSummary, type Entity, type PlanDiff } from './types.js';

export * from './types.js';
export type { TargetEnding } from './endings.js';
export { SEARCH_LIMITS, type SearchLimits } from './search.js';

/** The lowest score accepted as a match unless --threshold says otherwise (see docs/diff.md). */
export const DEFAULT_DIFF_THRESHOLD = 0.35;

export interface DiffOptions {
  /** lowest score accepted as a match, 0 to 1 */
  threshold?: number;
  /** the entities to report (all are matched, since targets need the goals and results the objectives) */
  entities?: readonly Entity[];
  /**
   * score every pair sharing a word (the reference method; its cost grows with the product of the plans'
   * sizes) instead of the indexed search; the two give the same diff unless the indexed search took its
   * cheaper rules (see docs/diff.md, Limits)
   */
  exhaustive?: boolean;
  /** where the indexed search may take its cheaper rules (default SEARCH_LIMITS); a `minItems` of Infinity: never */
  searchLimits?: SearchLimits;
}

/**
 * Compares two plans item by item. Goals are matched first, then targets through the goal matching,
 * objectives, then outcomes and outputs through the objective matching.
 */
export function diffPlans(from: Plan, to: Plan, options: DiffOptions = {}): PlanDiff {
  const threshold = options.threshold ?? DEFAULT_DIFF_THRESHOLD;
  // `formerly` names items of the previous cycle, so it says something only between a plan and that cycle.
  const lineage = lineageBetween(from, to);
  const none: ParentMap = new Map();
  const match = (entity: Entity, parents: ParentMap): Group[] =>
    matchItems(itemsOf(from, entity), itemsOf(to, entity), parents, threshold, lineage, options);
  const goals = match('goal', none);
  const goalMap = idMap(goals);
  const objectives = match('objective', none);
  const objectiveMap = idMap(objectives);
  const groups: Record<Entity, Group[]> = {
    goal: goals,
    target: match('target', goalMap),
    objective: objectives,
    outcome: match('outcome', objectiveMap),
    output: match('output', objectiveMap),
  };
  const parentsOf: Record<Entity, ParentMap> = { goal: none, target: goalMap, objective: none, outcome: objectiveMap, output: objectiveMap };
  const entities = ENTITIES.filter((entity) => !options.entities || options.entities.includes(entity));
  const sides = { from: knowledgeOf(from), to: knowledgeOf(to) };
  const partial = { from: sides.from.partialCycle, to: sides.to.partialCycle };
  const changes: Change[] = entities.flatMap((entity) =>
    [...groups[entity]].sort(inPlanOrder).map((group) => toChange(entity, group, { parents: parentsOf[entity], goals: goalMap, partial }, sides)),
  );
  const summary = summarise(changes, entities);
  return { from: from.cycle, to: to.cycle, threshold, sides: { from: sides.from.side, to: sides.to.side }, summary, changes, endings: targetEndings(from, to, changes) };
}

function lineageBetween(from: Plan, to: Plan): Lineage {
  if (from.cycle === to.cycle) return 'none';
  if (to.previous === from.cycle) return 'forward';
  return from.previous === to.cycle ? 'backward' : 'none';
}

function summarise(changes: Change[], entities: readonly Entity[]): DiffSummary {
  const summary = {} as DiffSummary;
  for (const entity of entities) summary[entity] = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  for (const change of changes) summary[change.entity]![change.kind]++;
  return summary;
}

/** Whether a diff found any difference (for --exit-code). */
export function hasDifferences(diff: PlanDiff): boolean {
  return diff.changes.some((change) => change.kind !== 'same');
}
