import { entryLocation, type ObservationEntry } from '../load/merge.js';
import type { Finding } from '../types/finding.js';
import type { Observation } from '../types/plan.js';
import type { Check } from './check.js';

export const conflictingObservations: Check = {
  code: 'conflicting-observations',
  defaultSeverity: 'error',
  description: 'One source gives one target two different values (or statuses) for the same year.',
  fix: 'Keep the one the source gives; a revision by a later edition is a source of its own (with its `edition`).',
  run(graph) {
    const findings: Finding[] = [];
    const earlier = new Map<string, ObservationEntry[]>();
    for (const entry of graph.observations) {
      const { target, year, source } = entry.item;
      const key = JSON.stringify([target, year, source]);
      const seen = earlier.get(key) ?? [];
      const other = seen.find((previous) => disagree(previous.item, entry.item));
      if (other) {
        const [here, there] = [entryLocation(entry), entryLocation(other)];
        const otherFile = there.file === here.file ? undefined : there.file;
        findings.push({ code: 'conflicting-observations', ...here, id: target, args: { year, source, otherLine: there.line, otherFile } });
      }
      earlier.set(key, [...seen, entry]);
    }
    return findings;
  },
};

/** Two values that differ (or one value in two units), or two statuses that differ. A value beside a status is no conflict. */
function disagree(a: Observation, b: Observation): boolean {
  const valuesDiffer = a.value !== undefined && b.value !== undefined && (a.value !== b.value || a.unit !== b.unit);
  const statusesDiffer = a.status !== undefined && b.status !== undefined && a.status !== b.status;
  return valuesDiffer || statusesDiffer;
}
