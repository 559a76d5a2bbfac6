import { overviewOf } from './overview.js';
import type { PlanDiff } from './types.js';

/**
 * The diff as JSON: `{from, to, threshold, sides, summary, overview, changes: [{entity, kind, from, to,
 * score, fields, labels, nearest, gap}]}`; `overview` holds the board's summary as sentences (what the
 * partial plans mean, the goals' fate, the figures that moved). An absent value is `null`, so every field
 * object has both `from` and `to`.
 */
export function formatDiffJson(diff: PlanDiff): string {
  const { changes, ...head } = diff;
  const document = { ...head, overview: overviewOf(diff), changes };
  return `${JSON.stringify(document, (_key, value: unknown) => (value === undefined ? null : value), 2)}\n`;
}
