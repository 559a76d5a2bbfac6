/** graph -> the progress of its targets: the JSON contract of `plan progress` (src/progress/types.ts). */
import type { PlanGraph } from '../graph/plan-graph.js';
import { figure } from '../graph/measure.js';
import { findGoal } from '../graph/plan-graph.js';
import type { Observation, StatedStatus, Target } from '../types/plan.js';
import { assessTarget, type ProgressStatus } from './assess.js';
import { PROGRESS_VERSION, STATUS_KEYS, type GoalProgress, type ProgressReport, type StatusKey, type TargetProgress } from './types.js';
import { explain } from './wording.js';

export interface ProgressOptions {
  /** only this goal's targets */
  goal?: string;
  /** only observations of this year and before */
  asOf?: number;
}

export function buildProgress(graph: PlanGraph, options: ProgressOptions = {}): ProgressReport {
  const goals = options.goal === undefined ? graph.goals : [findGoal(graph, options.goal)];
  const editions = new Map(graph.plan.sources.flatMap((source) => (source.edition === undefined ? [] : [[source.id, source.edition] as const])));
  const byTarget = observationsByTarget(graph.plan.progress);
  const targets = graph.targets
    .filter((entry) => goals.some((goal) => goal.item.id === entry.item.goal))
    .map((entry) => targetProgress(entry.item, byTarget.get(entry.item.id) ?? [], editions, graph.plan.period?.end, options.asOf));
  const named = new Set(targets.flatMap((target) => target.observations.map((observation) => observation.source)));
  return {
    version: PROGRESS_VERSION,
    cycle: graph.cycle,
    title: graph.plan.title ?? graph.cycle,
    asOf: options.asOf ?? null,
    goal: options.goal ?? null,
    targets,
    goals: goals.map((goal) => goalProgress(goal.item.id, goal.item.name, targets)),
    sources: graph.plan.sources
      .filter((source) => named.has(source.id))
      .map((source) => ({ id: source.id, title: source.title, url: source.url ?? null, edition: source.edition ?? null, part: source.part ?? null })),
  };
}

/**
 * The progress of each target, by id, with every observation (not only those up to an as-of year): for
 * reports and diffs, which show a target's status beside its other fields.
 */
export function progressByTarget(graph: PlanGraph): Map<string, TargetProgress> {
  return new Map(buildProgress(graph).targets.map((target) => [target.id, target]));
}

export function targetProgress(target: Target, observations: Observation[], editions: ReadonlyMap<string, string>, periodEnd?: number, asOf?: number): TargetProgress {
  const { measure } = target;
  const assessment = assessTarget({ measure, observations, editions, defaultDeadline: periodEnd, asOf });
  const deadline = measure?.by ?? periodEnd ?? null;
  const { latest, stated, status } = assessment;
  return {
    id: target.id,
    goal: target.goal,
    text: target.text,
    isLabel: target.text_kind === 'label',
    figure: measure ? { value: measure.value, unit: measure.unit, direction: measure.direction ?? 'increase', scope: measure.scope ?? null, text: figure(measure) } : null,
    deadline,
    baseline: measure?.baseline ? { year: measure.baseline.year ?? null, value: measure.baseline.value ?? null } : null,
    line: assessment.line,
    observations: assessment.observations,
    latest: latest ? { year: latest.year, value: latest.value!, unit: latest.unit, source: latest.source, edition: latest.edition } : null,
    expected: assessment.expected,
    status,
    reason: assessment.reason,
    explanation: explain(assessment, measure, deadline, asOf ?? null),
    statedStatus: stated ? { status: stated.status!, year: stated.year, source: stated.source, edition: stated.edition, notes: stated.notes } : null,
    statusesDisagree: stated !== null && status !== null && disagree(status, stated.status!),
    neededRate: assessment.neededRate,
    observedRate: assessment.observedRate,
    share: assessment.share,
    isAfterDeadline: assessment.isAfterDeadline,
  };
}

/**
 * A computed and a stated status disagree when one says the target is reached or on its way and the other
 * that it is behind, or when a source says "achieved" of a figure the values do not reach. "On track" in
 * one year and "achieved" later agree; so does anything with no-data or insufficient-data.
 */
function disagree(computed: ProgressStatus, stated: StatedStatus): boolean {
  if (computed === 'no-data' || stated === 'insufficient-data') return false;
  if (stated === 'achieved') return computed !== 'achieved';
  return (computed === 'off-track') !== (stated === 'off-track');
}

export function statusKey(target: TargetProgress): StatusKey {
  return target.status ?? 'no-figure';
}

function goalProgress(id: string, name: string, targets: TargetProgress[]): GoalProgress {
  const own = targets.filter((target) => target.goal === id);
  const counts = Object.fromEntries(STATUS_KEYS.map((key) => [key, own.filter((target) => statusKey(target) === key).length])) as Record<StatusKey, number>;
  return { id, name, counts, targets: own.map((target) => target.id) };
}

function observationsByTarget(observations: Observation[]): Map<string, Observation[]> {
  const groups = new Map<string, Observation[]>();
  for (const observation of observations) {
    const group = groups.get(observation.target);
    if (group) group.push(observation);
    else groups.set(observation.target, [observation]);
  }
  return groups;
}
