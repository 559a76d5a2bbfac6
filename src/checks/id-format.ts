import type { PlanGraph } from '../graph/plan-graph.js';
import { entryLocation, type ItemEntry } from '../load/merge.js';
import type { Finding } from '../types/finding.js';
import type { ItemKind } from '../types/plan.js';
import type { Check } from './check.js';

/** The shape of an id: digits → 9, lower-case letters → a, upper-case → A, runs folded ("R.1-a" → "A.9-a"). */
export function idShape(id: string): string {
  return id.replace(/\d+/g, '9').replace(/\p{Ll}+/gu, 'a').replace(/\p{Lu}+/gu, 'A');
}

/** The id of an item's parent, whose id siblings usually start with (an outcome's objective, a target's goal). */
function parentOf(entry: ItemEntry): string | undefined {
  const item = entry.item as { objective?: string; goal?: string };
  return item.objective ?? item.goal;
}

const KINDS: ItemKind[] = ['goals', 'targets', 'objectives', 'outcomes', 'outputs', 'enablers', 'risks'];
const MINIMUM_SIBLINGS = 3;

export const idFormat: Check = {
  code: 'id-format',
  defaultSeverity: 'warning',
  description: 'An id is written unlike its siblings: its shape differs from the one most ids of its kind share (e.g. outcomes "R.1-a"), or it does not start with its parent\'s id as its siblings do.',
  fix: 'Rename the id to follow the pattern of its siblings (and update references to it).',
  run(graph) {
    return KINDS.flatMap((kind) => [...shapeOutliers(graph, kind), ...prefixOutliers(graph, kind)]);
  },
};

function shapeOutliers(graph: PlanGraph, kind: ItemKind): Finding[] {
  const entries = graph.entries.filter((entry) => entry.kind === kind);
  const shapes = countBy(entries.map((entry) => idShape(entry.item.id)));
  const [common, count] = [...shapes].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (entries.length < MINIMUM_SIBLINGS || count * 2 <= entries.length) return [];
  return entries
    .filter((entry) => idShape(entry.item.id) !== common)
    .map((entry) => ({ code: 'id-format', ...entryLocation(entry, 'id'), id: entry.item.id, args: { kind, expected: common, shape: idShape(entry.item.id), example: entries.find((other) => idShape(other.item.id) === common)!.item.id } }));
}

function prefixOutliers(graph: PlanGraph, kind: ItemKind): Finding[] {
  const entries = graph.entries.filter((entry) => entry.kind === kind && parentOf(entry) !== undefined);
  const prefixed = entries.filter((entry) => startsWithParent(entry));
  if (entries.length < MINIMUM_SIBLINGS || prefixed.length * 2 <= entries.length) return [];
  return entries
    .filter((entry) => !startsWithParent(entry) && idShapeIsCommon(entries, entry))
    .map((entry) => ({ code: 'id-format', ...entryLocation(entry, 'id'), id: entry.item.id, args: { kind, parent: parentOf(entry) } }));
}

/** Shape outliers are reported once, by the shape test; the prefix test covers ids of the usual shape. */
function idShapeIsCommon(entries: ItemEntry[], entry: ItemEntry): boolean {
  const shape = idShape(entry.item.id);
  return entries.filter((other) => idShape(other.item.id) === shape).length * 2 > entries.length;
}

function startsWithParent(entry: ItemEntry): boolean {
  const parent = parentOf(entry)!;
  const id = entry.item.id;
  return id.startsWith(parent) && id.length > parent.length && !/[\p{L}\p{N}]/u.test(id[parent.length]) ;
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
