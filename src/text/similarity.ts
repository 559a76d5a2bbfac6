/**
 * Text similarity shared by the near-duplicate checks and the diff matcher.
 *
 * Texts are reduced to word tokens (lower case, accents and punctuation dropped, common English function
 * words removed, a light plural stem), and compared by the cosine of their token-count vectors: 1 for the
 * same words in any order, 0 for no word in common.
 */

import { PAIR_BASE, minhashCandidates } from './minhash.js';

const STOPWORDS = new Set(
  'a an and are as at be by for from has have in into is it its of on or that the their this to was were will with within through including such other all'.split(' '),
);

export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function tokens(text: string): string[] {
  return normalise(text)
    .split(' ')
    .filter((word) => word !== '' && !STOPWORDS.has(word))
    .map(stem);
}

export type TermVector = Map<string, number>;

export function termVector(text: string): TermVector {
  const vector: TermVector = new Map();
  for (const token of tokens(text)) vector.set(token, (vector.get(token) ?? 0) + 1);
  return vector;
}

export function norm(vector: TermVector): number {
  let sum = 0;
  for (const count of vector.values()) sum += count * count;
  return Math.sqrt(sum);
}

export function cosine(a: TermVector, b: TermVector): number {
  const normA = norm(a);
  const normB = norm(b);
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [token, count] of small) dot += count * (large.get(token) ?? 0);
  return dot / (normA * normB);
}

export function similarity(a: string, b: string): number {
  return cosine(termVector(a), termVector(b));
}

export interface SimilarPair {
  left: number;
  right: number;
  score: number;
}

/**
 * Every pair of texts (by index, left < right) whose similarity is at least `threshold`, without comparing
 * all pairs, by prefix filtering (AllPairs, Bayardo, Ma and Srikant 2007; PPJoin, Xiao et al. 2008).
 * Tokens are ordered from the most to the least common. Each text splits its tokens into a common part,
 * as many of its most common tokens as could not reach `threshold` in a product with any other text
 * (their weights times each token's largest weight anywhere, or their length, stays below it), and a
 * rare part. Two texts reaching the threshold share a token in both rare parts: all shared tokens lying
 * in the common part of the text whose common part reaches further would keep their product below the
 * threshold. So each text is indexed, and probes the index, by its rare part only, and the exact cosine
 * is computed for the texts met that way. The result is exactly what comparing every pair gives (see
 * `similarPairsExhaustive`); the cost follows the rare tokens texts share, not the square of their number.
 */
export function similarPairs(texts: readonly string[], threshold: number, options: { method?: JoinMethod } = {}): SimilarPair[] {
  const { vectors, maxWeight } = encode(texts.map(unitWeights));
  const limit = threshold - 1e-12;
  const rareCounts = vectors.map((vector) => vector.tokens.length - commonPartLength(vector, maxWeight, limit));
  const method = options.method ?? (prefixFilterWork(vectors, rareCounts) > EXACT_WORK_BUDGET ? 'minhash' : 'exact');
  if (method === 'minhash') return verified(vectors, minhashCandidates(vectors, threshold), limit);
  // postings[token]: the texts indexed under it, and where the token stands in each, counted from the rare end
  const postings: { texts: number[]; positions: number[] }[] = Array.from({ length: maxWeight.length }, () => ({ texts: [], positions: [] }));
  const squaresUpTo = vectors.map(cumulativeSquares);
  const lastSeenBy = new Int32Array(texts.length).fill(-1);
  const pairs: SimilarPair[] = [];
  for (let right = 0; right < vectors.length; right++) {
    const { tokens } = vectors[right];
    const rareCount = rareCounts[right];
    for (let position = 0; position < rareCount; position++) {
      const { texts: indexed, positions } = postings[tokens[tokens.length - 1 - position]];
      for (let k = 0; k < indexed.length; k++) {
        const left = indexed[k];
        if (lastSeenBy[left] === right) continue;
        lastSeenBy[left] = right;
        // First meeting, at the rarest token the two share: every shared token is this one or more common,
        // so the product is at most the length of the two common-ward tails (Cauchy-Schwarz).
        if (tailLength(squaresUpTo[left], positions[k]) * tailLength(squaresUpTo[right], position) < limit) continue;
        const score = sparseDot(vectors[left], vectors[right]);
        if (score >= limit) pairs.push({ left, right, score: Math.min(1, score) });
      }
    }
    for (let position = 0; position < rareCount; position++) {
      const posting = postings[tokens[tokens.length - 1 - position]];
      posting.texts.push(right);
      posting.positions.push(position);
    }
  }
  return pairs.sort((a, b) => a.left - b.left || a.right - b.right);
}

/**
 * Prefix filtering is exact, but on texts drawn from a small shared vocabulary the texts sharing a rare
 * token still grow with the square of their number. Past this much work (pairs met in the index), the
 * MinHash method takes over.
 */
