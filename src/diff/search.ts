import { byStrength, lineagePairs, type Candidate, type Lineage } from './candidates.js';
import { completeFreeItems, completionWork } from './completion.js';
import { cosineJoin, joinWork } from './join.js';
import { PairKeys } from './keys.js';
import { RelatedPairs } from './related.js';
import { ID_BONUS, structureFactor, type ParentMap } from './score.js';
import { LABEL_WEIGHT } from './text.js';
import { encodedTextScore, encodeItems, type EncodedPair, type VectorKind } from './vectors.js';
import type { DiffItem } from './types.js';

/** What the matcher needs from a candidate search. */
export interface CandidateSearch {
  /** lineage pairs and pairs scoring at least the threshold: at least every pair the assignment can take */
  candidates: Candidate[];
  /** for each item left without a counterpart, the item it scores best with (ties: the first in its plan), if any */
  nearest: Map<DiffItem, Nearest>;
  /** whether a cheaper rule for large plans was used (see docs/diff.md, Limits) */
  isBounded: boolean;
}

/** An item's nearest candidate in the other plan, and their score. */
export interface Nearest {
  item: DiffItem;
  score: number;
}

/** Where the indexed search may take its cheaper rules. */
export interface SearchLimits {
  /** below this many items of one entity (on the larger side), the search is always exact */
  minItems: number;
  /** from there, a search among unsure items that would visit more postings than this looks for more similar pairs only */
  unsureWork: number;
  /** and the comparison of unmatched items with every item is left out when it would visit more postings than this */
  unmatchedWork: number;
}

export const SEARCH_LIMITS: SearchLimits = { minItems: 5_000, unsureWork: 20_000_000, unmatchedWork: 20_000_000 };
/** The similarities a search among unsure items is raised to, in turn, when it would exceed the work limit. */
const RAISED_THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 1];

/**
 * The pairs worth scoring, found by need rather than by comparing every pair sharing a word:
 * 1. pairs with the same id, the same exact text or the same words (cosine 1), and lineage;
 * 2. pairs under parents that correspond through the parent matching (a target's goal, a result's
 *    objective), and pairs under two parents that both lack a counterpart; every such pair is scored;
 * 3. any other pair scores below a bound (0.75 for a target or result under another parent, the "moved"
 *    factor; 1 for goals and objectives). An item paired, in a greedy assignment over what is found so
 *    far, at or above its bound cannot lose its pair to such a pair: it is sure. So other pairs are
 *    looked for only between unsure items (unmatched or matched weakly), through a word index, at the
 *    text score the threshold needs (threshold / bound); the assignment is redone until no unsure item
 *    is left unsearched. The one-to-one assignment is then exactly that of all pairs.
 * 4. every item left unmatched is compared with every item of the other plan sharing a word: its nearest
 *    score, and the further parts of splits and merges.
 * From `limits.minItems` items, a step 3 or 4 that would visit more postings than its limit takes a cheaper
 * rule instead: see docs/diff.md, Limits.
 */
export function searchCandidates(
  from: DiffItem[],
  to: DiffItem[],
  parents: ParentMap,
  threshold: number,
  lineage: Lineage,
  limits: SearchLimits = SEARCH_LIMITS,
): CandidateSearch {
  const search = new Search(from, to, parents, threshold, lineage, limits);
  search.scoreKnownPairs();
  let matching = search.assign();
  for (let unsure = search.newlyUnsure(matching); unsure.from.length + unsure.to.length > 0; unsure = search.newlyUnsure(matching)) {
    search.searchUnsure(unsure);
    matching = search.assign();
  }
  return search.finish(matching);
}

type Side = 'from' | 'to';
const SIDES = ['from', 'to'] as const;

/** A pair found by the search, with its items' positions in the two lists. */
interface Found extends Candidate {
  i: number;
  j: number;
}

/** The score of each item's pair in a one-to-one assignment, or -1 for an unmatched item. */
export interface Matching {
  from: Float64Array;
  to: Float64Array;
}

