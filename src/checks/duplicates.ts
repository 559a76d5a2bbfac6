import type { PlanGraph } from '../graph/plan-graph.js';
import { entryLocation, type ItemEntry } from '../load/merge.js';
import { normalise, similarPairs } from '../text/similarity.js';
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

function duplicateCheck(code: string, noun: string, compared: Compared): Check {
  return {
    code,
    defaultSeverity: 'warning',
    description: `Two ${noun}s have the same text once case, spacing and punctuation are ignored.`,
    fix: `Merge the two ${noun}s, or word each so that it says what sets it apart.`,
    run(graph) {
      const firstByText = new Map<string, ItemEntry>();
      const findings: Finding[] = [];
      for (const entry of compared.entries(graph)) {
        const key = normalise(compared.text(entry));
        // an item whose text is missing (a schema finding) has nothing to compare
        if (key === '') continue;
        const first = firstByText.get(key);
        if (!first) {
          firstByText.set(key, entry);
          continue;
        }
        const args = { other: first.item.id, otherAt: entryLocation(first, compared.field), sameSector: sectorOf(graph, first) === sectorOf(graph, entry) };
        findings.push({ code, ...entryLocation(entry, compared.field), id: entry.item.id, args });
      }
      return findings;
    },
  };
}

function similarCheck(code: string, noun: string, compared: Compared): Check {
  return {
    code,
    defaultSeverity: 'warning',
    description: `Two ${noun}s are near-duplicates (similarity at or above the threshold, default 0.75), across Sectors too; exact duplicates are left to the duplicate check.`,
    fix: `Check whether both ${noun}s are needed; merge them or make the difference explicit.`,
    run(graph, context) {
      const entries = compared.entries(graph);
      const texts = entries.map(compared.text);
      const findings: Finding[] = [];
      for (const pair of context.similarPairs?.get(code) ?? similarPairs(texts, context.similarityThreshold)) {
        if (normalise(texts[pair.left]) === normalise(texts[pair.right])) continue;
        const [first, second] = [entries[pair.left], entries[pair.right]];
        findings.push({
          code,
          ...entryLocation(second, compared.field),
          id: second.item.id,
          args: {
            other: first.item.id,
            otherAt: entryLocation(first, compared.field),
            score: Math.round(pair.score * 100) / 100,
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

/** The texts a similar-* check compares, in the order of its pairs' indexes. */
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
