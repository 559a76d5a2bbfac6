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
 * Every pair of texts (by index, left < right) whose similarity is at least `threshold`, found through an
 * inverted index: only texts sharing a token are ever compared, and dot products are accumulated from the
 * postings, so the cost follows the number of shared tokens rather than the square of the number of texts.
 * Two texts with no shared token have similarity 0, so for any threshold above 0 this finds exactly what
 * comparing all pairs finds (see `similarPairsExhaustive`).
 */
export function similarPairs(texts: readonly string[], threshold: number): SimilarPair[] {
  const vectors = texts.map(termVector);
  const norms = vectors.map(norm);
  const postings = new Map<string, { index: number; count: number }[]>();
  vectors.forEach((vector, index) => {
    for (const [token, count] of vector) {
      const list = postings.get(token);
      if (list) list.push({ index, count });
      else postings.set(token, [{ index, count }]);
    }
  });
  const pairs: SimilarPair[] = [];
  vectors.forEach((vector, left) => {
    if (norms[left] === 0) return;
    const dots = new Map<number, number>();
    for (const [token, count] of vector) {
      for (const posting of postings.get(token)!) {
        if (posting.index <= left) continue;
        dots.set(posting.index, (dots.get(posting.index) ?? 0) + count * posting.count);
      }
    }
    for (const [right, dot] of dots) {
      const score = dot / (norms[left] * norms[right]);
      if (score >= threshold - 1e-12) pairs.push({ left, right, score: Math.min(1, score) });
    }
  });
  return pairs.sort((a, b) => a.left - b.left || a.right - b.right);
}

/** The reference method: every pair compared. Used by tests to pin that the index misses nothing. */
export function similarPairsExhaustive(texts: readonly string[], threshold: number): SimilarPair[] {
  const vectors = texts.map(termVector);
  const pairs: SimilarPair[] = [];
  for (let left = 0; left < texts.length; left++) {
    for (let right = left + 1; right < texts.length; right++) {
      const score = cosine(vectors[left], vectors[right]);
      if (score > 0 && score >= threshold - 1e-12) pairs.push({ left, right, score: Math.min(1, score) });
    }
  }
  return pairs;
}
