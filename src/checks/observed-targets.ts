/** What the checks of observations need to know of the targets they observe. */
import type { PlanGraph } from '../graph/plan-graph.js';
import type { Measure, Target } from '../types/plan.js';

/** The target an observation names (the first, when the id is used twice); undefined when there is none. */
export function targetOf(graph: PlanGraph, id: string): Target | undefined {
  return graph.byId.targets.get(id)?.[0]?.item as Target | undefined;
}

export function measureOf(graph: PlanGraph, id: string): Measure | undefined {
  return targetOf(graph, id)?.measure;
}

/** Observations of a year after the deadline (the end of the period when the target has none) this long after it are out of the plan's reach. */
export const YEARS_AFTER_DEADLINE = 3;

/**
 * The years an observation of a target may describe: from the baseline year (or, without one, the year
 * before the plan's period starts: the figures a plan starts from) to three years after the deadline.
 */
export function reachOf(graph: PlanGraph, target: Target | undefined): { earliest?: number; latest?: number; deadline?: number } {
  const period = graph.plan.period;
  const earliest = target?.measure?.baseline?.year ?? (period ? period.start - 1 : undefined);
  const deadline = target?.measure?.by ?? period?.end;
  return { earliest, latest: deadline === undefined ? undefined : deadline + YEARS_AFTER_DEADLINE, deadline };
}
