/** graph + findings -> the report view model: the one plain object templates and `--format json` see. */
import { gapText } from '../graph/gaps.js';
import { buildGraph, findGoal, type PlanGraph } from '../graph/plan-graph.js';
import { UsageError } from '../load/errors.js';
import type { ItemEntry } from '../load/merge.js';
import type { Diagnostic } from '../types/diagnostic.js';
import { progressByTarget } from '../progress/model.js';
import type { Goal, Objective, Target } from '../types/plan.js';
import { anchorFor } from './escape.js';
import { Anchors, goalView, objectiveRef, objectiveView, riskView, sourceView, targetView } from './model-items.js';
import { bySector, chartOf, coverageOf, findingViews, linkageKnowledge, linkageMatrix, linksByGoal, sectorsInOrder } from './model-sections.js';
import { inSector } from './sector-scope.js';
import { closestName } from '../text/suggest.js';
import { MODEL_VERSION, type FindingView, type GoalSection, type PlanInfo, type ReportModel, type TargetView } from './model-types.js';

export interface ReportScope {
  /** a goal id: a goal report instead of a whole-plan report */
  goal?: string;
  /** a Sector name, matched case-insensitively: only that Sector's objectives */
  sector?: string;
}

export function buildReportModel(checked: PlanGraph, diagnostics: Diagnostic[], scope: ReportScope = {}): ReportModel {
  // An item without a required field (a schema finding, shown in the banner) cannot be rendered: left out;
  // but the goal a report is about stays, whatever it lacks (its name is then empty).
  const isShown = (entry: ItemEntry) => !entry.isIncomplete || (entry.kind === 'goals' && entry.item.id === scope.goal);
  const graph = checked.entries.some((entry) => !isShown(entry))
    ? buildGraph({ ...checked.merged, entries: checked.entries.filter(isShown) }, checked.knownCycles)
    : checked;
  const sector = scope.sector === undefined ? null : findSector(graph, scope.sector);
  const objectives = bySector(graph.objectives).filter((entry) => sector === null || entry.item.sector.toLowerCase() === sector.toLowerCase());
  const goal = scope.goal === undefined ? null : findGoal(graph, scope.goal);
  const anchors = new Anchors(graph);
  const findings = findingViews(sector === null ? diagnostics : inSector(graph, sector).diagnostics(diagnostics));
  const errors = findings.filter((finding) => finding.severity === 'error');
  const plan = planInfo(graph, anchors);
  const progress = graph.observations.length > 0 ? progressByTarget(graph) : null;
  const targetViewOf = (target: Target) => targetView(target, anchors, progress?.get(target.id));
  const parts = goal === null ? planParts(graph, anchors, objectives, findings, sector, targetViewOf) : goalParts(graph, anchors, goal, objectives, targetViewOf);
  const base = goal === null ? plan.title : `Goal ${goal.item.id}: ${goal.item.name ?? ''}`;
  // Spelt out key by key so that the JSON keeps this order, whichever kind of report it is.
  return {
    report: { kind: goal === null ? 'plan' : 'goal', title: sector === null ? base : `${base} (${sector})`, goal: goal?.item.id ?? null, sector, modelVersion: MODEL_VERSION },
    plan,
    banner: errors.length > 0 ? { count: errors.length, problems: errors } : null,
    goal: parts.goal,
    targets: parts.targets,
    objectives: parts.objectives,
    coverage: parts.coverage,
    goals: parts.goals,
    sectors: parts.sectors,
    matrix: parts.matrix,
    risks: parts.risks,
    findings: parts.findings,
    chart: parts.chart,
  };
}

/** A Sector (organisational unit) the plan declares or its objectives name, matched case-insensitively. */
function findSector(graph: PlanGraph, name: string): string {
  const sectors = [...new Set([...graph.units.map((entry) => entry.item.id), ...sectorsInOrder(graph.objectives)])];
  const found = sectors.find((sector) => sector.toLowerCase() === name.toLowerCase());
  if (found !== undefined) return found;
  const meant = closestName(name, sectors);
  const known = sectors.length > 0 ? `Sectors: ${sectors.join(', ')}` : 'the plan declares no units and has no objectives, so no Sectors';
  throw new UsageError(`unknown Sector "${name}" in ${graph.cycle} (${meant ? `did you mean "${meant}"? ` : ''}${known})`);
}

export function planInfo(graph: PlanGraph, anchors: Anchors): PlanInfo {
  const plan = graph.plan;
  return {
    cycle: plan.cycle,
    title: plan.title ?? plan.cycle,
    status: plan.status ?? null,
    period: plan.period ? `${plan.period.start}-${plan.period.end}` : null,
    previous: plan.previous ?? null,
    source: plan.source ?? null,
    isPartial: plan.completeness === 'partial',
    gaps: plan.gaps.map(gapText),
    hasLabels: graph.entries.some((entry) => (entry.item as { text_kind?: string }).text_kind === 'label'),
    hasProgress: graph.observations.length > 0,
    vision: plan.vision ?? null,
    mission: plan.mission ?? null,
    values: plan.values.map((value) => ({ name: value.name, text: value.text })),
    sources: plan.sources.map((source) => sourceView(source, anchors)),
  };
}

