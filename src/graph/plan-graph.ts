import { UsageError } from '../load/errors.js';
import { closestIds } from '../text/suggest.js';
import type { ItemEntry, MergedPlan, ObservationEntry } from '../load/merge.js';
import { ITEM_KINDS, type Enabler, type Goal, type ItemKind, type Objective, type Outcome, type Output, type Plan, type Risk, type Target, type Unit } from '../types/plan.js';

/** One cycle's plan as a graph: items by kind and id, and the links between them, queried by the checks. */
export interface PlanGraph {
  cycle: string;
  plan: Plan;
  entries: ItemEntry[];
  /** every entry of a kind with a given id (more than one when ids clash) */
  byId: Record<ItemKind, Map<string, ItemEntry[]>>;
  units: ItemEntry<Unit>[];
  goals: ItemEntry<Goal>[];
  targets: ItemEntry<Target>[];
  objectives: ItemEntry<Objective>[];
  outcomes: ItemEntry<Outcome>[];
  outputs: ItemEntry<Output>[];
  enablers: ItemEntry<Enabler>[];
  risks: ItemEntry<Risk>[];
  /** the observations of the targets (`progress:`), in plan order */
  observations: ObservationEntry[];
  /** cycles known beside this one (for `previous`) */
  knownCycles: ReadonlySet<string>;
  merged: MergedPlan;
}

export function buildGraph(merged: MergedPlan, knownCycles: Iterable<string> = []): PlanGraph {
  const byId = {} as PlanGraph['byId'];
  for (const kind of ITEM_KINDS) byId[kind] = new Map();
  for (const entry of merged.entries) {
    const list = byId[entry.kind].get(entry.item.id);
    if (list) list.push(entry);
    else byId[entry.kind].set(entry.item.id, [entry]);
  }
  const ofKind = <T>(kind: ItemKind) => merged.entries.filter((entry) => entry.kind === kind) as unknown as ItemEntry<T>[];
  return {
    cycle: merged.plan.cycle,
    plan: merged.plan,
    entries: merged.entries,
    byId,
    units: ofKind<Unit>('units'),
    goals: ofKind<Goal>('goals'),
    targets: ofKind<Target>('targets'),
    objectives: ofKind<Objective>('objectives'),
    outcomes: ofKind<Outcome>('outcomes'),
    outputs: ofKind<Output>('outputs'),
    enablers: ofKind<Enabler>('enablers'),
    risks: ofKind<Risk>('risks'),
    observations: merged.observations,
    knownCycles: new Set(knownCycles),
    merged,
  };
}

export function hasItem(graph: PlanGraph, kind: ItemKind, id: string): boolean {
  return graph.byId[kind].has(id);
}

export function primaryGoals(objective: Objective): string[] {
  return objective.goals?.primary ?? [];
}

export function secondaryGoals(objective: Objective): string[] {
  return objective.goals?.secondary ?? [];
}

/** True when the plan says nothing about an objective's goals and admits to being partial: linkage unknown. */
export function isLinkageUnknown(graph: PlanGraph, objective: Objective): boolean {
  return objective.goals === undefined && graph.plan.completeness === 'partial';
}

/** Whether an objective links to at least one goal that exists. */
export function reachesGoal(graph: PlanGraph, objective: Objective): boolean {
  return [...primaryGoals(objective), ...secondaryGoals(objective)].some((id) => hasItem(graph, 'goals', id));
}

/** Objectives linked to a goal, primary and secondary, in plan order. */
export function objectivesOfGoal(graph: PlanGraph, goalId: string): { primary: ItemEntry<Objective>[]; secondary: ItemEntry<Objective>[] } {
  return {
    primary: graph.objectives.filter((entry) => primaryGoals(entry.item).includes(goalId)),
    secondary: graph.objectives.filter((entry) => secondaryGoals(entry.item).includes(goalId)),
  };
}

/** The goal with this id; a usage error listing the plan's goals when there is none (`--goal` of report and progress). */
export function findGoal(graph: PlanGraph, id: string): ItemEntry<Goal> {
  const goal = graph.goals.find((entry) => entry.item.id === id);
  if (goal) return goal;
  const known = graph.goals.map((entry) => entry.item.id);
  const [meant] = closestIds(id, known);
  throw new UsageError(`unknown goal "${id}" in ${graph.cycle} (${meant ? `did you mean "${meant}"? ` : ''}${known.length > 0 ? `goals: ${known.join(', ')}` : 'the plan has no goals'})`);
}
