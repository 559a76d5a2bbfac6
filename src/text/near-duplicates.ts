/**
 * Near-duplicates as the similar-* checks report them: one finding per text at most, naming the earlier
 * text it is most similar to. Reporting every pair instead would let a crowd of look-alike texts (a
 * hundred thousand outputs drawn from ten words) produce billions of findings; one per text keeps the
 * report, and the work, in proportion to the plan.
 *
 * Texts with the same normalised text are one text here (the duplicate checks report them as a group): only
 * the first of them is compared, and named. Texts whose words occur in the same proportions (the same
 * words in another order, say) have similarity 1 with each other, so each is paired with the first of
 * them without a search; the search runs once per such "direction", among the first texts of each.
 */
import { encode, forEachSimilarPair, normalise, sparseDot, type Encoded, type EncodedTexts, type JoinMethod } from './similarity.js';

export interface NearestEarlier {
  /** per text, the earlier text it is most similar to (ties: the earliest), or -1 */
  partner: Int32Array;
  /** per text, that similarity (0 where there is no partner) */
  score: Float64Array;
}

/** How the directions are searched: the pair search's own methods, or every pair at once over a dense matrix. */
export type SearchMethod = JoinMethod | 'dense';

/** Scores this close are one score, whichever way they were summed: the tie goes to the earlier text. */
const TIE = 1e-9;
/** At most this many distinct words: texts are compared in a dense matrix, every pair (no index helps). */
export const DENSE_VOCABULARY = 64;

/**
 * For each text that is the first of its normalised text, the earlier such text it is most similar to,
 * at or above `threshold` (texts sharing no word are never similar).
 */
export function nearestEarlier(texts: readonly string[], threshold: number, options: { method?: SearchMethod } = {}): NearestEarlier {
  const partner = new Int32Array(texts.length).fill(-1);
  const score = new Float64Array(texts.length);
  const { firsts, normalised } = firstOfEachText(texts);
  const encoded = encode(normalised, { isNormalised: true });
  const leaderOf = directionLeaders(encoded);
  const leaders: number[] = [];
  leaderOf.forEach((leader, at) => {
    if (leader === at) leaders.push(at);
    else if (leader >= 0) {
      partner[firsts[at]] = firsts[leader];
      score[firsts[at]] = 1;
    }
  });
  const best = bestEarlier({ vectors: leaders.map((at) => encoded.vectors[at]), maxWeight: encoded.maxWeight }, threshold, options.method);
  leaders.forEach((at, position) => {
    if (best.partner[position] < 0) return;
    partner[firsts[at]] = firsts[leaders[best.partner[position]]];
    score[firsts[at]] = best.score[position];
  });
  return { partner, score };
}

/** The indexes of the texts that are the first with their normalised text, in order, and those normalised texts. */
function firstOfEachText(texts: readonly string[]): { firsts: number[]; normalised: string[] } {
  const seen = new Set<string>();
  const firsts: number[] = [];
  const normalised: string[] = [];
  texts.forEach((text, index) => {
    const key = normalise(text);
    if (seen.has(key)) return;
    seen.add(key);
    firsts.push(index);
    normalised.push(key);
  });
  return { firsts, normalised };
}

/**
 * Per encoded text, the first text with the same direction (its words' counts divided by their greatest
 * common divisor); -1 for a text without words, which is similar to nothing.
 */
function directionLeaders({ vectors }: EncodedTexts): Int32Array {
  const leaderOf = new Int32Array(vectors.length).fill(-1);
  // by a hash of the direction; texts whose hashes meet are compared before they are taken for one direction
  const leadersByHash = new Map<number, number[]>();
  vectors.forEach((vector, index) => {
    if (vector.tokens.length === 0) return;
    const hash = directionHash(vector);
    const leaders = leadersByHash.get(hash);
    const leader = leaders?.find((candidate) => isSameDirection(vectors[candidate], vector));
    if (leader === undefined) {
      if (leaders) leaders.push(index);
      else leadersByHash.set(hash, [index]);
    }
    leaderOf[index] = leader ?? index;
  });
  return leaderOf;
}

