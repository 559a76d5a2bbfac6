/** The computed parts of a report: coverage counts, the linkage matrix (Table 3), the chart, findings. */
import type { PlanGraph } from '../graph/plan-graph.js';
import { isLinkageUnknown, primaryGoals, secondaryGoals } from '../graph/plan-graph.js';
import type { ItemEntry } from '../load/merge.js';
import type { Diagnostic } from '../types/diagnostic.js';
import type { Goal, Objective } from '../types/plan.js';
import { goalRef, objectiveRef, type Anchors } from './model-items.js';
import type { Chart, ChartBar, Coverage, FindingView, LinkKind, Matrix } from './model-types.js';

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
  const sectors = sectorsInOrder(objectives);
  return [...objectives].sort((a, b) => sectors.indexOf(a.item.sector) - sectors.indexOf(b.item.sector));
}

/** The objectives linked to a goal, and Sector by Sector how many serve it primarily and secondarily. */
export function coverageOf(goalId: string, objectives: ItemEntry<Objective>[]): Coverage {
  const primary = objectives.filter((entry) => primaryGoals(entry.item).includes(goalId));
  const secondary = objectives.filter((entry) => secondaryGoals(entry.item).includes(goalId));
  const sectors = sectorsInOrder([...primary, ...secondary]);
  const inSector = (list: ItemEntry<Objective>[], sector: string) => list.filter((entry) => entry.item.sector === sector).length;
  return {
    primary: primary.length,
    secondary: secondary.length,
    sectors: sectorsInOrder(objectives)
      .filter((sector) => sectors.includes(sector))
      .map((sector) => ({ sector, primary: inSector(primary, sector), secondary: inSector(secondary, sector) })),
  };
}

/** A box for a primary link wins over a tick when a plan (wrongly) lists a goal as both. */
function linkOf(graph: PlanGraph, objective: Objective, goalId: string): LinkKind {
  if (isLinkageUnknown(graph, objective)) return 'unknown';
  if (primaryGoals(objective).includes(goalId)) return 'primary';
  if (secondaryGoals(objective).includes(goalId)) return 'secondary';
  return 'none';
}

/** Table 3 of the plan: rows are objectives grouped by Sector, columns are goals. */
export function linkageMatrix(graph: PlanGraph, anchors: Anchors, goals: ItemEntry<Goal>[], objectives: ItemEntry<Objective>[]): Matrix {
  const sectors = sectorsInOrder(objectives).map((sector) => ({
    sector,
    rows: objectives
      .filter((entry) => entry.item.sector === sector)
      .map((entry) => ({
        objective: objectiveRef(graph, anchors, entry.item.id),
        cells: goals.map((goal) => ({ goal: goal.item.id, link: linkOf(graph, entry.item, goal.item.id) })),
      })),
  }));
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
