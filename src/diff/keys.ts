import type { DiffItem } from './types.js';
import type { EncodedPair, EncodedText } from './vectors.js';

/**
 * A key (exact text, words) shared by items whose pairs would be more than this: its items are paired by
 * their rank among the key's items (the first with the first, ...), not each with each. Ten thousand copies
 * of one text in both plans would otherwise make a hundred million pairs of one score, which the greedy
 * assignment takes in plan order anyway (see docs/diff.md, Limits).
 */
export const CROWDED_KEY = 10_000;

/**
 * Pairs sharing a key: the same id, the same exact text, the same words (text score 1, core or full).
 * Such pairs are always scored (a crowded key's, by rank); a pair sharing none of these keys scores below
 * 1 on its text.
 */
export class PairKeys {
  /** whether some key was crowded, so that its items were paired by rank only */
  isBounded = false;

  constructor(
    private readonly from: DiffItem[],
    private readonly to: DiffItem[],
    private readonly encoded: EncodedPair,
    private readonly hasFull: boolean,
  ) {}

  isKeyed(i: number, j: number): boolean {
    const a = this.encoded.from[i];
    const b = this.encoded.to[j];
    return (
      this.from[i].id === this.to[j].id ||
      (a.exact !== -1 && a.exact === b.exact) ||
      (a.core.key !== -1 && a.core.key === b.core.key) ||
      (this.hasFull && a.full.key !== -1 && a.full.key === b.full.key)
    );
  }

  /** Each keyed pair of eligible items, once (of a crowded key, the pairs of equal rank). */
  forEach(isEligible: { from: boolean[]; to: boolean[] }, visit: (i: number, j: number) => void): void {
    const byId = chainedIndex(this.to.length, (j) => (isEligible.to[j] ? this.to[j].id : undefined));
    // the other keys are numbers from 0 (-1: no key); where every full text is the core text, the core key says it all
    const numberKeys: ((text: EncodedText) => number)[] = [(text) => text.exact, (text) => text.core.key];
    if (this.hasFull) numberKeys.push((text) => text.full.key);
    const keyOn = (side: 'from' | 'to', keyOf: (text: EncodedText) => number) => (index: number) =>
      isEligible[side][index] && keyOf(this.encoded[side][index]) !== -1 ? keyOf(this.encoded[side][index]) : undefined;
    const byNumber = numberKeys.map((keyOf) => chainedIndex(this.to.length, keyOn('to', keyOf)));
    const ranks = numberKeys.map((keyOf, kind) => this.crowdedRanks(keyOn('from', keyOf), keyOn('to', keyOf), byNumber[kind]));
    const partners = new Set<number>();
    const add = ({ first, next }: ChainedIndex, key: string | number) => {
      for (let j = first.get(key) ?? -1; j !== -1; j = next[j]) partners.add(j);
    };
    for (let i = 0; i < this.from.length; i++) {
      if (!isEligible.from[i]) continue;
      partners.clear();
      add(byId, this.from[i].id);
      numberKeys.forEach((keyOf, kind) => {
        const key = keyOf(this.encoded.from[i]);
        const crowded = ranks[kind].get(key);
        if (crowded === undefined) add(byNumber[kind], key);
        else {
          const j = crowded.to[crowded.rankOf.get(i)!];
          if (j !== undefined) partners.add(j);
        }
      });
      for (const j of partners) visit(i, j);
    }
  }

  /** The keys whose items would make more than CROWDED_KEY pairs: their `to` items in order, and each `from` item's rank. */
  private crowdedRanks(
    fromKey: (i: number) => number | undefined,
    toKey: (j: number) => number | undefined,
    toIndex: ChainedIndex,
  ): Map<number, { to: number[]; rankOf: Map<number, number> }> {
    const fromCounts = new Map<number, number[]>();
    for (let i = 0; i < this.from.length; i++) {
      const key = fromKey(i);
      if (key === undefined) continue;
      const items = fromCounts.get(key);
      if (items) items.push(i);
      else fromCounts.set(key, [i]);
    }
    const crowded = new Map<number, { to: number[]; rankOf: Map<number, number> }>();
    for (const [key, items] of fromCounts) {
      if (items.length < 2) continue;
      const to: number[] = [];
      for (let j = toIndex.first.get(key) ?? -1; j !== -1; j = toIndex.next[j]) if (toKey(j) === key) to.push(j);
      if (items.length * to.length <= CROWDED_KEY) continue;
      crowded.set(key, { to, rankOf: new Map(items.map((i, rank) => [i, rank])) });
      this.isBounded = true;
    }
    return crowded;
  }
}

/** Items by a key, without a list per key: the first item with each key, and for each item the next one with the same key (-1 at the end). */
export interface ChainedIndex {
  first: Map<string | number, number>;
  next: Int32Array;
}

export function chainedIndex(size: number, keyOf: (index: number) => string | number | undefined): ChainedIndex {
  const first = new Map<string | number, number>();
  const next = new Int32Array(size).fill(-1);
  for (let index = size - 1; index >= 0; index--) {
    const key = keyOf(index);
    if (key === undefined) continue;
    next[index] = first.get(key) ?? -1;
    first.set(key, index);
  }
  return { first, next };
}
