import { hasItem, type PlanGraph } from '../graph/plan-graph.js';
import { entryLocation, type ItemEntry } from '../load/merge.js';
import { locate } from '../load/parse-yaml.js';
import type { Finding } from '../types/finding.js';
import type { ItemKind } from '../types/plan.js';
import type { Check } from './check.js';

export const danglingRef: Check = {
  code: 'dangling-ref',
  defaultSeverity: 'error',
  description: 'A reference names an id that does not exist: target→goal, objective→goal, outcome/output→objective, enabler→objective, previous→cycle.',
  fix: 'Correct the id, or add the missing item.',
  run(graph) {
    const findings: Finding[] = [];
    const check = (entry: ItemEntry, field: (string | number)[], kind: ItemKind, id: string): void => {
      if (!hasItem(graph, kind, id)) findings.push({ code: 'dangling-ref', ...entryLocation(entry, field), id: entry.item.id, args: { field: field.join('.'), kind, ref: id } });
    };
    for (const entry of graph.targets) check(entry, ['goal'], 'goals', entry.item.goal);
    for (const entry of graph.objectives) {
      for (const level of ['primary', 'secondary'] as const) {
        (entry.item.goals?.[level] ?? []).forEach((id, index) => check(entry, ['goals', level, index], 'goals', id));
      }
    }
    for (const entry of [...graph.outcomes, ...graph.outputs]) check(entry, ['objective'], 'objectives', entry.item.objective);
    for (const entry of graph.enablers) {
      if (entry.item.supports === 'all') continue;
      entry.item.supports.forEach((id, index) => check(entry, ['supports', index], 'objectives', id));
    }
    findings.push(...previousCycle(graph));
    return findings;
  },
};

function previousCycle(graph: PlanGraph): Finding[] {
  const previous = graph.plan.previous;
  const origin = graph.merged.scalarOrigins.get('previous');
  if (previous === undefined || !origin || graph.knownCycles.size === 0 || graph.knownCycles.has(previous)) return [];
  return [{ code: 'dangling-ref', ...locate(origin.parsed, ['previous']), args: { field: 'previous', kind: 'cycle', ref: previous } }];
}
