import { isLinkageUnknown, primaryGoals, secondaryGoals } from '../graph/plan-graph.js';
import { entryLocation } from '../load/merge.js';
import type { Finding } from '../types/finding.js';
import type { Check } from './check.js';

export const noPrimaryGoal: Check = {
  code: 'no-primary-goal',
  defaultSeverity: 'error',
  isCompleteness: true,
  description: 'An objective has no primary goal (no box in the linkage table).',
  fix: 'Add the goal the objective mainly serves under goals.primary.',
  run(graph) {
    return graph.objectives
      .filter((entry) => primaryGoals(entry.item).length === 0 && !isLinkageUnknown(graph, entry.item))
      .map((entry) => ({ code: 'no-primary-goal', ...entryLocation(entry, entry.item.goals ? 'goals' : 'id'), id: entry.item.id, args: {} }));
  },
};

export const conflictingLink: Check = {
  code: 'conflicting-link',
  defaultSeverity: 'error',
  description: 'An objective lists the same goal as both primary and secondary.',
  fix: 'Keep the goal in one of the two lists.',
  run(graph) {
    const findings: Finding[] = [];
    for (const entry of graph.objectives) {
      const primary = new Set(primaryGoals(entry.item));
      secondaryGoals(entry.item).forEach((goal, index) => {
        if (primary.has(goal)) findings.push({ code: 'conflicting-link', ...entryLocation(entry, ['goals', 'secondary', index]), id: entry.item.id, args: { goal } });
      });
    }
    return findings;
  },
};

export const goalWithoutPrimaryObjective: Check = {
  code: 'goal-without-primary-objective',
  defaultSeverity: 'warning',
  isCompleteness: true,
  description: 'No objective serves a goal primarily: nothing in the plan is mainly aimed at it.',
  fix: 'Link the objectives that mainly serve the goal, or reconsider the goal.',
  run(graph) {
    // Where the plan admits it lacks objectives or their linkage, "no objective serves it" is not known.
    if (graph.plan.completeness === 'partial' && (graph.objectives.length === 0 || graph.objectives.some((entry) => isLinkageUnknown(graph, entry.item)))) return [];
    const served = new Set(graph.objectives.flatMap((entry) => primaryGoals(entry.item)));
    return graph.goals
      .filter((entry) => !served.has(entry.item.id))
      .map((entry) => ({ code: 'goal-without-primary-objective', ...entryLocation(entry, 'id'), id: entry.item.id, args: { name: entry.item.name } }));
  },
};

export const goalWithoutTargets: Check = {
  code: 'goal-without-targets',
  defaultSeverity: 'warning',
  isCompleteness: true,
  description: 'A goal has no target, so there is no measure of whether it is reached.',
  fix: 'Add the goal\'s targets (or record their absence under gaps in a partial plan).',
  run(graph) {
    const measured = new Set(graph.targets.map((entry) => entry.item.goal));
    return graph.goals
      .filter((entry) => !measured.has(entry.item.id))
      .map((entry) => ({ code: 'goal-without-targets', ...entryLocation(entry, 'id'), id: entry.item.id, args: { name: entry.item.name } }));
  },
};
