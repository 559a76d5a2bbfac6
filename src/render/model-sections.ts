/** The computed parts of a report: coverage counts, the linkage matrix (Table 3), the chart, findings. */
import type { PlanGraph } from '../graph/plan-graph.js';
import { isLinkageUnknown, primaryGoals, secondaryGoals } from '../graph/plan-graph.js';
import type { ItemEntry } from '../load/merge.js';
import type { Diagnostic } from '../types/diagnostic.js';
import type { Goal, Objective } from '../types/plan.js';
import { goalRef, objectiveRef, type Anchors } from './model-items.js';
import type { Chart, ChartBar, Coverage, FindingView, LinkKind, Matrix, MatrixCell, MatrixRow } from './model-types.js';

/**
 * ITU plans print the Sectors in the Constitution's order, whatever order the part files load in
 * (alphabetical: itu-d.yaml before itu-r.yaml); any other Sector follows, in order of appearance.
 */
const SECTOR_ORDER = ['itu-r', 'itu-t', 'itu-d'];

function sectorRank(sector: string): number {
  const rank = SECTOR_ORDER.indexOf(sector.toLowerCase());
  return rank === -1 ? SECTOR_ORDER.length : rank;
}

/** The Sectors of these objectives, in the plan's printed order. */
export function sectorsInOrder(objectives: ItemEntry<Objective>[]): string[] {
  return [...new Set(objectives.map((entry) => entry.item.sector))].sort((a, b) => sectorRank(a) - sectorRank(b));
}

/** Objectives grouped by Sector in printed order; plan order within a Sector. */
export function bySector(objectives: ItemEntry<Objective>[]): ItemEntry<Objective>[] {
  const rank = new Map(sectorsInOrder(objectives).map((sector, index) => [sector, index]));
  return [...objectives].sort((a, b) => rank.get(a.item.sector)! - rank.get(b.item.sector)!);
}

/** The objectives linking to one goal, primary and secondary, in the order of the list they came from. */
export interface GoalLinks {
  primary: ItemEntry<Objective>[];
  secondary: ItemEntry<Objective>[];
}

const NO_LINKS: GoalLinks = { primary: [], secondary: [] };

/**
 * For every goal id, the objectives of this list linking to it: one pass over the objectives instead of
 * one per goal. An objective naming a goal twice in a list is listed once.
 */
export function linksByGoal(objectives: ItemEntry<Objective>[]): (goalId: string) => GoalLinks {
  const links = new Map<string, GoalLinks>();
  const add = (goalId: string, kind: keyof GoalLinks, entry: ItemEntry<Objective>) => {
    let entryLinks = links.get(goalId);
    if (entryLinks === undefined) links.set(goalId, (entryLinks = { primary: [], secondary: [] }));
    if (entryLinks[kind].at(-1) !== entry) entryLinks[kind].push(entry);
  };
  for (const entry of objectives) {
    for (const goalId of primaryGoals(entry.item)) add(goalId, 'primary', entry);
    for (const goalId of secondaryGoals(entry.item)) add(goalId, 'secondary', entry);
  }
  return (goalId) => links.get(goalId) ?? NO_LINKS;
}

/**
 * Sector by Sector, how many of a goal's objectives serve it primarily and secondarily; `sectors` are
 * the Sectors of all the objectives in the report, in printed order.
 */
export function coverageOf(links: GoalLinks, sectors: string[], linkage: { unknown: number; isUnknown: boolean }): Coverage {
  const count = (list: ItemEntry<Objective>[]) => {
    const counts = new Map<string, number>();
    for (const entry of list) counts.set(entry.item.sector, (counts.get(entry.item.sector) ?? 0) + 1);
    return counts;
  };
  const [primary, secondary] = [count(links.primary), count(links.secondary)];
  return {
    primary: links.primary.length,
    secondary: links.secondary.length,
    sectors: sectors
      .filter((sector) => primary.has(sector) || secondary.has(sector))
      .map((sector) => ({ sector, primary: primary.get(sector) ?? 0, secondary: secondary.get(sector) ?? 0 })),
    unknownLinkage: linkage.unknown,
    isLinkageUnknown: linkage.isUnknown,
  };
}

