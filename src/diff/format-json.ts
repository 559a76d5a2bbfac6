import type { PlanDiff } from './types.js';

/**
 * The diff as JSON: `{from, to, threshold, summary, changes: [{entity, kind, from, to, score, fields, labels}]}`.
 * An absent value is `null`, so every field object has both `from` and `to`.
 */
export function formatDiffJson(diff: PlanDiff): string {
  return `${JSON.stringify(diff, (_key, value: unknown) => (value === undefined ? null : value), 2)}\n`;
}
