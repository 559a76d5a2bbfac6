/**
 * What the progress templates receive: the JSON of `plan progress` plus what a page needs (the report
 * header, the plan's own fields, the error banner) and, per goal, its targets with anchors and charts.
 */
import type { PlanGraph } from '../graph/plan-graph.js';
import { Anchors } from '../render/model-items.js';
import { planInfo } from '../render/model.js';
import type { FindingView, PlanInfo } from '../render/model-types.js';
import { progressChart, type ProgressChart } from './chart.js';
import { statusKey } from './model.js';
import { STATUS_KEYS, type GoalProgress, type ObservationView, type ProgressReport, type StatusKey, type TargetProgress } from './types.js';
import { latestText, rateText, statedText, USE_TEXT, valueText } from './wording.js';

/** An observation with its value and use in words, for a table row. */
export interface ObservationRow extends ObservationView {
  /** the element id of its source in the page's list of sources */
  sourceAnchor: string;
  valueText: string | null;
  /** why the value is not counted ("revised by a later edition", ...); null when it is, or has no value */
  useText: string | null;
}

export interface TargetSection extends Omit<TargetProgress, 'observations'> {
  anchor: string;
  statusKey: StatusKey;
  observations: ObservationRow[];
  latestText: string | null;
  statedText: string | null;
  neededRateText: string;
  observedRateText: string;
  /** the share of the way covered as a bar of ten blocks, for text; null without a share */
  bar: string | null;
  /** the share in percent, rounded; null without a share */
  sharePercent: number | null;
  chart: ProgressChart | null;
}

export interface ProgressView extends ProgressReport {
  report: { kind: 'progress'; title: string; goal: string | null; sector: null };
  plan: PlanInfo;
  banner: { count: number; problems: FindingView[] } | null;
  sections: { goal: GoalProgress & { anchor: string; statusCounts: { status: StatusKey; count: number }[] }; targets: TargetSection[] }[];
}

export function buildProgressView(graph: PlanGraph, report: ProgressReport, errors: FindingView[]): ProgressView {
  const anchors = new Anchors(graph);
  const anchorOf = (kind: 'goals' | 'targets', id: string): string => anchors.ref(kind, id).anchor ?? '';
  anchors.show('sources', report.sources.map((source) => source.id));
  const named = new Set(report.sources.map((source) => source.id));
  const plan = planInfo(graph, anchors);
  const goalTitle = report.goal === null ? '' : ` (goal ${report.goal})`;
  return {
    ...report,
    report: { kind: 'progress', title: `Progress against targets${goalTitle}`, goal: report.goal, sector: null },
    plan: { ...plan, sources: plan.sources.filter((source) => named.has(source.id)) },
    banner: errors.length > 0 ? { count: errors.length, problems: errors } : null,
    sections: report.goals.map((goal) => ({
      goal: { ...goal, anchor: anchorOf('goals', goal.id), statusCounts: STATUS_KEYS.map((status) => ({ status, count: goal.counts[status] })) },
      targets: report.targets.filter((target) => target.goal === goal.id).map((target) => targetSection(target, anchorOf('targets', target.id), (id) => anchors.ref('sources', id).anchor ?? '')),
    })),
  };
}

function targetSection(target: TargetProgress, anchor: string, sourceAnchor: (id: string) => string): TargetSection {
  const share = target.share === null ? null : Math.max(0, Math.min(1, target.share));
  const blocks = share === null ? 0 : Math.round(share * 10);
  return {
    ...target,
    anchor,
    statusKey: statusKey(target),
    observations: target.observations.map((observation) => ({
      ...observation,
      sourceAnchor: sourceAnchor(observation.source),
      valueText: observation.value === null ? null : valueText(observation.value, observation.unit),
      useText: USE_TEXT[observation.use],
    })),
    latestText: latestText(target.latest),
    statedText: statedText(target.statedStatus),
    neededRateText: rateText(target.neededRate),
    observedRateText: rateText(target.observedRate),
    bar: share === null ? null : `${'▰'.repeat(blocks)}${'▱'.repeat(10 - blocks)}`,
    sharePercent: target.share === null ? null : Math.round(target.share * 100),
    chart: progressChart(target),
  };
}

