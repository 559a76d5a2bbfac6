import { overviewOf } from './overview.js';
import type { PlanDiff } from './types.js';

/**
 * The diff as JSON: `{from, to, threshold, sides, summary, overview, changes: [{entity, kind, from, to,
 * score, fields, labels, nearest, gap}], endings}`; `overview` holds the board's summary as sentences (what
 * the partial plans mean, the goals' fate, the figures that moved, how the targets carried forward ended)
 * and `endings` the data of the last. An absent value is `null`, so every field object has both `from`
 * and `to`.
 */
export function formatDiffJson(diff: PlanDiff): string {
  const { changes, endings, ...head } = diff;
  const document = { ...head, overview: overviewOf(diff), changes, endings };
  return `${JSON.stringify(document, (_key, value: unknown) => (value === undefined ? null : value), 2)}\n`;
}