export const EXACT_WORK_BUDGET = 10_000_000;

export type JoinMethod = 'exact' | 'minhash';

/** How many index entries prefix filtering would visit: per token, the pairs of texts indexed under it. */
function prefixFilterWork(vectors: Encoded[], rareCounts: number[]): number {
  const counts = new Map<number, number>();
  vectors.forEach(({ tokens }, index) => {
    for (let position = 0; position < rareCounts[index]; position++) {
      const token = tokens[tokens.length - 1 - position];
      counts.set(token, (counts.get(token) ?? 0) + 1);
    }
  });
  let work = 0;
  for (const count of counts.values()) work += (count * (count - 1)) / 2;
  return work;
}

/** The candidates (packed pairs, sorted) whose cosine reaches the limit, in order. */
function verified(vectors: Encoded[], candidates: Float64Array, limit: number): SimilarPair[] {
  const pairs: SimilarPair[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const left = Math.floor(candidates[k] / PAIR_BASE);
    const right = candidates[k] - left * PAIR_BASE;
    const score = sparseDot(vectors[left], vectors[right]);
    if (score >= limit) pairs.push({ left, right, score: Math.min(1, score) });
  }
  return pairs;
}

/** A text as token numbers (most common first) and their weights, in typed arrays for fast products. */
interface Encoded {
  tokens: Int32Array;
  weights: Float64Array;
}

/** Running sums of squared weights from the most common token on. */
function cumulativeSquares({ weights }: Encoded): Float64Array {
  const sums = new Float64Array(weights.length);
  let sum = 0;
  for (let index = 0; index < weights.length; index++) sums[index] = sum += weights[index] * weights[index];
  return sums;
}

/** The length of a text's tokens from `fromRare` (counted from the rare end) to its most common one. */
function tailLength(squaresUpTo: Float64Array, fromRare: number): number {
  return Math.sqrt(squaresUpTo[squaresUpTo.length - 1 - fromRare]);
}

/** How many of a text's most common tokens together cannot reach `limit` in a product with any text. */
function commonPartLength({ tokens, weights }: Encoded, maxWeight: Float64Array, limit: number): number {
  let bound = 0;
  let squares = 0;
  for (let length = 0; length < tokens.length; length++) {
    bound += weights[length] * maxWeight[tokens[length]];
    squares += weights[length] * weights[length];
    if (Math.min(bound, Math.sqrt(squares)) >= limit) return length;
  }
  return tokens.length;
}

/** Texts encoded with tokens numbered from the most to the least common, and each token's largest weight. */
function encode(weighted: TermVector[]): { vectors: Encoded[]; maxWeight: Float64Array } {
  const frequency = new Map<string, number>();
  for (const vector of weighted) for (const token of vector.keys()) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const order = [...frequency.keys()].sort((a, b) => frequency.get(b)! - frequency.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const number = new Map(order.map((token, index) => [token, index]));
  const maxWeight = new Float64Array(order.length);
  const vectors = weighted.map((vector) => {
    const entries = [...vector].map(([token, weight]) => [number.get(token)!, weight] as const).sort((a, b) => a[0] - b[0]);
    const tokens = Int32Array.from(entries, ([token]) => token);
    const weights = Float64Array.from(entries, ([, weight]) => weight);
    entries.forEach(([token, weight]) => (maxWeight[token] = Math.max(maxWeight[token], weight)));
    return { tokens, weights };
  });
  return { vectors, maxWeight };
}

/** The dot product of two encoded texts. */
function sparseDot(a: Encoded, b: Encoded): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.tokens.length && j < b.tokens.length; ) {
    if (a.tokens[i] === b.tokens[j]) sum += a.weights[i++] * b.weights[j++];
    else if (a.tokens[i] < b.tokens[j]) i++;
    else j++;
  }
  return sum;
}

/** Token weights scaled to a vector of length 1, so a dot product is the cosine. */
function unitWeights(text: string): TermVector {
  const vector = termVector(text);
  const length = norm(vector);
  if (length === 0) return vector;
  for (const [token, count] of vector) vector.set(token, count / length);
  return vector;
}


/** The reference method: every pair compared. Used by tests to pin that the index misses nothing. */
export function similarPairsExhaustive(texts: readonly string[], threshold: number): SimilarPair[] {
  const { vectors } = encode(texts.map(unitWeights));
  const pairs: SimilarPair[] = [];
  for (let left = 0; left < texts.length; left++) {
    for (let right = left + 1; right < texts.length; right++) {
      const score = sparseDot(vectors[left], vectors[right]);
      if (score > 0 && score >= threshold - 1e-12) pairs.push({ left, right, score: Math.min(1, score) });
    }
  }
  return pairs;
}
