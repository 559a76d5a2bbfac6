import { entryLocation, type ItemEntry } from '../load/merge.js';
import { closestName } from '../text/suggest.js';
import type { Finding } from '../types/finding.js';
import type { Check } from './check.js';

/**
 * Objectives and enablers name their organisational unit in `sector`, risks theirs in `sectors`. A plan
 * that declares `units` has every such name checked against them; a plan that declares none is not
 * checked (plans written before units existed keep validating as they did).
 */
export const unknownUnit: Check = {
  code: 'unknown-unit',
  defaultSeverity: 'error',
  description: 'An objective or enabler (`sector`) or a risk (`sectors`) names an organisational unit the plan does not declare under `units`. Plans that declare no units are not checked.',
  fix: 'Correct the name, or declare the unit under `units`.',
  run(graph) {
    if (graph.units.length === 0) return [];
    const declared = [...graph.byId.units.keys()];
    const findings: Finding[] = [];
    const check = (entry: ItemEntry, field: (string | number)[], unit: unknown): void => {
      if (typeof unit !== 'string' || graph.byId.units.has(unit)) return;
      const suggestion = closestName(unit, declared);
      findings.push({ code: 'unknown-unit', ...entryLocation(entry, field), id: entry.item.id, args: { kind: entry.kind, unit, suggestion, declared } });
    };
    for (const entry of [...graph.objectives, ...graph.enablers]) check(entry, ['sector'], entry.item.sector);
    for (const entry of graph.risks) (entry.item.sectors ?? []).forEach((unit, index) => check(entry, ['sectors', index], unit));
    return findings;
  },
};