/** The state of one search: which pairs scored well enough, and each item's best score. */
export class Search {
  readonly encoded: EncodedPair;
  readonly isEligible: { from: boolean[]; to: boolean[] };
  readonly best: { from: Float64Array; to: Float64Array };
  /** the index of the item each best score was reached with (-1: none yet) */
  readonly bestPartner: { from: Int32Array; to: Int32Array };
  /** the kinds of text that differ from the core text for some item, the core text first */
  readonly kinds: VectorKind[];
  readonly hasFull: boolean;
  readonly hasLabel: boolean;
  readonly isLarge: boolean;
  isBounded = false;
  private readonly good: Found[] = [];
  private readonly stated: Candidate[];
  private readonly keys: PairKeys;
  private readonly related: RelatedPairs;
  /** pairs scored that share no key and are not related: found by a search among unsure items or the completion */
  private readonly searchedPairs = new Set<number>();
  private readonly isSearched: { from: Uint8Array; to: Uint8Array };
  private readonly searched: { from: number[]; to: number[] } = { from: [], to: [] };
  /** how far below its bound a pair may score and still be above every pair not found (see `isSure`) */
  private readonly slack: number;

  constructor(
    readonly from: DiffItem[],
    readonly to: DiffItem[],
    readonly parents: ParentMap,
    readonly threshold: number,
    lineage: Lineage,
    readonly limits: SearchLimits = SEARCH_LIMITS,
  ) {
    this.stated = lineagePairs(from, to, parents, lineage);
    const linked = new Set(this.stated.flatMap((pair) => [pair.from, pair.to]));
    this.isEligible = { from: from.map((item) => !linked.has(item)), to: to.map((item) => !linked.has(item)) };
    this.encoded = encodeItems(from, to);
    this.best = { from: new Float64Array(from.length), to: new Float64Array(to.length) };
    this.bestPartner = { from: new Int32Array(from.length).fill(-1), to: new Int32Array(to.length).fill(-1) };
    this.isSearched = { from: new Uint8Array(from.length), to: new Uint8Array(to.length) };
    this.isLarge = Math.max(from.length, to.length) >= limits.minItems;
    const texts = [...this.encoded.from, ...this.encoded.to];
    this.hasFull = texts.some((text) => text.full !== text.core);
    this.hasLabel = texts.some((text) => text.label !== text.core);
    this.kinds = ['core', ...(this.hasFull ? ['full' as const] : []), ...(this.hasLabel ? ['label' as const] : [])];
    this.slack = sureSlack(this.encoded);
    this.keys = new PairKeys(from, to, this.encoded, this.hasFull);
    this.related = new RelatedPairs(from, to, parents, this.isEligible);
  }

  /** Scores the pairs sharing a key and the pairs under related parents, each once. */
  scoreKnownPairs(): void {
    this.keys.forEach(this.isEligible, (i, j) => this.score(i, j));
    this.related.forEach((i, j) => {
      if (!this.keys.isKeyed(i, j)) this.score(i, j);
    });
  }

  /** Scores a pair (each pair once: the callers see to that); keeps it when it reaches the threshold, and each side's best score. */
  score(i: number, j: number): void {
    const a = this.from[i];
    const b = this.to[j];
    const content = encodedTextScore(this.encoded.store, this.encoded.from[i], this.encoded.to[j]) * structureFactor(a, b, this.parents);
    const score = a.id === b.id ? content + ID_BONUS * (1 - content) : content;
    this.improve('from', i, score, j);
    this.improve('to', j, score, i);
    if (score >= this.threshold && score > 0) this.good.push({ from: a, to: b, score, isLineage: false, i, j });
  }

  /**
   * Records a score an item reached with a partner when it is its best so far; of equal scores, the one
   * with the partner first in its plan, so the nearest candidate does not depend on the order pairs are met.
   */
  improve(side: Side, index: number, score: number, partner: number): void {
    const best = this.best[side][index];
    if (score > best || (score === best && score > 0 && partner < this.bestPartner[side][index])) {
      this.best[side][index] = score;
      this.bestPartner[side][index] = partner;
    }
  }

  /** Scores a pair met by a search, unless it was scored already. */
  scoreOnce(i: number, j: number): void {
    if (this.isScored(i, j)) return;
    this.searchedPairs.add(i * this.to.length + j);
    this.score(i, j);
  }

  isScored(i: number, j: number): boolean {
    return this.keys.isKeyed(i, j) || this.related.isRelated(i, j) || this.searchedPairs.has(i * this.to.length + j);
  }

  /** The greedy one-to-one assignment over the pairs found so far. */
  assign(): Matching {
    const matching = { from: new Float64Array(this.from.length).fill(-1), to: new Float64Array(this.to.length).fill(-1) };
    for (const pair of this.good.sort(byStrength)) {
      if (matching.from[pair.i] >= 0 || matching.to[pair.j] >= 0) continue;
      matching.from[pair.i] = matching.to[pair.j] = pair.score;
    }
    return matching;
  }

