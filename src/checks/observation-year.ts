import { entryLocation } from '../load/merge.js';
import type { Finding } from '../types/finding.js';
import type { Check } from './check.js';
import { reachOf, targetOf, YEARS_AFTER_DEADLINE } from './observed-targets.js';

export const observationOutOfRange: Check = {
  code: 'observation-out-of-range',
  defaultSeverity: 'warning',
  description: `An observation's year is outside the plan's reach: before the target's baseline year (without one, before the year before the plan starts), or more than ${YEARS_AFTER_DEADLINE} years after the target's deadline.`,
  fix: 'Check the year: it is the year the value describes, not the year it was published; an observation of another cycle belongs to that cycle\'s plan.',
  run(graph) {
    const findings: Finding[] = [];
    for (const entry of graph.observations) {
      const { target: id, year } = entry.item;
      const target = targetOf(graph, id);
      const { earliest, latest, deadline } = reachOf(graph, target);
      const hasBaseline = target?.measure?.baseline?.year !== undefined;
      const at = { code: 'observation-out-of-range', ...entryLocation(entry, 'year'), id };
      if (earliest !== undefined && year < earliest) findings.push({ ...at, args: { year, bound: earliest, side: hasBaseline ? 'before-baseline' : 'before-start' } });
      else if (latest !== undefined && year > latest) findings.push({ ...at, args: { year, bound: latest, deadline, side: 'after-deadline' } });
    }
    return findings;
  },
};
