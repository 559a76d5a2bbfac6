import { cosineFromDot, dot, type SparseVector, type VectorStore } from './vectors.js';

/** Bounds are compared with this much slack, so that rounding never drops a pair at the threshold. */
const SLACK = 1e-9;

/**
 * The pairs (an index into `left`, an index into `right`) whose cosine reaches `threshold`, without
 * comparing every pair: prefix filtering (AllPairs, Bayardo, Ma and Srikant 2007), as `similarPairs` in
 * src/text/similarity.ts does within one list, here between two. Tokens are numbered from the most to the
 * least common. A vector's common part is as many of its most common tokens as could not reach the
 * threshold in a product with any vector of the other list; two vectors reaching it share their rarest
 * shared token, and it lies in both rare parts (were it in the common part of either, every shared token
 * would be, and the product would stay below the threshold). So the right list is indexed by its rare
 * parts only, probed with the left list's rare parts, and the exact cosine computed for the pairs met.
 */
export function cosineJoin(store: VectorStore, left: SparseVector[], right: SparseVector[], threshold: number, size: number): [number[], number[]] {
  const plan = planJoin(store, left, right, threshold, size);
  const postings = indexRareParts(store, right, plan.rightRare, size);
  const [leftSquares, rightSquares] = [cumulativeSquares(store, left), cumulativeSquares(store, right)];
  const lastSeenBy = new Int32Array(right.length).fill(-1);
  const pairs: [number[], number[]] = [[], []];
  const limit = threshold - SLACK;
  for (let i = 0; i < left.length; i++) {
    const { end } = left[i];
    for (let position = 0; position < plan.leftRare[i]; position++) {
      const posting = postings[store.tokens[end - 1 - position]];
      if (!posting) continue;
      for (let k = 0; k < posting.items.length; k++) {
        const j = posting.items[k];
        if (lastSeenBy[j] === i) continue;
        lastSeenBy[j] = i;
        // First meeting, at the rarest token the two share: every shared token is this one or more common.
        if (tail(leftSquares, i, position) * tail(rightSquares, j, posting.positions[k]) < limit) continue;
        if (cosineFromDot(dot(store, left[i], right[j]), left[i], right[j]) >= limit) pairs[0].push(i), pairs[1].push(j);
      }
    }
  }
  return pairs;
}

/**
 * An upper bound on the postings `cosineJoin` would visit, computed before doing the work: for each
 * token, the left vectors holding it in their rare part times the right ones.
 */
export function joinWork(store: VectorStore, left: SparseVector[], right: SparseVector[], threshold: number, size: number): number {
  const plan = planJoin(store, left, right, threshold, size);
  const counts = (vectors: SparseVector[], rare: Int32Array): Float64Array => {
    const perToken = new Float64Array(size);
    vectors.forEach(({ end }, index) => {
      for (let position = 0; position < rare[index]; position++) perToken[store.tokens[end - 1 - position]]++;
    });
    return perToken;
  };
  const leftCounts = counts(left, plan.leftRare);
  const rightCounts = counts(right, plan.rightRare);
  let work = 0;
  for (let token = 0; token < size; token++) work += leftCounts[token] * rightCounts[token];
  return work;
}

interface JoinPlan {
  /** per vector, how many of its rarest tokens form its rare part */
  leftRare: Int32Array;
  rightRare: Int32Array;
}

function planJoin(store: VectorStore, left: SparseVector[], right: SparseVector[], threshold: number, size: number): JoinPlan {
  const leftMax = maxWeights(store, left, size);
  const rightMax = maxWeights(store, right, size);
  const limit = threshold - SLACK;
  return {
    leftRare: Int32Array.from(left, (vector) => vector.end - vector.start - commonPartLength(store, vector, rightMax, limit)),
    rightRare: Int32Array.from(right, (vector) => vector.end - vector.start - commonPartLength(store, vector, leftMax, limit)),
  };
}

/** Each token's largest weight in a vector of length 1 among `vectors`. */
function maxWeights({ tokens, counts }: VectorStore, vectors: SparseVector[], size: number): Float64Array {
  const max = new Float64Array(size);
  for (const { start, end, norm } of vectors) {
    if (norm === 0) continue;
    for (let at = start; at < end; at++) max[tokens[at]] = Math.max(max[tokens[at]], counts[at] / norm);
  }
  return max;
}

/** How many of a vector's most common tokens together cannot reach `limit` in a product with the other list. */
function commonPartLength({ tokens, counts }: VectorStore, { start, end, norm }: SparseVector, otherMax: Float64Array, limit: number): number {
  if (norm === 0) return end - start;
  let bound = 0;
  let squares = 0;
  for (let at = start; at < end; at++) {
    const weight = counts[at] / norm;
    bound += weight * otherMax[tokens[at]];
    squares += weight * weight;
    if (Math.min(bound, Math.sqrt(squares)) >= limit) return at - start;
  }
  return end - start;
}

/** Per vector, the running sums of its squared weights (as a unit vector) from its most common token on, all in one array. */
interface Squares {
  sums: Float64Array;
  /** where each vector's sums end (exclusive) */
  ends: Int32Array;
}

function cumulativeSquares({ counts }: VectorStore, vectors: SparseVector[]): Squares {
  const ends = new Int32Array(vectors.length);
  let total = 0;
  vectors.forEach(({ start, end }, index) => (ends[index] = total += end - start));
  const sums = new Float64Array(total);
  let next = 0;
  for (const { start, end, squares } of vectors) {
    let sum = 0;
    for (let at = start; at < end; at++) sums[next++] = sum += (counts[at] * counts[at]) / squares;
  }
  return { sums, ends };
}

/** The length of a unit vector's tokens from `fromRare` (counted from its rare end) to its most common one. */
function tail({ sums, ends }: Squares, index: number, fromRare: number): number {
  return Math.sqrt(sums[ends[index] - 1 - fromRare]) + SLACK;
}

interface Posting {
  items: number[];
  positions: number[];
}

function indexRareParts(store: VectorStore, vectors: SparseVector[], rare: Int32Array, size: number): (Posting | undefined)[] {
  const postings: (Posting | undefined)[] = new Array(size);
  vectors.forEach(({ end }, index) => {
    for (let position = 0; position < rare[index]; position++) {
      const token = store.tokens[end - 1 - position];
      const posting = (postings[token] ??= { items: [], positions: [] });
      posting.items.push(index);
      posting.positions.push(position);
    }
  });
  return postings;
}