  /**
   * Whether an item's pair scores above anything a pair not scored yet can: such a pair scores below the
   * item's bound times a text score below 1 (pairs with the same words were scored), by at least
   * 1 / (2 · squares · squares) for two different vectors of integer counts, of which `slack` keeps half.
   */
  private isSure(side: Side, index: number, matching: Matching): boolean {
    if (!this.isEligible[side][index]) return true;
    const score = matching[side][index];
    if (score < 0) return false;
    const bound = this.related.bound[side][index];
    return this.slack > 0 ? score >= bound * (1 - this.slack) : score > bound;
  }

  /** Items not sure of their pair that have not been searched yet. */
  newlyUnsure(matching: Matching): { from: number[]; to: number[] } {
    const unsure = { from: [] as number[], to: [] as number[] };
    for (const side of SIDES) {
      for (let index = 0; index < this[side].length; index++) if (!this.isSearched[side][index] && !this.isSure(side, index, matching)) unsure[side].push(index);
    }
    return unsure;
  }

  /** Searches the newly unsure items against every unsure item of the other side, old and new. */
  searchUnsure(unsure: { from: number[]; to: number[] }): void {
    const earlierFrom = this.searched.from;
    for (const side of SIDES) {
      for (const index of unsure[side]) this.isSearched[side][index] = 1;
      this.searched[side] = [...this.searched[side], ...unsure[side]];
    }
    this.join(unsure.from, this.searched.to);
    this.join(earlierFrom, unsure.to);
  }

  /** Scores every pair of the two lists whose text reaches what the threshold needs under the items' bounds. */
  private join(fromIndices: number[], toIndices: number[]): void {
    if (fromIndices.length === 0 || toIndices.length === 0) return;
    let bound = 0;
    for (const i of fromIndices) bound = Math.max(bound, this.related.bound.from[i]);
    for (const j of toIndices) bound = Math.max(bound, this.related.bound.to[j]);
    for (const kind of this.kinds) {
      const left = fromIndices.map((i) => this.encoded.from[i][kind]);
      const right = toIndices.map((j) => this.encoded.to[j][kind]);
      const needed = this.threshold / bound / (kind === 'label' ? LABEL_WEIGHT : 1);
      const threshold = this.affordable(needed, RAISED_THRESHOLDS, (candidate) => joinWork(this.encoded.store, left, right, candidate, this.encoded.size));
      if (threshold === undefined) continue;
      const [lefts, rights] = cosineJoin(this.encoded.store, left, right, threshold, this.encoded.size);
      for (let k = 0; k < lefts.length; k++) this.scoreOnce(fromIndices[lefts[k]], toIndices[rights[k]]);
    }
  }

  /** `needed`, or on large plans, when its work passes the limit, the first raised value whose work fits (none: skip). */
  private affordable(needed: number, raised: number[], work: (threshold: number) => number): number | undefined {
    if (needed > 1 + 1e-9) return undefined;
    if (!this.isLarge || work(needed) <= this.limits.unsureWork) return needed;
    this.isBounded = true;
    return raised.find((value) => value > needed && work(value) <= this.limits.unsureWork);
  }

  /** The candidates, and the nearest scores of unmatched items after comparing those with every item (when affordable). */
  finish(matching: Matching): CandidateSearch {
    const free = { from: [] as number[], to: [] as number[] };
    for (const side of SIDES) for (let index = 0; index < this[side].length; index++) if (this.isEligible[side][index] && matching[side][index] < 0) free[side].push(index);
    if (!this.isLarge || completionWork(this, free) <= this.limits.unmatchedWork) completeFreeItems(this, free, matching);
    else this.isBounded = true;
    const nearest = new Map<DiffItem, Nearest>();
    for (const side of SIDES) {
      const other = side === 'from' ? this.to : this.from;
      for (const index of free[side]) {
        const partner = this.bestPartner[side][index];
        if (partner >= 0) nearest.set(this[side][index], { item: other[partner], score: this.best[side][index] });
      }
    }
    return { candidates: [...this.good, ...this.stated], nearest, isBounded: this.isBounded || this.keys.isBounded };
  }
}

/** Half the least gap between a text score of 1 and that of two different word vectors (0 when too small to rely on). */
function sureSlack(encoded: EncodedPair): number {
  const largest = (texts: EncodedPair['from']) => texts.reduce((max, text) => Math.max(max, text.core.squares, text.full.squares), 1);
  const slack = 1 / (4 * largest(encoded.from) * largest(encoded.to));
  return slack > 1e-13 ? slack : 0;
}
