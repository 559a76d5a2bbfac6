import { hasItem, type PlanGraph } from '../graph/plan-graph.js';
import { entryLocation, type ItemEntry } from '../load/merge.js';
import { locate } from '../load/parse-yaml.js';
import { closestIds } from '../text/suggest.js';
import type { Finding } from '../types/finding.js';
import type { ItemKind } from '../types/plan.js';
import type { Check } from './check.js';

/** Up to this many ids of a kind are listed when none is close to the wrong one. */
const LISTED_IDS = 8;

/** What a wrong reference probably meant: the nearest ids, or the few there are. */
export function meantIds(ref: string, ids: readonly string[]): { suggestions?: string[]; known?: string[] } {
  const suggestions = closestIds(ref, ids);
  if (suggestions.length > 0) return { suggestions };
  return ids.length > 0 && ids.length <= LISTED_IDS ? { known: [...ids] } : {};
}

export const danglingRef: Check = {
  code: 'dangling-ref',
  defaultSeverity: 'error',
  description: 'A reference names an id that does not exist: target→goal, objective→goal, outcome/output→objective, enabler→objective, observation→target, previous→cycle.',
  fix: 'Correct the id, or add the missing item.',
  run(graph) {
    const findings: Finding[] = [];
    const check = (entry: ItemEntry, field: (string | number)[], kind: ItemKind, id: unknown): void => {
      // a missing or mistyped reference is the schema's finding
      if (typeof id !== 'string' || hasItem(graph, kind, id)) return;
      const args = { field: field.join('.'), kind, ref: id, ...meantIds(id, [...graph.byId[kind].keys()]) };
      findings.push({ code: 'dangling-ref', ...entryLocation(entry, field), id: entry.item.id, args });
    };
    for (const entry of graph.targets) check(entry, ['goal'], 'goals', entry.item.goal);
    for (const entry of graph.objectives) {
      for (const level of ['primary', 'secondary'] as const) {
        (entry.item.goals?.[level] ?? []).forEach((id, index) => check(entry, ['goals', level, index], 'goals', id));
      }
    }
    for (const entry of [...graph.outcomes, ...graph.outputs]) check(entry, ['objective'], 'objectives', entry.item.objective);
    for (const entry of graph.enablers) {
      if (!Array.isArray(entry.item.supports)) continue;
      entry.item.supports.forEach((id, index) => check(entry, ['supports', index], 'objectives', id));
    }
    for (const entry of graph.observations) {
      const { target, year } = entry.item;
      if (!hasItem(graph, 'targets', target)) findings.push({ code: 'dangling-ref', ...entryLocation(entry, 'target'), id: target, args: { field: 'target', kind: 'targets', ref: target, observationYear: year } });
    }
    findings.push(...previousCycle(graph));
    return findings;
  },
};

function previousCycle(graph: PlanGraph): Finding[] {
  const previous = graph.plan.previous;
  const origin = graph.merged.scalarOrigins.get('previous');
  if (previous === undefined || !origin || previous === graph.cycle || graph.knownCycles.size === 0 || graph.knownCycles.has(previous)) return [];
  const others = [...graph.knownCycles].filter((cycle) => cycle !== graph.cycle);
  return [{ code: 'dangling-ref', ...locate(origin.parsed, ['previous']), args: { field: 'previous', kind: 'cycle', ref: previous, ...meantIds(previous, others) } }];
}

export const previousOwnCycle: Check = {
  code: 'previous-own-cycle',
  defaultSeverity: 'error',
  description: '`previous` names the plan\'s own cycle: a plan cannot follow itself.',
  fix: 'Name the cycle this plan follows, or remove `previous`.',
  run(graph) {
    const origin = graph.merged.scalarOrigins.get('previous');
    if (!origin || graph.plan.previous !== graph.cycle) return [];
    return [{ code: 'previous-own-cycle', ...locate(origin.parsed, ['previous']), args: { cycle: graph.cycle } }];
  },
};
