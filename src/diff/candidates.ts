import { pairScore, type ParentMap } from './score.js';
import type { DiffItem } from './types.js';

export interface Candidate {
  from: DiffItem;
  to: DiffItem;
  score: number;
  /** stated by the data (`formerly`) rather than inferred */
  isLineage: boolean;
}

/**
 * Every pair that scores above 0: through an index of the words of the `to` items, a from item meets the
 * items it shares a word with (a pair sharing no word has text similarity 0), plus the items with its id
 * or its exact text (a text of figures only has no words). The reference method (`exhaustive`): on plans
 * whose texts share a small vocabulary nearly every pair shares a word, so its cost grows with the product
 * of the list sizes; the matcher uses `searchCandidates` (src/diff/search.ts) instead.
 *
 * Lineage is authoritative: an item whose `formerly` names items present in the other plan is paired with
 * those items only, and an item it names is paired only with the items naming it.
 */
export function findCandidates(from: DiffItem[], to: DiffItem[], parents: ParentMap, lineage: Lineage): Candidate[] {
  const stated = lineagePairs(from, to, parents, lineage);
  const linked = new Set(stated.flatMap((pair) => [pair.from, pair.to]));
  const postings = new Map<string, DiffItem[]>();
  for (const item of to) {
    if (linked.has(item)) continue;
    for (const key of indexKeys(item)) append(postings, key, item);
  }
  const candidates: Candidate[] = [];
  for (const item of from) {
    if (linked.has(item)) continue;
    const partners = new Set<DiffItem>();
    for (const key of indexKeys(item)) for (const partner of postings.get(key) ?? []) partners.add(partner);
    for (const partner of partners) candidates.push({ from: item, to: partner, score: pairScore(item, partner, parents), isLineage: false });
  }
  return [...candidates, ...stated];
}

/** The words of an item, its id and its exact text (keys with a space never clash with a word). */
function indexKeys(item: DiffItem): string[] {
  const keys = [...item.text.full.keys(), `id ${item.id}`];
  if (item.text.exact !== '') keys.push(`text ${item.text.exact}`);
  return keys;
}

/**
 * Which plan's `formerly` speaks: the later plan's items name items of the one before it, so lineage is read
 * from `to` when `from` is its previous cycle (`forward`), from `from` when `to` is (`backward`, the same
 * pairs seen the other way round, so that diff(B, A) mirrors diff(A, B)), else not at all.
 */
export type Lineage = 'forward' | 'backward' | 'none';

/**
 * The pairs that `formerly` states (items naming nothing present are left out), each with its match score:
 * the statement decides the pairing, the score still says how alike the two are.
 */
export function lineagePairs(from: DiffItem[], to: DiffItem[], parents: ParentMap, lineage: Lineage): Candidate[] {
  if (lineage === 'none') return [];
  const [later, earlier] = lineage === 'forward' ? [to, from] : [from, to];
  const byId = new Map<string, DiffItem[]>();
  for (const item of earlier) append(byId, item.id, item);
  const pairs: Candidate[] = [];
  for (const item of later) {
    for (const named of new Set(item.formerly.flatMap((id) => byId.get(id) ?? []))) {
      const [a, b] = lineage === 'forward' ? [named, item] : [item, named];
      pairs.push({ from: a, to: b, score: pairScore(a, b, parents), isLineage: true });
    }
  }
  return pairs;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Best first; ties go to a pair with the same id, then to plan order (the pair whose items come first in
 * their plans), then to the items' ids and texts, so the result never depends on chance. No rule favours
 * one side: diff(A, B) and diff(B, A) take their pairs in the same order and are mirror images.
 */
export function byStrength(a: Candidate, b: Candidate): number {
  return (
    b.score - a.score ||
    Number(b.from.id === b.to.id) - Number(a.from.id === a.to.id) ||
    Math.min(a.from.index, a.to.index) - Math.min(b.from.index, b.to.index) ||
    Math.max(a.from.index, a.to.index) - Math.max(b.from.index, b.to.index) ||
    compareText(contentKey(a), contentKey(b))
  );
}

/** A pair's ids and texts, the same whichever plan is `from`. */
function contentKey(pair: Candidate): string {
  return [pair.from, pair.to].map((item) => `${item.id}\u0001${item.label}\u0001${item.text.exact}`).sort(compareText).join('\u0000');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