type Parts = Omit<ReportModel, 'report' | 'plan' | 'banner'>;
const NOT_IN_GOAL_REPORT = { goals: null, sectors: null, matrix: null, risks: null, findings: null };
const NOT_IN_PLAN_REPORT = { goal: null, targets: null, objectives: null, coverage: null };

type TargetViewOf = (target: Target) => TargetView;

function goalParts(graph: PlanGraph, anchors: Anchors, goal: ItemEntry<Goal>, objectives: ItemEntry<Objective>[], targetViewOf: TargetViewOf): Parts {
  const links = linksByGoal(objectives)(goal.item.id);
  const { primary, secondary } = links;
  const targets = graph.targets.filter((entry) => entry.item.goal === goal.item.id);
  showItems(graph, anchors, [goal], targets, [...primary, ...secondary]);
  const coverage = coverageOf(links, sectorsInOrder(objectives), linkageKnowledge(graph, objectives));
  return {
    ...NOT_IN_GOAL_REPORT,
    goal: goalView(goal.item, anchors),
    targets: targets.map((entry) => targetViewOf(entry.item)),
    objectives: {
      primary: primary.map((entry) => objectiveView(graph, anchors, entry)),
      secondary: secondary.map((entry) => objectiveView(graph, anchors, entry)),
    },
    coverage,
    chart: chartOf(
      `Objectives serving goal ${goal.item.id}, by Sector`,
      `For each Sector, the number of its objectives that serve goal ${goal.item.id} primarily and secondarily.`,
      coverage.sectors.map((count) => ({ label: count.sector, anchor: null, primary: count.primary, secondary: count.secondary })),
    ),
  };
}

function planParts(graph: PlanGraph, anchors: Anchors, objectives: ItemEntry<Objective>[], findings: FindingView[], sector: string | null, targetViewOf: TargetViewOf): Parts {
  const scope = sector === null ? null : inSector(graph, sector);
  const shownGoals = scope === null ? graph.goals : scope.goals(objectives);
  const shownRisks = scope === null ? graph.risks : scope.risks();
  showItems(graph, anchors, shownGoals, graph.targets, objectives);
  anchors.show('risks', shownRisks.map((entry) => entry.item.id));
  const linksOf = linksByGoal(objectives);
  const sectors = sectorsInOrder(objectives);
  const linkage = linkageKnowledge(graph, objectives);
  const targetsOf = groupBy(graph.targets, (entry) => entry.item.goal);
  const goals: GoalSection[] = shownGoals.map((goal) => {
    const links = linksOf(goal.item.id);
    const refs = (list: ItemEntry<Objective>[]) => list.map((entry) => objectiveRef(graph, anchors, entry.item.id));
    return {
      goal: goalView(goal.item, anchors),
      targets: (targetsOf.get(goal.item.id) ?? []).map((entry) => targetViewOf(entry.item)),
      objectives: { primary: refs(links.primary), secondary: refs(links.secondary) },
      coverage: coverageOf(links, sectors, linkage),
    };
  });
  const objectivesOf = groupBy(objectives, (entry) => entry.item.sector);
  const count = (severity: string) => findings.reduce((sum, finding) => sum + (finding.severity === severity ? 1 : 0), 0);
  return {
    ...NOT_IN_PLAN_REPORT,
    goals,
    sectors: sectors.map((sector) => ({
      sector,
      anchor: anchorFor('sector', sector),
      objectives: (objectivesOf.get(sector) ?? []).map((entry) => objectiveView(graph, anchors, entry)),
    })),
    matrix: linkageMatrix(graph, anchors, shownGoals, objectives),
    risks: shownRisks.map((entry) => riskView(entry.item, anchors)),
    findings: { errors: count('error'), warnings: count('warning'), infos: count('info'), items: findings },
    chart: chartOf(
      'Objectives per goal',
      'For each goal, the number of objectives that serve it primarily and secondarily.',
      goals.map((section) => ({ label: `Goal ${section.goal.id}: ${section.goal.name}`, anchor: section.goal.anchor, primary: section.coverage.primary, secondary: section.coverage.secondary })),
    ),
  };
}

/** Marks what the report shows before any reference is made, so references know whether to link. */
function showItems(graph: PlanGraph, anchors: Anchors, goals: ItemEntry<Goal>[], targets: ItemEntry<{ id: string }>[], objectives: ItemEntry<Objective>[]): void {
  const ids = objectives.map((entry) => entry.item.id);
  anchors.show('goals', goals.map((entry) => entry.item.id));
  anchors.show('targets', targets.map((entry) => entry.item.id));
  anchors.show('objectives', ids);
  anchors.show('sources', graph.plan.sources.map((source) => source.id));
}

/** The items of a list by a key, in list order. */
function groupBy<T>(list: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}
