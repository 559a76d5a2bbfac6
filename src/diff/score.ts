import { textScore } from './text.js';
import type { DiffItem } from './types.js';

/**
 * What the matching of the parent entity (goals for targets, objectives for results) says: which ids each
 * `from` parent became. Never changed once built (what is derived from it is kept per map).
 */
export type ParentMap = ReadonlyMap<string, ReadonlySet<string>>;

/** A same id moves a score this share of the way to 1: evidence, never proof on its own. */
export const ID_BONUS = 0.25;
/** A target or result whose parent was matched to a different parent than the candidate's (moved). */
export const MOVED_PARENT = 0.75;
/** A parent with no counterpart: nothing to confirm or contradict the pairing. */
export const UNMATCHED_PARENT = 0.9;
/** Objectives of different Sectors: possible (work moves to the inter-sectoral list) but unlikely. */
const OTHER_SECTOR = 0.6;
/** Targets measured in different units (a share of households against a count of subscriptions). */
const OTHER_UNIT = 0.85;

/**
 * How much the structure agrees with pairing `a` and `b`, as a factor in (0, 1]: a target's goal must
 * have become the candidate's goal (through the goal matching, so a renumbered goal still agrees), an
 * objective should stay in its Sector, a figure should keep its unit.
 *
 * The factor looks at both parents alike, so that diff(A, B) and diff(B, A) score every pair the same and
 * are mirror images: when the two parents are not each other's counterparts, the item moved (× 0.75) if
 * either parent has a counterpart elsewhere; only when neither has one (a removed goal against a new
 * goal) does nothing contradict the pairing (× 0.9).
 */
export function structureFactor(a: DiffItem, b: DiffItem, parents: ParentMap): number {
  let factor = 1;
  if (a.parent !== undefined && b.parent !== undefined) {
    const mapped = parents.get(a.parent);
    if (!mapped?.has(b.parent)) factor *= hasCounterpart(parents, a.parent) || isCounterpart(parents, b.parent) ? MOVED_PARENT : UNMATCHED_PARENT;
  }
  if (a.sector !== undefined && b.sector !== undefined && a.sector !== b.sector) factor *= OTHER_SECTOR;
  if (a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) factor *= OTHER_UNIT;
  return factor;
}

export function hasCounterpart(parents: ParentMap, fromId: string): boolean {
  return (parents.get(fromId)?.size ?? 0) > 0;
}

/** Whether some `from` item became the `to` item with this id. */
export function isCounterpart(parents: ParentMap, toId: string): boolean {
  return counterparts(parents).has(toId);
}

/** The ids some `from` item became, once per map (a parent map is built once and never changed). */
const counterpartCache = new WeakMap<ParentMap, ReadonlySet<string>>();

function counterparts(parents: ParentMap): ReadonlySet<string> {
  let set = counterpartCache.get(parents);
  if (!set) {
    set = new Set([...parents.values()].flatMap((later) => [...later]));
    counterpartCache.set(parents, set);
  }
  return set;
}

/** Confidence in [0, 1] that `a` (from) and `b` (to) are the same item. */
export function pairScore(a: DiffItem, b: DiffItem, parents: ParentMap): number {
  const content = textScore(a.text, b.text) * structureFactor(a, b, parents);
  return a.id === b.id ? content + ID_BONUS * (1 - content) : content;
}
