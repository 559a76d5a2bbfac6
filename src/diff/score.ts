import { textScore } from './text.js';
import type { DiffItem } from './types.js';

/** What the matching of the parent entity (goals for targets, objectives for results) says. */
export type ParentMap = ReadonlyMap<string, ReadonlySet<string>>;

/** A same id moves a score this share of the way to 1: evidence, never proof on its own. */
export const ID_BONUS = 0.25;
/** A target or result whose parent was matched to a different parent than the candidate's (moved). */
const MOVED_PARENT = 0.75;
/** A parent with no counterpart: nothing to confirm or contradict the pairing. */
const UNMATCHED_PARENT = 0.9;
/** Objectives of different Sectors: possible (work moves to the inter-sectoral list) but unlikely. */
const OTHER_SECTOR = 0.6;
/** Targets measured in different units (a share of households against a count of subscriptions). */
const OTHER_UNIT = 0.85;

/**
 * How much the structure agrees with pairing `a` and `b`, as a factor in (0, 1]: a target's goal must
 * have become the candidate's goal (through the goal matching, so a renumbered goal still agrees), an
 * objective should stay in its Sector, a figure should keep its unit.
 */
export function structureFactor(a: DiffItem, b: DiffItem, parents: ParentMap): number {
  let factor = 1;
  if (a.parent !== undefined && b.parent !== undefined) {
    const mapped = parents.get(a.parent);
    if (!mapped || mapped.size === 0) factor *= UNMATCHED_PARENT;
    else if (!mapped.has(b.parent)) factor *= MOVED_PARENT;
  }
  if (a.sector !== undefined && b.sector !== undefined && a.sector !== b.sector) factor *= OTHER_SECTOR;
  if (a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) factor *= OTHER_UNIT;
  return factor;
}

/** Confidence in [0, 1] that `a` (from) and `b` (to) are the same item. */
export function pairScore(a: DiffItem, b: DiffItem, parents: ParentMap): number {
  const content = textScore(a.text, b.text) * structureFactor(a, b, parents);
  return a.id === b.id ? content + ID_BONUS * (1 - content) : content;
}
