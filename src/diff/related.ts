import { chainedIndex, type ChainedIndex } from './keys.js';
import { hasCounterpart, isCounterpart, MOVED_PARENT, UNMATCHED_PARENT, type ParentMap } from './score.js';
import type { DiffItem } from './types.js';

/** Pairs under related parents are all scored unless there are more than this (then they are searched for like any other). */
const RELATED_LIMIT = 2_000_000;
/**
 * Nor those of a parent whose items and its counterparts' items make more pairs than this (five goals
 * over thousands of targets): its items are searched for like any other, with a bound of 1.
 */
const CROWDED_PARENT = 10_000;

/**
 * Pairs of targets (outcomes, outputs) under related parents: parents that correspond through the goal
 * (objective) matching, or two parents that both lack a counterpart. Such pairs are all scored, when
 * there are not too many; any other pair has a parent that moved, and its structure factor is at most
 * 0.75: each item's `bound`. Where the items have no parents (goals, objectives), or some lack one, no
 * pair is related and every bound is 1.
 */
export class RelatedPairs {
  readonly bound: { from: Float64Array; to: Float64Array };
  /** per `from` item, the parents its parent became */
  private readonly relatedParents: (ReadonlySet<string> | undefined)[] = [];
  private readonly children?: ChainedIndex;
  private readonly isOrphan: { from: boolean[]; to: boolean[] } = { from: [], to: [] };
  private readonly isOrphanPaired: boolean = false;

  constructor(
    private readonly from: DiffItem[],
    private readonly to: DiffItem[],
    parents: ParentMap,
    isEligible: { from: boolean[]; to: boolean[] },
  ) {
    this.bound = { from: new Float64Array(from.length).fill(1), to: new Float64Array(to.length).fill(1) };
    const items = [...from, ...to];
    if (!items.some((item) => item.parent !== undefined) || items.some((item) => item.parent === undefined)) return;
    const children = chainedIndex(to.length, (j) => (isEligible.to[j] ? to[j].parent : undefined));
    const crowded = crowdedParents(from, children, parents, isEligible.from);
    const relatedParents = from.map((item, i) => (isEligible.from[i] && !crowded.has(item.parent!) ? parents.get(item.parent!) : undefined));
    let count = 0;
    for (let i = 0; i < from.length && count <= RELATED_LIMIT; i++) {
      for (const parent of relatedParents[i] ?? []) for (let j = children.first.get(parent) ?? -1; j !== -1; j = children.next[j]) count++;
    }
    if (count > RELATED_LIMIT) return;
    [this.children, this.relatedParents] = [children, relatedParents];
    const crowdedCounterparts = new Set([...crowded].flatMap((parent) => [...(parents.get(parent) ?? [])]));
    this.isOrphan = {
      from: from.map((item, i) => isEligible.from[i] && !hasCounterpart(parents, item.parent!)),
      to: to.map((item, j) => isEligible.to[j] && !isCounterpart(parents, item.parent!)),
    };
    this.isOrphanPaired = countTrue(this.isOrphan.from) * countTrue(this.isOrphan.to) <= RELATED_LIMIT;
    for (const side of ['from', 'to'] as const) {
      this.isOrphan[side].forEach((orphan, index) => (this.bound[side][index] = orphan && !this.isOrphanPaired ? UNMATCHED_PARENT : MOVED_PARENT));
    }
    from.forEach((item, i) => {
      if (crowded.has(item.parent!)) this.bound.from[i] = 1;
    });
    to.forEach((item, j) => {
      if (crowdedCounterparts.has(item.parent!)) this.bound.to[j] = 1;
    });
  }

  isRelated(i: number, j: number): boolean {
    const parent = this.to[j].parent;
    if (parent === undefined) return false;
    return (this.relatedParents[i]?.has(parent) ?? false) || (this.isOrphanPaired && this.isOrphan.from[i] && this.isOrphan.to[j]);
  }

  /** Each related pair of eligible items, once. */
  forEach(visit: (i: number, j: number) => void): void {
    const children = this.children;
    if (!children) return;
    for (let i = 0; i < this.from.length; i++) {
      for (const parent of this.relatedParents[i] ?? []) for (let j = children.first.get(parent) ?? -1; j !== -1; j = children.next[j]) visit(i, j);
    }
    if (!this.isOrphanPaired) return;
    const orphans = (side: 'from' | 'to') => this.isOrphan[side].flatMap((orphan, index) => (orphan ? [index] : []));
    const orphansTo = orphans('to');
    for (const i of orphans('from')) for (const j of orphansTo) visit(i, j);
  }
}

function countTrue(flags: boolean[]): number {
  return flags.reduce((sum, flag) => sum + (flag ? 1 : 0), 0);
}

/** The `from` parents whose items and their counterparts' items make more than CROWDED_PARENT pairs. */
function crowdedParents(from: DiffItem[], children: ChainedIndex, parents: ParentMap, isEligible: boolean[]): Set<string> {
  const sizes = new Map<string, number>();
  from.forEach((item, i) => {
    if (isEligible[i]) sizes.set(item.parent!, (sizes.get(item.parent!) ?? 0) + 1);
  });
  const crowded = new Set<string>();
  for (const [parent, size] of sizes) {
    let pairs = 0;
    for (const later of parents.get(parent) ?? []) for (let j = children.first.get(later) ?? -1; j !== -1 && pairs <= CROWDED_PARENT; j = children.next[j]) pairs += size;
    if (pairs > CROWDED_PARENT) crowded.add(parent);
  }
  return crowded;
}
