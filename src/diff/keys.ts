import type { DiffItem } from './types.js';
import type { EncodedPair, EncodedText } from './vectors.js';

/**
 * Pairs sharing a key: the same id, the same exact text, the same words (text score 1, core or full).
 * Such pairs are always scored; a pair sharing none of these keys scores below 1 on its text.
 */
export class PairKeys {
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

  /** Each keyed pair of eligible items, once. */
  forEach(isEligible: { from: boolean[]; to: boolean[] }, visit: (i: number, j: number) => void): void {
    const byId = chainedIndex(this.to.length, (j) => (isEligible.to[j] ? this.to[j].id : undefined));
    // the other keys are numbers from 0 (-1: no key); where every full text is the core text, the core key says it all
    const numberKeys: ((text: EncodedText) => number)[] = [(text) => text.exact, (text) => text.core.key];
    if (this.hasFull) numberKeys.push((text) => text.full.key);
    const byNumber = numberKeys.map((keyOf) => chainedIndex(this.to.length, (j) => (isEligible.to[j] && keyOf(this.encoded.to[j]) !== -1 ? keyOf(this.encoded.to[j]) : undefined)));
    const partners: number[] = [];
    const add = ({ first, next }: ChainedIndex, key: string | number) => {
      for (let j = first.get(key) ?? -1; j !== -1; j = next[j]) if (!partners.includes(j)) partners.push(j);
    };
    for (let i = 0; i < this.from.length; i++) {
      if (!isEligible.from[i]) continue;
      partners.length = 0;
      add(byId, this.from[i].id);
      numberKeys.forEach((keyOf, kind) => add(byNumber[kind], keyOf(this.encoded.from[i])));
      for (const j of partners) visit(i, j);
    }
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
