import { frequencyRanks } from '../text/similarity.js';
import { exactText, LABEL_WEIGHT, wordStems } from './text.js';
import type { DiffItem } from './types.js';

/**
 * A word vector: its tokens and their counts, sorted by token, in the arrays of its `VectorStore` from
 * `start` to `end`. Tokens are numbered from the most to the least common over both plans, so a
 * vector's rarest words come last (what prefix filtering needs).
 */
export interface SparseVector {
  start: number;
  end: number;
  /** the same value as `norm` of src/text/similarity.ts: the square root of the sum of squared counts */
  norm: number;
  /** the sum of squared counts */
  squares: number;
  /** equal for two vectors exactly when they point the same way (cosine 1); -1 for no words */
  key: number;
}

/** All word vectors of one entity's two plans in two arrays (one object per text would cost several times more memory). */
export interface VectorStore {
  tokens: Int32Array;
  /** integers */
  counts: Int32Array;
}

/** An item's texts encoded; texts the item shares (a result's label, core and full text) share one vector. */
export interface EncodedText {
  label: SparseVector;
  core: SparseVector;
  full: SparseVector;
  /** the normalised core text as a number, equal for equal texts; -1 for an empty text */
  exact: number;
}

/** The texts of an item: its label, its core text, everything. */
export type VectorKind = 'core' | 'full' | 'label';

/** Both plans' items of one entity, encoded over one numbering of their words. */
export interface EncodedPair {
  from: EncodedText[];
  to: EncodedText[];
  store: VectorStore;
  /** how many tokens there are */
  size: number;
}

export function encodeItems(from: DiffItem[], to: DiffItem[]): EncodedPair {
  // Each distinct text is read once, into a vector numbered by stems in order of first sight; once all
  // are read, the stems are renumbered by frequency, in place.
  const stemNumbers = new Map<string, number>();
  const stems: string[] = [];
  const frequency: number[] = [];
  const all = { tokens: new Int32Array(1 << 16), counts: new Int32Array(1 << 16), length: 0 };
  const vectors = new Map<string, SparseVector>();
  const scratch: number[] = [];
  const vectorOf = (text: string): SparseVector => {
    let vector = vectors.get(text);
    if (vector) return vector;
    scratch.length = 0;
    for (const stem of wordStems(text)) {
      let number = stemNumbers.get(stem);
      if (number === undefined) stemNumbers.set(stem, (number = stems.push(stem) - 1)), frequency.push(0);
      scratch.push(number);
    }
    vector = countTokens(scratch, all);
    for (let at = vector.start; at < vector.end; at++) frequency[all.tokens[at]]++;
    vectors.set(text, vector);
    return vector;
  };
  // exact texts numbered through a hash of the normalised text, the texts themselves compared only when two hashes meet
  const exacts = new Map<string, number>();
  const byHash = new Map<number, { core: string; number: number }[]>();
  const exactOf = (core: string): number => {
    let number = exacts.get(core);
    if (number !== undefined) return number;
    const hash = exactHash(core);
    if (hash === -1) number = -1;
    else {
      const seen = byHash.get(hash) ?? [];
      number = seen.find((other) => exactText(other.core) === exactText(core))?.number ?? exacts.size;
      if (number === exacts.size) byHash.set(hash, [...seen, { core, number }]);
    }
    exacts.set(core, number);
    return number;
  };
  const encode = (items: DiffItem[]): EncodedText[] =>
    items.map(({ texts }) => ({ label: vectorOf(texts.label), core: vectorOf(texts.core), full: vectorOf(texts.full), exact: exactOf(texts.core) }));
  const [encodedFrom, encodedTo] = [encode(from), encode(to)];
  const rank = frequencyRanks(stems, frequency);
  const store = { tokens: all.tokens.subarray(0, all.length), counts: all.counts.subarray(0, all.length) };
  for (let at = 0; at < store.tokens.length; at++) store.tokens[at] = rank[store.tokens[at]];
  const keys = new Map<string, number>();
  for (const vector of vectors.values()) {
    sortByToken(store, vector);
    const key = directionKey(store, vector);
    vector.key = key === '' ? -1 : (keys.get(key) ?? keys.set(key, keys.size).size - 1);
  }
  return { from: encodedFrom, to: encodedTo, store, size: stems.length };
}

/**
 * A 32-bit hash (FNV-1a) of `exactText(text)`, or -1 for an empty one; for plain ASCII read straight from
 * the text: letters in lower case, each run of other characters one space, none at either end.
 */
