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
  // ASCII text has no accents to take off, and its letters and digits are [a-z0-9] once in lower case:
  // the same result, without the Unicode work that a large plan would pay for on every text.
  if (isAscii(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Whether a text is plain ASCII, which the tokeniser reads without its Unicode passes. */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function tokens(text: string): string[] {
  return tokensOfNormalised(normalise(text));
}

/** `tokens` of a text that is already normalised. */
function tokensOfNormalised(normalised: string): string[] {
  const words: string[] = [];
  for (const word of normalised.split(' ')) if (word !== '' && !STOPWORDS.has(word)) words.push(stem(word));
  return words;
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
  const pairs: SimilarPair[] = [];
  forEachSimilarPair(encode(texts), threshold, (left, right, score) => pairs.push({ left, right, score: Math.min(1, score) }), options.method);
  return pairs.sort((a, b) => a.left - b.left || a.right - b.right);
}

/** Meets a pair of texts whose similarity reaches the threshold: each such pair is met once, left < right. */
export type PairVisitor = (left: number, right: number, score: number) => void;

/**
 * The search behind `similarPairs`, on encoded texts: every pair at or above `threshold` is handed to
 * `visit` as it is found (by the method that costs least: see `chooseMethod`), none is kept.
 */
export function forEachSimilarPair(encoded: EncodedTexts, threshold: number, visit: PairVisitor, method?: JoinMethod): void {
  const { vectors, maxWeight } = encoded;
  const limit = threshold - 1e-12;
  const rareCounts = vectors.map((vector) => vector.tokens.length - commonPartLength(vector, maxWeight, limit));
  const chosen = method ?? (prefixFilterWork(vectors, rareCounts) > EXACT_WORK_BUDGET ? 'minhash' : 'exact');
  if (chosen === 'minhash') return verify(vectors, minhashCandidates(vectors, threshold), maxWeight.length, limit, visit);
  // postings[token]: the texts indexed under it, and each one's tail length from that token (see below)
  const postings: { texts: number[]; tails: number[] }[] = Array.from({ length: maxWeight.length }, () => ({ texts: [], tails: [] }));
  const lastSeenBy = new Int32Array(vectors.length).fill(-1);
  // the right text's weights spread over a row indexed by token, so that a product is one look-up per token
  const row = new Float64Array(maxWeight.length);
  for (let right = 0; right < vectors.length; right++) {
    const { tokens, weights } = vectors[right];
    const rareCount = rareCounts[right];
    const rightTails = tailLengths(vectors[right]);
    for (let at = 0; at < tokens.length; at++) row[tokens[at]] = weights[at];
    for (let position = 0; position < rareCount; position++) {
      const { texts: indexed, tails: indexedTails } = postings[tokens[tokens.length - 1 - position]];
      const rightTail = rightTails[position];
      for (let k = 0; k < indexed.length; k++) {
        const left = indexed[k];
        if (lastSeenBy[left] === right) continue;
        lastSeenBy[left] = right;
        // First meeting, at the rarest token the two share: every shared token is this one or more common,
        // so the product is at most the length of the two common-ward tails (Cauchy-Schwarz).
        if (indexedTails[k] * rightTail < limit) continue;
        const score = rowDot(row, vectors[left]);
        if (score >= limit) visit(left, right, score);
      }
    }
    for (let at = 0; at < tokens.length; at++) row[tokens[at]] = 0;
    for (let position = 0; position < rareCount; position++) {
      const posting = postings[tokens[tokens.length - 1 - position]];
      posting.texts.push(right);
      posting.tails.push(rightTails[position]);
    }
  }
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

/**
 * Visits the candidates (packed pairs, sorted) whose cosine reaches the limit, in order. Candidates come sorted by
 * their left text, so each left text's weights are spread once over a dense row indexed by token, and each
 * product costs one look-up per token of the right text.
 */
function verify(vectors: Encoded[], candidates: Float64Array, vocabulary: number, limit: number, visit: PairVisitor): void {
  const row = new Float64Array(vocabulary);
  let spread: Encoded | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const left = Math.floor(candidates[k] / PAIR_BASE);
    const right = candidates[k] - left * PAIR_BASE;
    if (spread !== vectors[left]) {
      if (spread) for (const token of spread.tokens) row[token] = 0;
      spread = vectors[left];
      for (let index = 0; index < spread.tokens.length; index++) row[spread.tokens[index]] = spread.weights[index];
    }
    const { tokens, weights } = vectors[right];
    let score = 0;
    for (let index = 0; index < tokens.length; index++) score += row[tokens[index]] * weights[index];
    if (score >= limit) visit(left, right, score);
  }
}

/** A text as token numbers (most common first) and their weights, in typed arrays for fast products. */
export interface Encoded {
  tokens: Int32Array;
  weights: Float64Array;
  /** how often each token occurs in the text */
  counts: Int32Array;
}

/** Texts encoded together (one token numbering), with each token's largest weight in any of them. */
export interface EncodedTexts {
  vectors: Encoded[];
  maxWeight: Float64Array;
}

/**
 * A text's tail lengths: for each position counted from the rare end, the length of its weights from there
 * to its most common token (the square root of their sum of squares).
 */
function tailLengths({ weights }: Encoded): Float64Array {
  const lengths = new Float64Array(weights.length);
  let sum = 0;
  for (let index = 0; index < weights.length; index++) {
    sum += weights[index] * weights[index];
    lengths[weights.length - 1 - index] = Math.sqrt(sum);
  }
  return lengths;
}

/** The dot product of a text with the text spread over `row`: its shared tokens' products, in token order, as `sparseDot` sums them. */
function rowDot(row: Float64Array, { tokens, weights }: Encoded): number {
  let sum = 0;
  for (let index = 0; index < tokens.length; index++) sum += row[tokens[index]] * weights[index];
  return sum;
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

/**
 * Texts encoded with tokens numbered from the most to the least common (ties in word order), weights
 * scaled to a vector of length 1 (so a dot product is the cosine), and each token's largest weight.
 * Words are numbered once as met and renumbered by frequency at the end: no map per text.
 */
export function encode(texts: readonly string[], options: { isNormalised?: boolean } = {}): EncodedTexts {
  const numberOf = new Map<string, number>();
  const words: string[] = [];
  const textFrequency: number[] = [];
  const counted = texts.map((text) => {
    const numbers = Int32Array.from(options.isNormalised ? tokensOfNormalised(text) : tokens(text), (word) => {
      let number = numberOf.get(word);
      if (number === undefined) {
        number = words.push(word) - 1;
        numberOf.set(word, number);
        textFrequency.push(0);
      }
      return number;
    }).sort();
    // runs of one number: the distinct tokens and how often each occurs
    const distinct: number[] = [];
    const counts: number[] = [];
    for (let index = 0; index < numbers.length; index++) {
      if (index > 0 && numbers[index] === numbers[index - 1]) counts[counts.length - 1]++;
      else {
        distinct.push(numbers[index]);
        counts.push(1);
        textFrequency[numbers[index]]++;
      }
    }
    return { distinct, counts };
  });
  const rank = frequencyRanks(words, textFrequency);
  const maxWeight = new Float64Array(words.length);
  const vectors = counted.map(({ distinct, counts }) => {
    let squares = 0;
    for (const count of counts) squares += count * count;
    const length = Math.sqrt(squares);
    const byRank = sortedBy(distinct, rank);
    const tokens = new Int32Array(byRank.length);
    const weights = new Float64Array(byRank.length);
    const ordered = new Int32Array(byRank.length);
    byRank.forEach((index, at) => {
      tokens[at] = rank[distinct[index]];
      ordered[at] = counts[index];
      weights[at] = counts[index] / length;
      if (weights[at] > maxWeight[tokens[at]]) maxWeight[tokens[at]] = weights[at];
    });
    return { tokens, weights, counts: ordered };
  });
  return { vectors, maxWeight };
}

/**
 * Each word's rank when words are ordered from the most to the least frequent, ties in code-unit order of
 * the words: the token numbering of prefix filtering, which wants a text's rarest words last.
 */
export function frequencyRanks(words: readonly string[], frequency: readonly number[]): Int32Array {
  const order = Array.from(words.keys()).sort((a, b) => frequency[b] - frequency[a] || (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : 0));
  const rank = new Int32Array(words.length);
  order.forEach((number, position) => (rank[number] = position));
  return rank;
}

/**
 * The indexes of `numbers` in the order of their ranks (distinct). Most texts have a handful of words,
 * which an insertion sort puts in order fastest; a long text is sorted in n log n.
 */
function sortedBy(numbers: readonly number[], rank: Int32Array): Int32Array {
  const order = new Int32Array(numbers.length);
  for (let index = 0; index < order.length; index++) order[index] = index;
  if (order.length > 32) return order.sort((a, b) => rank[numbers[a]] - rank[numbers[b]]);
  for (let index = 1; index < order.length; index++) {
    const moving = order[index];
    const key = rank[numbers[moving]];
    let at = index;
    for (; at > 0 && rank[numbers[order[at - 1]]] > key; at--) order[at] = order[at - 1];
    order[at] = moving;
  }
  return order;
}

/** The dot product of two encoded texts. */
export function sparseDot(a: Encoded, b: Encoded): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.tokens.length && j < b.tokens.length; ) {
    if (a.tokens[i] === b.tokens[j]) sum += a.weights[i++] * b.weights[j++];
    else if (a.tokens[i] < b.tokens[j]) i++;
    else j++;
  }
  return sum;
}

/** The reference method: every pair compared. Used by tests to pin that the index misses nothing. */
export function similarPairsExhaustive(texts: readonly string[], threshold: number): SimilarPair[] {
  const { vectors } = encode(texts);
  const pairs: SimilarPair[] = [];
  for (let left = 0; left < texts.length; left++) {
    for (let right = left + 1; right < texts.length; right++) {
      const score = sparseDot(vectors[left], vectors[right]);
      if (score > 0 && score >= threshold - 1e-12) pairs.push({ left, right, score: Math.min(1, score) });
    }
  }
  return pairs;
}
