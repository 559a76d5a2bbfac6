import type { PlanGraph } from '../graph/plan-graph.js';
import { entryLocation, type ItemEntry } from '../load/merge.js';
import { nearestEarlier } from '../text/near-duplicates.js';
import { normalise } from '../text/similarity.js';
import type { Finding } from '../types/finding.js';
import type { Objective, Result } from '../types/plan.js';
import type { Check } from './check.js';

/** What two items of a kind are compared on: an objective's title and statement, a result's text. */
interface Compared {
  entries: (graph: PlanGraph) => ItemEntry[];
  text: (entry: ItemEntry) => string;
  field: string;
}

const objectives: Compared = {
  entries: (graph) => graph.objectives,
  text: (entry) => {
    const item = entry.item as Objective;
    return `${item.title ?? ''}\n${item.statement ?? ''}`;
  },
  field: 'title',
};

const results = (kind: 'outcomes' | 'outputs'): Compared => ({
  entries: (graph) => graph[kind],
  text: (entry) => (entry.item as Result).text ?? '',
  field: 'text',
});

/**
 * Items with the same text are reported as one group, at its first item (`id`), naming the others in plan
 * order (`others`; `other` is the first of them, the partner of a pair): a thousand copies of one text are
 * one finding, not a thousand.
 */
function duplicateCheck(code: string, noun: string, compared: Compared): Check {
  return {
    code,
    defaultSeverity: 'warning',
    description: `Two or more ${noun}s have the same text once case, spacing and punctuation are ignored (one finding per group of copies).`,
    fix: `Merge the ${noun}s, or word each so that it says what sets it apart.`,
    run(graph) {
      const groups = new Map<string, ItemEntry[]>();
      for (const entry of compared.entries(graph)) {
        const key = normalise(compared.text(entry));
        // an item whose text is missing (a schema finding) has nothing to compare
        if (key === '') continue;
        const group = groups.get(key);
        if (group) group.push(entry);
        else groups.set(key, [entry]);
      }
      const findings: Finding[] = [];
      for (const [first, ...others] of groups.values()) {
        if (others.length === 0) continue;
        const sector = sectorOf(graph, first);
        const ids = others.map((entry) => entry.item.id);
        const sameSector = others.every((entry) => sectorOf(graph, entry) === sector);
        const othersAt = others.map((entry) => entryLocation(entry, compared.field));
        const args = { other: ids[0], otherAt: othersAt[0], others: ids, othersAt, sameSector };
        findings.push({ code, ...entryLocation(first, compared.field), id: first.item.id, args });
      }
      return findings;
    },
  };
}

/**
 * Each item that is a near-duplicate of an earlier item is reported once, at the item, naming the earlier
 * one it is most similar to (see src/text/near-duplicates.ts): n items that all look alike give at most n
 * findings, never n² pairs.
 */
function similarCheck(code: string, noun: string, compared: Compared): Check {
  return {
    code,
    defaultSeverity: 'warning',
    description: `An ${noun} is a near-duplicate of an earlier one (similarity at or above the threshold, default 0.75), across Sectors too; reported once per ${noun}, against the most similar; exact duplicates are left to the duplicate check.`,
    fix: `Check whether both ${noun}s are needed; merge them or make the difference explicit.`,
    run(graph, context) {
      const entries = compared.entries(graph);
      const { partner, score } = context.nearest?.get(code) ?? nearestEarlier(entries.map(compared.text), context.similarityThreshold);
      const findings: Finding[] = [];
      for (let index = 0; index < entries.length; index++) {
        if (partner[index] < 0) continue;
        const [first, second] = [entries[partner[index]], entries[index]];
        findings.push({
          code,
          ...entryLocation(second, compared.field),
          id: second.item.id,
          args: {
            other: first.item.id,
            otherAt: entryLocation(first, compared.field),
            score: Math.round(score[index] * 100) / 100,
            sameSector: sectorOf(graph, first) === sectorOf(graph, second),
          },
        });
      }
      return findings;
    },
  };
}

/** An objective's Sector, or for an outcome or output the Sector of its objective. */
function sectorOf(graph: PlanGraph, entry: ItemEntry): string | undefined {
  const item = entry.item as { sector?: string; objective?: string };
  if (item.sector !== undefined) return item.sector;
  const objective = item.objective === undefined ? undefined : graph.byId.objectives.get(item.objective)?.[0];
  return (objective?.item as Objective | undefined)?.sector;
}

const outcomes = results('outcomes');
const outputs = results('outputs');

/** What each similar-* check compares, by its code. */
const SIMILAR_COMPARED = new Map<string, Compared>([
  ['similar-objectives', objectives],
  ['similar-outcomes', outcomes],
  ['similar-outputs', outputs],
]);

/** The codes of the similar-* checks. */
export const SIMILAR_CHECKS = [...SIMILAR_COMPARED.keys()];

/** How many texts a similar-* check compares. */
export function similarCount(code: string, graph: PlanGraph): number {
  return SIMILAR_COMPARED.get(code)?.entries(graph).length ?? 0;
}

/** The texts a similar-* check compares, in the order of its items. */
export function similarTexts(code: string, graph: PlanGraph): string[] {
  const compared = SIMILAR_COMPARED.get(code);
  return compared ? compared.entries(graph).map(compared.text) : [];
}

export const duplicateObjective = duplicateCheck('duplicate-objective', 'objective', objectives);
export const similarObjectives = similarCheck('similar-objectives', 'objective', objectives);
export const duplicateOutcome = duplicateCheck('duplicate-outcome', 'outcome', outcomes);
export const similarOutcomes = similarCheck('similar-outcomes', 'outcome', outcomes);
export const duplicateOutput = duplicateCheck('duplicate-output', 'output', outputs);
export const similarOutputs = similarCheck('similar-outputs', 'output', outputs);
