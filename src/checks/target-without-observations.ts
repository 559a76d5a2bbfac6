import { entryLocation } from '../load/merge.js';
import { figure } from '../graph/measure.js';
import type { Check } from './check.js';

export const targetWithoutObservations: Check = {
  code: 'target-without-observations',
  defaultSeverity: 'info',
  description: 'A target has a figure but no observation yet, in a plan that records progress (a `progress` list).',
  fix: 'Add what a source says of it to `progress`, or leave it: `plan progress` lists it as without data.',
  run(graph) {
    if (graph.observations.length === 0) return [];
    const observed = new Set(graph.observations.map((entry) => entry.item.target));
    return graph.targets
      .filter((entry) => entry.item.measure !== undefined && !observed.has(entry.item.id))
      .map((entry) => ({ code: 'target-without-observations', ...entryLocation(entry, 'id'), id: entry.item.id, args: { figure: figure(entry.item.measure!) } }));
  },
};
