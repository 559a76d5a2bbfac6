import { entryLocation } from '../load/merge.js';
import { locate } from '../load/parse-yaml.js';
import type { Finding } from '../types/finding.js';
import type { Check } from './check.js';

export const unknownSource: Check = {
  code: 'unknown-source',
  defaultSeverity: 'error',
  description: 'An item\'s or an observation\'s `source` names no entry of the plan\'s `sources` list.',
  fix: 'Add the source to `sources`, or correct the id.',
  run(graph) {
    const known = new Set(graph.plan.sources.map((source) => source.id));
    const items = graph.entries
      .filter((entry) => {
        const source = (entry.item as { source?: string }).source;
        return source !== undefined && !known.has(source);
      })
      .map((entry) => ({ code: 'unknown-source', ...entryLocation(entry, 'source'), id: entry.item.id, args: { source: (entry.item as { source?: string }).source } }));
    const observations = graph.observations
      .filter((entry) => !known.has(entry.item.source))
      .map((entry) => ({ code: 'unknown-source', ...entryLocation(entry, 'source'), id: entry.item.target, args: { source: entry.item.source, observationYear: entry.item.year } }));
    return [...items, ...observations];
  },
};

export const measureBeforePeriod: Check = {
  code: 'measure-before-period',
  defaultSeverity: 'warning',
  description: 'A target\'s deadline (`measure.by`) falls before the plan\'s period starts.',
  fix: 'Check the year against the target\'s text; a deadline before the plan starts is almost always a typo.',
  run(graph) {
    const start = graph.plan.period?.start;
    if (start === undefined) return [];
    return graph.targets
      .filter((entry) => entry.item.measure?.by !== undefined && entry.item.measure.by < start)
      .map((entry) => ({ code: 'measure-before-period', ...entryLocation(entry, ['measure', 'by']), id: entry.item.id, args: { by: entry.item.measure!.by, start } }));
  },
};

export const partialPlan: Check = {
  code: 'partial-plan',
  defaultSeverity: 'info',
  description: 'The plan says it is known only in part (`completeness: partial`); its recorded gaps are listed.',
  fix: 'Nothing to fix: fill the gaps when a source for them is found.',
  run(graph) {
    if (graph.plan.completeness !== 'partial') return [];
    const origin = graph.merged.scalarOrigins.get('completeness');
    const at = origin ? locate(origin.parsed, ['completeness']) : { file: graph.merged.entries[0]?.parsed.file ?? '', line: 1, column: 1 };
    const finding: Finding = { code: 'partial-plan', ...at, args: { gaps: graph.plan.gaps.length } };
    return [finding];
  },
};
