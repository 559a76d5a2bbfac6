/**
 * How the targets a new cycle carries forward ended in the old one: for each target of `<from>` matched to
 * one or more targets of `<to>`, its figure and deadline, its latest observed value and computed status,
 * and the status a source stated (docs/progress.md). Only targets with observations have an ending.
 */
import { figure } from '../graph/measure.js';
import { targetProgress } from '../progress/model.js';
import type { ProgressStatus } from '../progress/assess.js';
import type { Observation, Plan, StatedStatus, Target } from '../types/plan.js';
import type { Change } from './types.js';

export interface TargetEnding {
  /** the target of `<from>` */
  target: string;
  /** its figure in words, or null without one */
  figure: string | null;
  latest: { year: number; value: number; unit: string | null; source: string } | null;
  /** the computed status; null for a target without a figure */
  status: ProgressStatus | null;
  statedStatus: { status: StatedStatus; year: number; source: string } | null;
  /** the targets of `<to>` it became, each with its figure in words (null without one) */
  next: { id: string; figure: string | null }[];
}

export function targetEndings(from: Plan, to: Plan, changes: readonly Change[]): TargetEnding[] {
  // A plan built in code rather than loaded may lack the list altogether.
  if ((from.progress ?? []).length === 0) return [];
  const observed = new Map<string, Observation[]>();
  for (const observation of from.progress) {
    const list = observed.get(observation.target);
    if (list) list.push(observation);
    else observed.set(observation.target, [observation]);
  }
  const editions = new Map(from.sources.flatMap((source) => (source.edition === undefined ? [] : [[source.id, source.edition] as const])));
  const targetsOf = (plan: Plan) => new Map(plan.targets.map((target) => [target.id, target] as const));
  const [before, after] = [targetsOf(from), targetsOf(to)];
  const carried = changes.filter((change) => change.entity === 'target' && change.from.length > 0 && change.to.length > 0);
  return carried.flatMap((change) =>
    change.from.flatMap((id) => {
      const target = before.get(id);
      const observations = observed.get(id);
      if (target === undefined || observations === undefined) return [];
      return [ending(target, observations, editions, from.period?.end, change.to.map((next) => ({ id: next, figure: figureOf(after.get(next)) })))];
    }),
  );
}

function ending(target: Target, observations: Observation[], editions: ReadonlyMap<string, string>, periodEnd: number | undefined, next: TargetEnding['next']): TargetEnding {
  const progress = targetProgress(target, observations, editions, periodEnd);
  const { latest, statedStatus } = progress;
  return {
    target: target.id,
    figure: figureOf(target),
    latest: latest ? { year: latest.year, value: latest.value, unit: latest.unit, source: latest.source } : null,
    status: progress.status,
    statedStatus: statedStatus ? { status: statedStatus.status, year: statedStatus.year, source: statedStatus.source } : null,
    next,
  };
}

function figureOf(target: Target | undefined): string | null {
  return target?.measure ? figure(target.measure) : null;
}
