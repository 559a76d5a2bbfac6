import { byStrength, findCandidates, type Candidate, type Lineage } from './candidates.js';
import type { ParentMap } from './score.js';
import { searchCandidates, type CandidateSearch, type Nearest, type SearchLimits } from './search.js';
import { textScore, unionSide } from './text.js';
import type { DiffItem } from './types.js';

/** Items of both plans found to be one and the same (or parts of one another); one side empty when added or removed. */
export interface Group {
  from: DiffItem[];
  to: DiffItem[];
  /** the match score: of the pair, or of the weakest part of a split or merge; 0 for an item left alone */
  score: number;
  /** for an item left alone, the item of the other plan it scores best with */
  nearest?: Nearest;
}

/** How candidates are found: every pair sharing a word (the reference), or the indexed search (the default). */
export interface MatchMethod {
  exhaustive?: boolean;
  searchLimits?: SearchLimits;
}

/**
 * A split or merge claims more than a pair, so a further part needs more evidence: a score this much above
 * the threshold, and this much more of the whole's text covered than by the parts already found.
 */
export const PART_MARGIN = 0.15;
export const MIN_COVERAGE_GAIN = 0.15;

/**
 * Matches the items of one entity: a global one-to-one assignment first (greedy, strongest pair first),
 * then the leftovers join a pair as further parts of a split (one item became several) or a merge
 * (several became one) when they add to what the pair's text covers. Whatever is left is added or removed.
 */
export function matchItems(from: DiffItem[], to: DiffItem[], parents: ParentMap, threshold: number, lineage: Lineage, method: MatchMethod = {}): Group[] {
  const { candidates: found, nearest } = method.exhaustive
    ? exhaustiveSearch(from, to, parents, lineage)
    : searchCandidates(from, to, parents, threshold, lineage, method.searchLimits);
  const candidates = found.filter((pair) => pair.isLineage || pair.score >= threshold).sort(byStrength);
  const groupOf = new Map<DiffItem, Group>();
  const groups: Group[] = [];
  for (const pair of candidates) {
    if (groupOf.has(pair.from) || groupOf.has(pair.to)) continue;
    const group = { from: [pair.from], to: [pair.to], score: pair.score };
    groups.push(group);
    groupOf.set(pair.from, group).set(pair.to, group);
  }
  // Splits and merges in one pass, strongest first, so that neither is preferred: diff(B, A) then makes
  // the merges of diff(A, B) exactly where diff(A, B) makes its splits.
  const parts = candidates.filter((pair) => pair.isLineage || pair.score >= threshold + PART_MARGIN);
  for (const pair of parts) {
    const [fromGroup, toGroup] = [groupOf.get(pair.from), groupOf.get(pair.to)];
    if (fromGroup && !toGroup && fromGroup.from.length === 1 && (pair.isLineage || gainsCoverage(pair.from, fromGroup.to, pair.to))) {
      join(fromGroup, 'to', pair, groupOf);
    } else if (toGroup && !fromGroup && toGroup.to.length === 1 && (pair.isLineage || gainsCoverage(pair.to, toGroup.from, pair.from))) {
      join(toGroup, 'from', pair, groupOf);
    }
  }
  // An item left alone has no match score; its nearest candidate says how close it came to one.
  for (const item of from) if (!groupOf.has(item)) groups.push({ from: [item], to: [], score: 0, nearest: nearest.get(item) });
  for (const item of to) if (!groupOf.has(item)) groups.push({ from: [], to: [item], score: 0, nearest: nearest.get(item) });
  return groups;
}

function join(group: Group, side: 'from' | 'to', pair: Candidate, groupOf: Map<DiffItem, Group>): void {
  const item = pair[side];
  group[side].push(item);
  group[side].sort((a, b) => a.index - b.index);
  group.score = Math.min(group.score, pair.score);
  groupOf.set(item, group);
}

/** Whether `extra` covers words of `whole` that `parts` do not: the test that it is a further part. */
function gainsCoverage(whole: DiffItem, parts: DiffItem[], extra: DiffItem): boolean {
  const before = textScore(whole.text, unionSide(parts.map((part) => part.text)));
  const after = textScore(whole.text, unionSide([...parts, extra].map((part) => part.text)));
  return after >= before + MIN_COVERAGE_GAIN;
}

/** The reference: every pair scoring above 0 is a candidate. */
function exhaustiveSearch(from: DiffItem[], to: DiffItem[], parents: ParentMap, lineage: Lineage): CandidateSearch {
  const all = findCandidates(from, to, parents, lineage);
  return { candidates: all, nearest: nearestScores(all), isBounded: false };
}

/** Each item's best-scoring partner; of equal scores, the partner first in its plan (as the indexed search does). */
function nearestScores(candidates: Candidate[]): Map<DiffItem, Nearest> {
  const nearest = new Map<DiffItem, Nearest>();
  const consider = (item: DiffItem, partner: DiffItem, score: number) => {
    const best = nearest.get(item);
    if (score > 0 && (!best || score > best.score || (score === best.score && partner.index < best.item.index))) nearest.set(item, { item: partner, score });
  };
  for (const pair of candidates) {
    if (pair.isLineage) continue;
    consider(pair.from, pair.to, pair.score);
    consider(pair.to, pair.from, pair.score);
  }
  return nearest;
}
