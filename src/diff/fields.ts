import { COMPARED_FIELDS } from './items.js';
import { lightEdit } from './light-edit.js';
import type { ParentMap } from './score.js';
import type { Direction } from '../types/plan.js';
import type { DiffItem, FieldChange, FieldValue } from './types.js';

/** The matchings that fields referring to other items are read through, and what each plan leaves unknown. */
export interface Links {
  /** goals (for targets) or objectives (for outcomes and outputs) */
  parents: ParentMap;
  /** goals, for the linkage of objectives */
  goals: ParentMap;
  /** the cycle of each side whose plan is partial: a field empty there is not known, not empty */
  partial: { from?: string; to?: string };
}

const PARENT_FIELDS = new Set(['goal', 'objective']);
const LINKAGE_FIELDS = new Set(['goals.primary', 'goals.secondary']);

/**
 * The fields that differ between two matched items, in display order; a field empty on a partial side is
 * marked `unknownIn`, a text that differs only in case or punctuation `light` (neither is a change).
 */
export function compareFields(a: DiffItem, b: DiffItem, links: Links): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  const [fromFields, toFields] = [a.fields, b.fields];
  for (const field of COMPARED_FIELDS[a.entity]) {
    const from = fromFields[field];
    const to = toFields[field];
    const unknownIn = from === undefined ? links.partial.from : to === undefined ? links.partial.to : undefined;
    if (unknownIn !== undefined) {
      // not known on one side: worth saying only when the other side has something
      if (!isEmpty(from) || !isEmpty(to)) changes[field] = { from, to, unknownIn };
      continue;
    }
    let isChanged: boolean;
    if (PARENT_FIELDS.has(field)) isChanged = !isCarriedOver(from as string | undefined, to as string | undefined, links.parents);
    else if (LINKAGE_FIELDS.has(field)) isChanged = linkageChanged(from as string[] | undefined, to as string[] | undefined, links.goals);
    else isChanged = !sameValue(from, to);
    if (!isChanged) continue;
    const light = typeof from === 'string' && typeof to === 'string' && !PARENT_FIELDS.has(field) ? lightEdit(from, to) : null;
    if (light) {
      changes[field] = { from, to, light };
      continue;
    }
    // A value measured in another unit is another figure: 5% of GNI against 3% of monthly income has no delta.
    const isComparable = typeof from === 'number' && typeof to === 'number' && (field !== 'measure.value' || a.unit === b.unit);
    changes[field] = isComparable ? { from, to, delta: roundDelta((to as number) - (from as number)) } : { from, to };
    if (field === 'measure.value' && a.unit !== undefined && a.unit === b.unit) changes[field].unit = a.unit;
    if (field === 'measure.value') {
      const direction = { from: fromFields['measure.direction'] as Direction, to: toFields['measure.direction'] as Direction };
      if (direction.from === 'decrease' || direction.to === 'decrease') changes[field].direction = direction;
    }
  }
  return changes;
}

/** A reference is unchanged when the item it named became the item it names now (a renumbered goal is no change). */
function isCarriedOver(from: string | undefined, to: string | undefined, map: ParentMap): boolean {
  if (from === undefined || to === undefined) return from === to;
  return map.get(from)?.has(to) ?? false;
}

/**
 * A list of goals is unchanged when every goal it named became at least one goal it names now, and every
 * goal it names now continues one it named (a goal split in two may be named by either part or both).
 */
function linkageChanged(from: string[] = [], to: string[] = [], map: ParentMap): boolean {
  const now = new Set(to);
  const continued = new Set(from.flatMap((goal) => [...(map.get(goal) ?? [])]));
  const isDropped = from.some((goal) => ![...(map.get(goal) ?? [])].some((next) => now.has(next)));
  const isAdded = to.some((goal) => !continued.has(goal));
  return isDropped || isAdded;
}

/** Equal values, text compared with its whitespace collapsed, so that a re-wrapped line is no change. */
export function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((value, index) => value === b[index]);
  }
  if (typeof a === 'string' && typeof b === 'string') return a === b || collapse(a) === collapse(b);
  return a === b;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Rounds away binary noise (0.1 + 0.2) without hiding real decimals; halves away from zero, so B→A is −(A→B). */
function roundDelta(delta: number): number {
  const rounded = Math.round(Math.abs(delta) * 1e6) / 1e6;
  return delta < 0 && rounded !== 0 ? -rounded : rounded;
}

function isEmpty(value: FieldValue): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}

/** Whether a compared field really changed: not merely unknown on a partial side, nor a light edit. */
export function isRealChange(field: FieldChange): boolean {
  return field.unknownIn === undefined && field.light === undefined;
}
