/**
 * What concerns one Sector (organisational unit), for `plan report --sector`: the goals its objectives
 * serve, the risks that name it, and the findings on its items.
 */
import { isLinkageUnknown, primaryGoals, secondaryGoals, type PlanGraph } from '../graph/plan-graph.js';
import type { ItemEntry } from '../load/merge.js';
import type { Diagnostic } from '../types/diagnostic.js';
import type { Goal, Objective, Risk } from '../types/plan.js';

export interface SectorScope {
  /** the goals the Sector's objectives serve; every goal while some of their linkage is unknown */
  goals(objectives: ItemEntry<Objective>[]): ItemEntry<Goal>[];
  /** the risks whose `sectors` name the Sector (risks to the whole organisation name none) */
  risks(): ItemEntry<Risk>[];
  /** findings on the Sector's items (its unit, objectives, their outcomes and outputs, its enablers and risks), and findings on no item */
  diagnostics(diagnostics: Diagnostic[]): Diagnostic[];
}

export function inSector(graph: PlanGraph, sector: string): SectorScope {
  const isOurs = (name: unknown) => typeof name === 'string' && name.toLowerCase() === sector.toLowerCase();
  const objectives = graph.objectives.filter((entry) => isOurs(entry.item.sector));
  const objectiveIds = new Set(objectives.map((entry) => entry.item.id));
  const risks = graph.risks.filter((entry) => (entry.item.sectors ?? []).some(isOurs));
  const items: ItemEntry[] = [
    ...graph.units.filter((entry) => isOurs(entry.item.id)),
    ...objectives,
    ...[...graph.outcomes, ...graph.outputs].filter((entry) => objectiveIds.has(entry.item.objective)),
    ...graph.enablers.filter((entry) => isOurs(entry.item.sector)),
    ...risks,
  ];
  const keys = new Set(items.map((entry) => `${entry.parsed.file}\u0000${entry.item.id}`));
  return {
    goals(shown) {
      if (shown.some((entry) => isLinkageUnknown(graph, entry.item))) return graph.goals;
      const served = new Set(shown.flatMap((entry) => [...primaryGoals(entry.item), ...secondaryGoals(entry.item)]));
      return graph.goals.filter((entry) => served.has(entry.item.id));
    },
    risks: () => risks,
    diagnostics: (diagnostics) => diagnostics.filter((diagnostic) => diagnostic.id === undefined || keys.has(`${diagnostic.file}\u0000${diagnostic.id}`)),
  };
}
