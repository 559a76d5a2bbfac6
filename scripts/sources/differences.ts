/** Naming the parts of two fact records that differ, for a short report rather than a dump of both. */
import { isDeepStrictEqual } from 'node:util';

/** Top-level keys whose values differ; for lists of items with ids and for records by id, the ids added, removed or changed. */
export function differingParts(committed: unknown, fresh: unknown): string[] {
  const [before, after] = [asRecord(committed), asRecord(fresh)];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) => {
    if (isDeepStrictEqual(before[key], after[key])) return [];
    const ids = differingIds(before[key], after[key]);
    return [ids ? `${key} (${ids.join(', ')})` : key];
  });
}

function differingIds(before: unknown, after: unknown): string[] | undefined {
  const [old, now] = [byId(before), byId(after)];
  if (!old || !now) return undefined;
  const ids = [...new Set([...old.keys(), ...now.keys()])];
  return ids.filter((id) => !isDeepStrictEqual(old.get(id), now.get(id)));
}

function byId(value: unknown): Map<string, unknown> | undefined {
  if (!Array.isArray(value)) return typeof value === 'object' && value !== null ? new Map(Object.entries(value)) : undefined;
  if (!value.every((item) => typeof item?.id === 'string')) return undefined;
  return new Map(value.map((item: { id: string }) => [item.id, item]));
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