function divisorOf(counts: Int32Array): number {
  let divisor = counts[0];
  for (let at = 1; at < counts.length; at++) divisor = gcd(divisor, counts[at]);
  return divisor;
}

function directionHash({ tokens, counts }: Encoded): number {
  const divisor = divisorOf(counts);
  let hash = 0x811c9dc5;
  for (let at = 0; at < tokens.length; at++) hash = Math.imul(Math.imul(hash ^ tokens[at], 0x01000193) ^ (counts[at] / divisor), 0x01000193);
  return hash;
}

function isSameDirection(a: Encoded, b: Encoded): boolean {
  if (a.tokens.length !== b.tokens.length) return false;
  const [divisorA, divisorB] = [divisorOf(a.counts), divisorOf(b.counts)];
  for (let at = 0; at < a.tokens.length; at++) if (a.tokens[at] !== b.tokens[at] || a.counts[at] / divisorA !== b.counts[at] / divisorB) return false;
  return true;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Per text, its best earlier partner at or above the threshold (ties: the earliest), by the cheapest method. */
function bestEarlier(encoded: EncodedTexts, threshold: number, method?: SearchMethod): NearestEarlier {
  const count = encoded.vectors.length;
  const partner = new Int32Array(count).fill(-1);
  const score = new Float64Array(count);
  const visit = (left: number, right: number, value: number): void => {
    if (value <= 0) return;
    const current = partner[right];
    if (current < 0 || value > score[right] + TIE || (value >= score[right] - TIE && left < current)) {
      partner[right] = left;
      score[right] = Math.min(1, value);
    }
  };
  const chosen = method ?? (encoded.maxWeight.length <= DENSE_VOCABULARY ? 'dense' : undefined);
  if (chosen === 'dense') forEachPairDensely(encoded, threshold, visit);
  else forEachSimilarPair(encoded, threshold, visit, chosen);
  return { partner, score };
}

/**
 * Every pair, over a dense matrix of the texts' weights: for a small vocabulary, where every word is
 * common and no index narrows the search. One column per word, so that a text's products with all
 * earlier texts are a few passes over contiguous arrays. The products are summed in the order
 * `sparseDot` sums them, so the scores are the same to the last bit.
 */
function forEachPairDensely({ vectors, maxWeight }: EncodedTexts, threshold: number, visit: (left: number, right: number, score: number) => void): void {
  const limit = threshold - 1e-12;
  const columns = Array.from({ length: maxWeight.length }, () => new Float64Array(vectors.length));
  vectors.forEach(({ tokens, weights }, index) => {
    for (let at = 0; at < tokens.length; at++) columns[tokens[at]][index] = weights[at];
  });
  const dots = new Float64Array(vectors.length);
  for (let right = 1; right < vectors.length; right++) {
    const { tokens, weights } = vectors[right];
    dots.fill(0, 0, right);
    for (let at = 0; at < tokens.length; at++) {
      const column = columns[tokens[at]];
      const weight = weights[at];
      for (let left = 0; left < right; left++) dots[left] += column[left] * weight;
    }
    for (let left = 0; left < right; left++) if (dots[left] > 0 && dots[left] >= limit) visit(left, right, dots[left]);
  }
}

/** The reference: every pair of first texts compared. Used by tests to pin what the search must find. */
export function nearestEarlierExhaustive(texts: readonly string[], threshold: number): NearestEarlier {
  const partner = new Int32Array(texts.length).fill(-1);
  const score = new Float64Array(texts.length);
  const { firsts } = firstOfEachText(texts);
  const { vectors } = encode(firsts.map((index) => texts[index]));
  for (let right = 0; right < firsts.length; right++) {
    for (let left = 0; left < right; left++) {
      const value = sparseDot(vectors[left], vectors[right]);
      const current = score[firsts[right]];
      if (value > 0 && value >= threshold - 1e-12 && (partner[firsts[right]] < 0 || value > current + TIE)) {
        partner[firsts[right]] = firsts[left];
        score[firsts[right]] = Math.min(1, value);
      }
    }
  }
  return { partner, score };
}
