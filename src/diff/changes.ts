import type { Group } from './assign.js';
import { compareFields, isRealChange, type Links } from './fields.js';
import { NAME_FIELD } from './items.js';
import type { ParentMap } from './score.js';
import { aloneKind, type SideKnowledge } from './sides.js';
import type { Change, ChangeKind, Entity, FieldChange } from './types.js';

/** A matched group as a change: its kind, its score and the fields that differ. */
export function toChange(entity: Entity, group: Group, links: Links, sides: { from: SideKnowledge; to: SideKnowledge }): Change {
  const compared = group.from.length === 1 && group.to.length === 1 ? compareFields(group.from[0], group.to[0], links) : NO_FIELDS;
  const fields = Object.keys(compared).length === 0 ? NO_FIELDS : compared;
  const alone = aloneOf(entity, group, sides);
  const nearest = group.nearest ? { id: group.nearest.item.id, label: group.nearest.item.label, score: rounded(group.nearest.score) } : null;
  return {
    entity,
    kind: alone?.kind ?? kindOf(entity, group, Object.keys(fields).filter((name) => isRealChange(fields[name]))),
    from: group.from.map((item) => item.id),
    to: group.to.map((item) => item.id),
    score: rounded(group.score),
    fields,
    labels: { from: group.from.map((item) => item.label), to: group.to.map((item) => item.label) },
    nearest,
    gap: alone?.gap ?? null,
  };
}

function rounded(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** For an item on one side only: added, removed or unknown, as the other plan allows (see sides.ts). */
function aloneOf(entity: Entity, group: Group, sides: { from: SideKnowledge; to: SideKnowledge }): ReturnType<typeof aloneKind> | undefined {
  if (group.from.length === 0) return aloneKind(entity, group.to[0].id, sides.from, 'added');
  if (group.to.length === 0) return aloneKind(entity, group.from[0].id, sides.to, 'removed');
  return undefined;
}

/** Shared by every change without a changed field (a large diff has a hundred thousand). */
const NO_FIELDS: Record<string, FieldChange> = Object.freeze({}) as Record<string, FieldChange>;

/**
 * The kind of a change of two sides, the first that applies: split, merged; then, for a pair, renumbered
 * (the id differs, whatever else does), renamed (the name or title differs), changed (any other field
 * really differs), same.
 */
function kindOf(entity: Entity, group: Group, changedFields: string[]): ChangeKind {
  if (group.to.length > 1) return 'split';
  if (group.from.length > 1) return 'merged';
  if (group.from[0].id !== group.to[0].id) return 'renumbered';
  const nameField = NAME_FIELD[entity];
  if (nameField !== undefined && changedFields.includes(nameField)) return 'renamed';
  return changedFields.length > 0 ? 'changed' : 'same';
}

/** Which ids each item became, read from one entity's groups: the parent map for the next entity down. */
export function idMap(groups: Group[]): ParentMap {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    for (const earlier of group.from) {
      const set = map.get(earlier.id) ?? new Set<string>();
      for (const later of group.to) set.add(later.id);
      map.set(earlier.id, set);
    }
  }
  return map;
}

/** Plan order: along the `from` plan, with added items after, along the `to` plan. */
export function inPlanOrder(a: Group, b: Group): number {
  const sideA = a.from.length > 0 ? 0 : 1;
  const sideB = b.from.length > 0 ? 0 : 1;
  if (sideA !== sideB) return sideA - sideB;
  const first = (group: Group) => (group.from[0] ?? group.to[0]).index;
  return first(a) - first(b);
}
