/**
 * Text similarity shared by the near-duplicate checks and the diff matcher.
 *
 * Texts are reduced to word tokens (lower case, accents and punctuation dropped, common English function
 * words removed, a light plural stem), and compared by the cosine of their token-count vectors: 1 for the
 * same words in any order, 0 for no word in common.
 */

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
 * all pairs. It follows the AllPairs method (Bayardo, Ma and Srikant, 2007): tokens are ordered from the
 * most to the least common; each text leaves its most common tokens out of the inverted index for as long
 * as they could add up to less than `threshold` in a dot product with any other text (bounded by each
 * token's largest weight anywhere). A pair reaching the threshold must then share an indexed token, so
 * probing the index with every token of a text finds all of them, and the exact cosine is computed for
 * those candidates only. The result is exactly what comparing every pair gives (see
 * `similarPairsExhaustive`); the cost follows the rare tokens texts share, not the square of their number,
 * because words common to the whole plan ("telecommunication", "ITU") are never indexed.
 */
export function similarPairs(texts: readonly string[], threshold: number): SimilarPair[] {
  const weighted = texts.map(unitWeights);
  const frequency = new Map<string, number>();
  const maxWeight = new Map<string, number>();
  for (const vector of weighted) {
    for (const [token, weight] of vector) {
      frequency.set(token, (frequency.get(token) ?? 0) + 1);
      maxWeight.set(token, Math.max(maxWeight.get(token) ?? 0, weight));
    }
  }
  const byCommonness = (a: [string, number], b: [string, number]): number =>
    frequency.get(b[0])! - frequency.get(a[0])! || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const postings = new Map<string, { index: number; weight: number }[]>();
  weighted.forEach((vector, index) => {
    let bound = 0;
    for (const [token, weight] of [...vector].sort(byCommonness)) {
      bound += weight * maxWeight.get(token)!;
      if (bound < threshold - 1e-12) continue;
      const list = postings.get(token);
      if (list) list.push({ index, weight });
      else postings.set(token, [{ index, weight }]);
    }
  });
  const pairs: SimilarPair[] = [];
  weighted.forEach((vector, right) => {
    const candidates = new Set<number>();
    for (const token of vector.keys()) {
      for (const posting of postings.get(token) ?? []) if (posting.index < right) candidates.add(posting.index);
    }
    for (const left of candidates) {
      const score = dot(weighted[left], vector);
      if (score >= threshold - 1e-12) pairs.push({ left, right, score: Math.min(1, score) });
    }
  });
  return pairs.sort((a, b) => a.left - b.left || a.right - b.right);
}

/** Token weights scaled to a vector of length 1, so a dot product is the cosine. */
function unitWeights(text: string): TermVector {
  const vector = termVector(text);
  const length = norm(vector);
  if (length === 0) return vector;
  for (const [token, count] of vector) vector.set(token, count / length);
  return vector;
}

function dot(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [token, weight] of small) sum += weight * (large.get(token) ?? 0);
  return sum;
}

/** The reference method: every pair compared. Used by tests to pin that the index misses nothing. */
export function similarPairsExhaustive(texts: readonly string[], threshold: number): SimilarPair[] {
  const weighted = texts.map(unitWeights);
  const pairs: SimilarPair[] = [];
  for (let left = 0; left < texts.length; left++) {
    for (let right = left + 1; right < texts.length; right++) {
      const score = dot(weighted[left], weighted[right]);
      if (score > 0 && score >= threshold - 1e-12) pairs.push({ left, right, score: Math.min(1, score) });
    }
  }
  return pairs;
}