/**
 * How much of the objective-goal linkage a report's objectives leave unknown: the number of objectives a
 * partial plan records no goals for, and whether nothing is known at all (every objective so, or a
 * partial plan with no objectives, whose linkage the sources lack).
 */
export function linkageKnowledge(graph: PlanGraph, objectives: ItemEntry<Objective>[]): { unknown: number; isUnknown: boolean } {
  const unknown = objectives.filter((entry) => isLinkageUnknown(graph, entry.item)).length;
  const isPartial = graph.plan.completeness === 'partial';
  return { unknown, isUnknown: isPartial && unknown === objectives.length };
}

/**
 * Table 3 of the plan: rows are objectives grouped by Sector, columns are goals. A box for a primary
 * link wins over a tick when a plan (wrongly) lists a goal as both. Cells with the same goal and link
 * are one shared object, and a row's cells are filled from its few links rather than by searching its
 * links once per goal: the matrix has objectives × goals cells.
 */
export function linkageMatrix(graph: PlanGraph, anchors: Anchors, goals: ItemEntry<Goal>[], objectives: ItemEntry<Objective>[]): Matrix {
  const kinds: LinkKind[] = ['primary', 'secondary', 'none', 'unknown'];
  const shared = goals.map((goal) => Object.fromEntries(kinds.map((link) => [link, { goal: goal.item.id, link }])) as Record<LinkKind, MatrixCell>);
  const columns = new Map<string, number[]>();
  goals.forEach((goal, index) => columns.set(goal.item.id, [...(columns.get(goal.item.id) ?? []), index]));
  const cellsOf = (objective: Objective): MatrixCell[] => {
    if (isLinkageUnknown(graph, objective)) return shared.map((cell) => cell.unknown);
    const links = new Array<LinkKind>(goals.length).fill('none');
    for (const [kind, ids] of [['secondary', secondaryGoals(objective)], ['primary', primaryGoals(objective)]] as const) {
      for (const id of ids) for (const index of columns.get(id) ?? []) links[index] = kind;
    }
    return links.map((link, index) => shared[index][link]);
  };
  const sectors = sectorsInOrder(objectives).map((sector) => ({ sector, rows: [] as MatrixRow[] }));
  const rowsOf = new Map(sectors.map((section) => [section.sector, section.rows]));
  for (const entry of objectives) {
    rowsOf.get(entry.item.sector)!.push({ objective: objectiveRef(graph, anchors, entry.item.id), cells: cellsOf(entry.item) });
  }
  return {
    goals: goals.map((goal) => goalRef(graph, anchors, goal.item.id)),
    sectors,
    rowCount: objectives.length,
    legend: { primary: '☑', secondary: '✓' },
  };
}

export function chartOf(title: string, description: string, bars: ChartBar[]): Chart {
  const max = Math.max(1, ...bars.map((bar) => bar.primary + bar.secondary));
  const total = bars.reduce((sum, bar) => sum + bar.primary + bar.secondary, 0);
  return { title, description, max, total, bars };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Diagnostics as plain findings, ordered by file, position, severity and code so output is stable. */
export function findingViews(diagnostics: Diagnostic[]): FindingView[] {
  return diagnostics
    .map((diagnostic) => ({
      severity: diagnostic.severity,
      code: diagnostic.code,
      message: diagnostic.message,
      file: diagnostic.file,
      line: diagnostic.line,
      column: diagnostic.column,
      id: diagnostic.id ?? null,
    }))
    .sort(
      (a, b) =>
        compareText(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        compareText(a.code, b.code) ||
        compareText(a.message, b.message),
    );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
