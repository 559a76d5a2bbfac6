import { hasItem, isLinkageUnknown, reachesGoal, type PlanGraph } from '../graph/plan-graph.js';
import { entryLocation, type ItemEntry } from '../load/merge.js';
import type { Finding } from '../types/finding.js';
import type { Objective, Outcome } from '../types/plan.js';
import type { Check } from './check.js';

/**
 * Why a result does not reach a goal, or undefined when it does, when the linkage is unknown, or when its
 * objective is missing or unknown: that mistake is reported once, by the schema or by dangling-ref.
 */
function orphanReason(graph: PlanGraph, objectiveId: unknown): string | undefined {
  if (typeof objectiveId !== 'string' || !hasItem(graph, 'objectives', objectiveId)) return undefined;
  const objective = graph.byId.objectives.get(objectiveId)![0].item as Objective;
  if (isLinkageUnknown(graph, objective)) return undefined;
  return reachesGoal(graph, objective) ? undefined : 'objective-without-goal';
}

function orphanCheck(kind: 'outcomes' | 'outputs', code: string, noun: string): Check {
  return {
    code,
    defaultSeverity: 'warning',
    isCompleteness: true,
    description: `An ${noun} does not reach any goal: its objective is linked to no goal. (An ${noun} whose objective does not exist is reported by dangling-ref.)`,
    fix: `Attach the ${noun} to an objective that is linked to a goal.`,
    run(graph) {
      const findings: Finding[] = [];
      for (const entry of graph[kind] as ItemEntry<Outcome>[]) {
        const reason = orphanReason(graph, entry.item.objective);
        if (reason) findings.push({ code, ...entryLocation(entry, 'objective'), id: entry.item.id, args: { objective: entry.item.objective, reason } });
      }
      return findings;
    },
  };
}

export const orphanOutcome = orphanCheck('outcomes', 'orphan-outcome', 'outcome');
export const orphanOutput = orphanCheck('outputs', 'orphan-output', 'output');
