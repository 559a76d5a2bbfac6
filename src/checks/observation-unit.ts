import { entryLocation } from '../load/merge.js';
import type { Check } from './check.js';
import { measureOf } from './observed-targets.js';

export const observationUnitMismatch: Check = {
  code: 'observation-unit-mismatch',
  defaultSeverity: 'error',
  description: 'An observation\'s unit differs from the unit of its target\'s figure, so the two cannot be compared.',
  fix: 'Record the value in the target\'s unit (a share in "%", not a count), or leave it out and say why in the notes.',
  run(graph) {
    return graph.observations.flatMap((entry) => {
      const { target, unit, year } = entry.item;
      const measure = measureOf(graph, target);
      if (unit === undefined || measure === undefined || unit === measure.unit) return [];
      return [{ code: 'observation-unit-mismatch', ...entryLocation(entry, 'unit'), id: target, args: { year, unit, expected: measure.unit } }];
    });
  },
};
