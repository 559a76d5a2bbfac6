/**
 * Candidate pairs by MinHash locality-sensitive hashing, for lists of texts too large for exact prefix
 * filtering. Each text's token set gets `bands × ROWS` MinHash values; two texts whose values agree on
 * all rows of some band become a candidate, and the caller computes their exact cosine. Two sets with
 * Jaccard similarity J become candidates with probability 1 − (1 − J^ROWS)^bands.
 *
 * For token sets, a cosine of at least t implies a Jaccard similarity of at least t² (reached when one
 * text's words are all in the other), so the bands are chosen to meet pairs at J = t² with probability
 * TARGET_RECALL, within MAX_BANDS. Five rows a band keep pairs that merely share a theme (J ≈ 0.1 to 0.3,
 * common in a large plan) from becoming candidates. That is the recall trade-off: at the default
 * threshold 0.75 a pair just above it (J ≈ 0.56) is met with probability 0.94, one at J = 0.6 with 0.98,
 * and a near-copy (one word changed in ten, J ≈ 0.8) practically always. The hash functions are seeded,
 * so results are the same on every run.
 */

const ROWS = 5;
const MAX_BANDS = 48;
const TARGET_RECALL = 0.95;

export interface TokenLists {
  tokens: Int32Array;
}

export function bandsFor(threshold: number): number {
  const jaccard = threshold * threshold;
  const perBand = jaccard ** ROWS;
  if (perBand >= 1) return 1;
  return Math.min(MAX_BANDS, Math.max(4, Math.ceil(Math.log(1 - TARGET_RECALL) / Math.log(1 - perBand))));
}

/** Pairs [left, right], left < right, that share a band; each pair once, in order. */
export function minhashCandidates(texts: readonly TokenLists[], threshold: number): [number, number][] {
  const bands = bandsFor(threshold);
  const seeds = Int32Array.from({ length: bands * ROWS }, (_, index) => mix(index * 0x9e3779b1 + 0x7f4a7c15));
  const hashes = hashTable(texts, seeds);
  const count = texts.length;
  if (count >= TEXT_LIMIT) throw new RangeError(`MinHash candidates: more than ${TEXT_LIMIT} texts`);
  // per band, each text's band key (30 bits) and number (up to 2^20 texts), packed to sort together
  const keyed = Array.from({ length: bands }, () => new Float64Array(count));
  const signature = new Int32Array(seeds.length);
  texts.forEach(({ tokens }, index) => {
    signature.fill(0x7fffffff);
    for (const token of tokens) {
      const row = token * seeds.length;
      for (let k = 0; k < signature.length; k++) if (hashes[row + k] < signature[k]) signature[k] = hashes[row + k];
    }
    for (let band = 0; band < bands; band++) {
      let key = band;
      for (let row = 0; row < ROWS; row++) key = mix(key ^ signature[band * ROWS + row]);
      // an empty text gets a key of its own, so it never meets another
      keyed[band][index] = (tokens.length === 0 ? 0x40000000 + index : key & 0x3fffffff) * TEXT_LIMIT + index;
    }
  });
  const found: number[] = [];
  for (const band of keyed) {
    band.sort();
    for (let start = 0; start < count; ) {
      let end = start + 1;
      const key = Math.floor(band[start] / TEXT_LIMIT);
      while (end < count && Math.floor(band[end] / TEXT_LIMIT) === key) end++;
      for (let i = start; i < end; i++) {
        for (let j = i + 1; j < end; j++) found.push((band[i] % TEXT_LIMIT) * TEXT_LIMIT + (band[j] % TEXT_LIMIT));
      }
      start = end;
    }
  }
  const unique = Float64Array.from(found).sort();
  const pairs: [number, number][] = [];
  for (let i = 0; i < unique.length; i++) {
    if (i > 0 && unique[i] === unique[i - 1]) continue;
    pairs.push([Math.floor(unique[i] / TEXT_LIMIT), unique[i] % TEXT_LIMIT]);
  }
  return pairs;
}

/** Texts are numbered below this in packed keys. */
const TEXT_LIMIT = 2 ** 20;

/** Every token's value under every hash function, computed once: plan vocabularies are small. */
function hashTable(texts: readonly TokenLists[], seeds: Int32Array): Int32Array {
  let vocabulary = 0;
  for (const { tokens } of texts) for (const token of tokens) vocabulary = Math.max(vocabulary, token + 1);
  const table = new Int32Array(vocabulary * seeds.length);
  for (let token = 0; token < vocabulary; token++) {
    for (let k = 0; k < seeds.length; k++) table[token * seeds.length + k] = mix(token ^ seeds[k]) & 0x7fffffff;
  }
  return table;
}

/** MurmurHash3's 32-bit finaliser: a fast, well-mixed hash of an integer. */
function mix(value: number): number {
  let hash = value | 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash;
}