function exactHash(text: string, isNormalised = false): number {
  let hash = 0x811c9dc5;
  let isEmpty = true;
  let isSpacePending = false;
  for (let at = 0; at < text.length; at++) {
    let code = text.charCodeAt(at);
    if (code > 127 && !isNormalised) return exactHash(exactText(text), true);
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127) {
      if (isSpacePending && !isEmpty) hash = Math.imul(hash ^ 32, 16777619);
      hash = Math.imul(hash ^ code, 16777619);
      isEmpty = false;
      isSpacePending = false;
    } else isSpacePending = true;
  }
  return isEmpty ? -1 : hash >>> 1;
}

/** Appends token numbers (with repeats) as distinct tokens and their counts, in order of first sight. */
function countTokens(numbers: number[], all: { tokens: Int32Array; counts: Int32Array; length: number }): SparseVector {
  if (all.length + numbers.length > all.tokens.length) {
    const size = Math.max(2 * all.tokens.length, all.length + numbers.length);
    for (const name of ['tokens', 'counts'] as const) {
      const grown = new Int32Array(size);
      grown.set(all[name].subarray(0, all.length));
      all[name] = grown;
    }
  }
  const { tokens, counts } = all;
  const start = all.length;
  const positions = numbers.length > 64 ? new Map<number, number>() : undefined;
  for (const number of numbers) {
    let at = positions?.get(number) ?? -1;
    if (!positions) for (let look = start; look < all.length && at === -1; look++) if (tokens[look] === number) at = look;
    if (at === -1) {
      at = all.length++;
      tokens[at] = number;
      counts[at] = 0;
      positions?.set(number, at);
    }
    counts[at]++;
  }
  let squares = 0;
  // summed in order of first sight, as `norm` sums a word vector (sums of integer squares are exact in any order anyway)
  for (let at = start; at < all.length; at++) squares += counts[at] * counts[at];
  return { start, end: all.length, norm: Math.sqrt(squares), squares, key: -1 };
}

/** Sorts a vector's tokens, with their counts: insertion sort for the short vectors of plan texts, else through an index. */
function sortByToken({ tokens, counts }: VectorStore, { start, end }: SparseVector): void {
  if (end - start > 32) {
    const order = Array.from({ length: end - start }, (_, index) => start + index).sort((a, b) => tokens[a] - tokens[b]);
    const [sortedTokens, sortedCounts] = [Int32Array.from(order, (at) => tokens[at]), Int32Array.from(order, (at) => counts[at])];
    tokens.set(sortedTokens, start);
    counts.set(sortedCounts, start);
    return;
  }
  for (let next = start + 1; next < end; next++) {
    const token = tokens[next];
    const count = counts[next];
    let at = next;
    for (; at > start && tokens[at - 1] > token; at--) {
      tokens[at] = tokens[at - 1];
      counts[at] = counts[at - 1];
    }
    tokens[at] = token;
    counts[at] = count;
  }
}

/** The dot product of two vectors' counts (an integer, so exact whatever the order of the sum). */
export function dot({ tokens, counts }: VectorStore, a: SparseVector, b: SparseVector): number {
  let sum = 0;
  for (let i = a.start, j = b.start; i < a.end && j < b.end; ) {
    if (tokens[i] === tokens[j]) sum += counts[i++] * counts[j++];
    else if (tokens[i] < tokens[j]) i++;
    else j++;
  }
  return sum;
}

/** `cosine` of src/text/similarity.ts from a dot product, to the last bit: `a` is the `from` side. */
export function cosineFromDot(product: number, a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  return product / (a.norm * b.norm);
}

/** `textScore` of src/diff/text.ts on encoded texts, to the last bit (`a` is the `from` side). */
export function encodedTextScore(store: VectorStore, a: EncodedText, b: EncodedText): number {
  if (a.exact !== -1 && a.exact === b.exact) return 1;
  const core = cosineFromDot(dot(store, a.core, b.core), a.core, b.core);
  const full = a.full === a.core && b.full === b.core ? core : cosineFromDot(dot(store, a.full, b.full), a.full, b.full);
  const label = a.label === a.core && b.label === b.core ? core : cosineFromDot(dot(store, a.label, b.label), a.label, b.label);
  return Math.min(1, Math.max(core, full, LABEL_WEIGHT * label));
}

/** A key equal for two vectors exactly when they point the same way (cosine 1): counts divided by their gcd. */
function directionKey({ tokens, counts }: VectorStore, { start, end }: SparseVector): string {
  let divisor = 0;
  let isEven = true;
  for (let at = start; at < end; at++) {
    divisor = gcd(divisor, counts[at]);
    isEven &&= counts[at] === counts[start];
  }
  const words = tokens.subarray(start, end).join(',');
  return isEven ? words : `${words};${Array.from(counts.subarray(start, end), (count) => count / divisor).join(',')}`;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
