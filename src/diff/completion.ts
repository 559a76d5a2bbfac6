import type { Matching, Search } from './search.js';
import { structureFactor } from './score.js';
import { LABEL_WEIGHT } from './text.js';
import type { VectorKind } from './vectors.js';

type Side = 'from' | 'to';
const OTHER: Record<Side, Side> = { from: 'to', to: 'from' };

/** The items of each side left without a counterpart, by index. */
export interface FreeItems {
  from: number[];
  to: number[];
}

/** Word postings of one side for one kind of text: the items holding each token, and how often. */
interface Postings {
  offsets: Int32Array;
  items: Int32Array;
  counts: Int32Array;
}

/** The postings `completeFreeItems` would visit: each free item's words, times the items of the other side holding them. */
export function completionWork(search: Search, free: FreeItems): number {
  let work = 0;
  for (const side of ['from', 'to'] as const) {
    const other = OTHER[side];
    for (const kind of search.kinds) {
      const perToken = tokenCounts(search, other, kind);
      for (const index of free[side]) {
        const { start, end } = search.encoded[side][index][kind];
        for (let at = start; at < end; at++) work += perToken[search.encoded.store.tokens[at]];
      }
    }
  }
  return work;
}

/**
 * Compares every item left without a counterpart with every item of the other plan sharing a word, by
 * summing word products along the postings (no pair is missed: a pair sharing no word scores 0 unless it
 * shares an id or exact text, and those were scored first). Records each free item's best score, and
 * keeps the pairs reaching the threshold with a matched item: the possible further parts of a split or merge.
 */
export function completeFreeItems(search: Search, free: FreeItems, matching: Matching): void {
  for (const side of ['from', 'to'] as const) {
    const other = OTHER[side];
    const size = search[other].length;
    const sums = { core: new Float64Array(size), full: new Float64Array(size), label: new Float64Array(size) };
    const norms = {
      core: Float64Array.from(search.encoded[other], (text) => text.core.norm),
      full: Float64Array.from(search.encoded[other], (text) => text.full.norm),
      label: Float64Array.from(search.encoded[other], (text) => text.label.norm),
    };
    const postings = search.kinds.map((kind) => ({ kind, postings: buildPostings(search, other, kind), sums: sums[kind] }));
    const stamp = new Int32Array(size).fill(-1);
    const touched = new Int32Array(size);
    const { store } = search.encoded;
    for (const index of free[side]) {
      let count = 0;
      for (const { kind, postings: { offsets, items, counts }, sums: kindSums } of postings) {
        const vector = search.encoded[side][index][kind];
        for (let k = vector.start; k < vector.end; k++) {
          const token = store.tokens[k];
          const weight = store.counts[k];
          for (let at = offsets[token]; at < offsets[token + 1]; at++) {
            const partner = items[at];
            if (stamp[partner] !== index) {
              stamp[partner] = index;
              touched[count++] = partner;
              sums.core[partner] = sums.full[partner] = sums.label[partner] = 0;
            }
            kindSums[partner] += weight * counts[at];
          }
        }
      }
      const texts = search.encoded[side][index];
      const threshold = search.threshold;
      for (let k = 0; k < count; k++) {
        const partner = touched[k];
        // textScore from the summed word products (exact: they are sums of integers); the pair's own
        // exact text need not be checked, since pairs with the same exact text were scored first.
        const core = cosine(sums.core[partner], texts.core.norm, norms.core[partner]);
        const full = search.hasFull ? cosine(sums.full[partner], texts.full.norm, norms.full[partner]) : core;
        const label = search.hasLabel ? cosine(sums.label[partner], texts.label.norm, norms.label[partner]) : core;
        const text = Math.min(1, Math.max(core, full, LABEL_WEIGHT * label));
        const best = search.best[side][index];
        const isPart = matching[other][partner] >= 0 && text >= threshold;
        // an equal score is worth a look too: the nearest candidate of a tie is the one first in its plan
        if (text < best && !isPart) continue;
        const i = side === 'from' ? index : partner;
        const j = side === 'from' ? partner : index;
        if (search.isScored(i, j)) continue;
        // Not scored yet, so not the same id (those were scored first): the score is the text times the structure.
        if (isPart) search.scoreOnce(i, j);
        else search.improve(side, index, text * structureFactor(search.from[i], search.to[j], search.parents), partner);
      }
    }
  }
}

/** `cosine` of src/text/similarity.ts from a dot product and the two norms (the product of norms commutes exactly). */
function cosine(product: number, norm: number, otherNorm: number): number {
  return norm === 0 || otherNorm === 0 ? 0 : product / (norm * otherNorm);
}

function tokenCounts(search: Search, side: Side, kind: VectorKind): Float64Array {
  const perToken = new Float64Array(search.encoded.size);
  const { tokens } = search.encoded.store;
  search.encoded[side].forEach((text, index) => {
    if (!search.isEligible[side][index]) return;
    for (let at = text[kind].start; at < text[kind].end; at++) perToken[tokens[at]]++;
  });
  return perToken;
}

function buildPostings(search: Search, side: Side, kind: VectorKind): Postings {
  const perToken = tokenCounts(search, side, kind);
  const offsets = new Int32Array(search.encoded.size + 1);
  for (let token = 0; token < search.encoded.size; token++) offsets[token + 1] = offsets[token] + perToken[token];
  const next = offsets.slice(0, -1);
  const items = new Int32Array(offsets[search.encoded.size]);
  const counts = new Int32Array(items.length);
  const { store } = search.encoded;
  search.encoded[side].forEach((text, index) => {
    if (!search.isEligible[side][index]) return;
    const vector = text[kind];
    for (let k = vector.start; k < vector.end; k++) {
      const at = next[store.tokens[k]]++;
      items[at] = index;
      counts[at] = store.counts[k];
    }
  });
  return { offsets, items, counts };
}
