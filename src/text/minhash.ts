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

/**
 * The pairs of texts that share a band, each once, packed as `left × PAIR_BASE + right` (left < right) and
 * sorted, so in order of `left`, then `right`. Packed numbers in a typed array rather than a tuple per
 * pair: a large plan has hundreds of thousands of candidates, and the collector would pay for each tuple.
 */
export function minhashCandidates(texts: readonly TokenLists[], threshold: number): Float64Array {
  const bands = bandsFor(threshold);
  const width = bands * ROWS;
  const seeds = Int32Array.from({ length: width }, (_, index) => mix(index * 0x9e3779b1 + 0x7f4a7c15));
  const count = texts.length;
  if (count >= PAIR_BASE) throw new RangeError(`MinHash candidates: ${count} texts; at most ${PAIR_BASE - 1} can be packed in pairs`);
  const hashes = hashTable(texts, seeds);
  // per band, each text's band key (30 bits) and number (up to 2^20 texts), packed to sort together
  const keyed = Array.from({ length: bands }, () => new Float64Array(count));
  const signature = new Int32Array(width);
  for (let index = 0; index < count; index++) {
    const { tokens } = texts[index];
    signature.fill(0x7fffffff);
    for (let position = 0; position < tokens.length; position++) {
      const row = tokens[position] * width;
      for (let k = 0; k < width; k++) {
        const hash = hashes[row + k];
        if (hash < signature[k]) signature[k] = hash;
      }
    }
    for (let band = 0; band < bands; band++) {
      let key = band;
      for (let row = 0; row < ROWS; row++) key = mix(key ^ signature[band * ROWS + row]);
      // an empty text gets a key of its own, so it never meets another
      keyed[band][index] = (tokens.length === 0 ? 0x40000000 + index : key & 0x3fffffff) * PAIR_BASE + index;
    }
  }
  const found = new GrowingArray();
  for (const band of keyed) {
    band.sort();
    for (let start = 0; start < count; ) {
      let end = start + 1;
      const key = Math.floor(band[start] / PAIR_BASE);
      while (end < count && Math.floor(band[end] / PAIR_BASE) === key) end++;
      for (let i = start; i < end; i++) {
        const left = band[i] % PAIR_BASE;
        for (let j = i + 1; j < end; j++) found.push(left * PAIR_BASE + (band[j] % PAIR_BASE));
      }
      start = end;
    }
  }
  // within a bucket texts are in index order, so each packed pair already has left < right
  const sorted = found.values().sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) if (unique === 0 || sorted[i] !== sorted[unique - 1]) sorted[unique++] = sorted[i];
  return sorted.slice(0, unique);
}

/** The base of packed pairs and keys: texts are numbered below it. */
export const PAIR_BASE = 2 ** 20;

/** A list of numbers in a typed array that doubles when full. */
class GrowingArray {
  private data = new Float64Array(1024);
  private size = 0;

  push(value: number): void {
    if (this.size === this.data.length) {
      const larger = new Float64Array(this.data.length * 2);
      larger.set(this.data);
      this.data = larger;
    }
    this.data[this.size++] = value;
  }

  values(): Float64Array {
    return this.data.subarray(0, this.size);
  }
}

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
