/**
 * The status arithmetic of one target: which observations count, the on-track line, the computed status
 * and the rates. Pure: plain data in, plain data out. docs/progress.md explains every rule with an example.
 */
import { goalLevel, isChangeUnit } from '../graph/measure.js';
import type { Measure, Observation, StatedStatus } from '../types/plan.js';

export type ProgressStatus = 'achieved' | 'on-track' | 'off-track' | 'no-data';

/** Why a status is what it is; worded in src/progress/wording.ts. */
export type StatusReason =
  | 'no-figure'
  | 'no-value'
  | 'no-deadline'
  | 'reached'
  | 'deadline-passed'
  | 'only-start-year'
  | 'at-or-beyond-line'
  | 'behind-line';

/**
 * How an observation's value is used: `counted` (in the arithmetic), `revised` (a newer edition gives the
 * same year), `other-unit` (not the target's unit), `before-baseline` (before the baseline year), or
 * `status-only` (no value).
 */
export type ObservationUse = 'counted' | 'revised' | 'other-unit' | 'before-baseline' | 'status-only';

export interface AssessedObservation {
  year: number;
  value: number | null;
  unit: string | null;
  status: StatedStatus | null;
  source: string;
  edition: string | null;
  notes: string[];
  use: ObservationUse;
}

export interface Point {
  year: number;
  value: number;
}

/** The straight line from the start (a baseline, or the first value observed) to the figure at the deadline. */
export interface OnTrackLine {
  from: Point;
  to: Point;
  startsAt: 'baseline' | 'first-observation';
}

export interface Assessment {
  observations: AssessedObservation[];
  /** the counted value of the latest year */
  latest: AssessedObservation | null;
  line: OnTrackLine | null;
  /** the line's value at the latest observation's year */
  expected: number | null;
  /** null for a target without a figure */
  status: ProgressStatus | null;
  reason: StatusReason;
  /** the status a source states, the latest one */
  stated: AssessedObservation | null;
  /** per year, from the latest observation to the figure by the deadline; null once reached or past the deadline */
  neededRate: number | null;
  /** per year, from the start of the line to the latest observation */
  observedRate: number | null;
  /** how much of the way from the start of the line to the figure the latest observation has gone (1 = all) */
  share: number | null;
  isAfterDeadline: boolean;
}

export interface AssessInput {
  measure?: Measure;
  /** this target's observations, in plan order */
  observations: Observation[];
  /** the edition of each source that has one */
  editions: ReadonlyMap<string, string>;
  /** the deadline when the measure has none: the end of the plan's period */
  defaultDeadline?: number;
  /** only observations of this year and before */
  asOf?: number;
}

/** Values closer than this share of their size are equal: the line's value is computed, the observation's typed. */
const TOLERANCE = 1e-9;

export function assessTarget(input: AssessInput): Assessment {
  const { measure } = input;
  const inReach = input.observations.filter((observation) => input.asOf === undefined || observation.year <= input.asOf);
  const observations = markUses(sortByYear(inReach), measure, input.editions);
  const counted = observations.filter((observation) => observation.use === 'counted');
  const latest = counted.at(-1) ?? null;
  const stated = [...observations].reverse().find((observation) => observation.status !== null) ?? null;
  const deadline = measure?.by ?? input.defaultDeadline;
  const line = measure && deadline !== undefined ? onTrackLine(measure, deadline, counted) : null;
  const base = { observations, latest, line, stated, isAfterDeadline: latest !== null && deadline !== undefined && latest.year > deadline };
  if (!measure) return { ...base, expected: null, status: null, reason: 'no-figure', neededRate: null, observedRate: null, share: null };
  const goal = goalLevel(measure);
  const isDecrease = measure.direction === 'decrease';
  const reaches = (value: number, level: number): boolean => {
    const slack = TOLERANCE * Math.max(1, Math.abs(level));
    return isDecrease ? value <= level + slack : value >= level - slack;
  };
  const expected = latest && line && latest.year > line.from.year ? lineAt(line, latest.year) : null;
  const rates = {
    neededRate: latest && deadline !== undefined && latest.year < deadline && !reaches(latest.value!, goal) ? rounded((goal - latest.value!) / (deadline - latest.year)) : null,
    observedRate: latest && line && latest.year > line.from.year ? rounded((latest.value! - line.from.value) / (latest.year - line.from.year)) : null,
    share: latest && line && latest.year > line.from.year && line.from.value !== goal ? rounded((latest.value! - line.from.value) / (goal - line.from.value)) : null,
  };
  const result = (status: ProgressStatus, reason: StatusReason): Assessment => ({ ...base, ...rates, expected: expected === null ? null : rounded(expected), status, reason });
  if (!latest) return result('no-data', 'no-value');
  if (reaches(latest.value!, goal)) return result('achieved', 'reached');
  if (deadline === undefined) return result('no-data', 'no-deadline');
  if (latest.year >= deadline) return result('off-track', 'deadline-passed');
  // The line starts at the latest value's year or later: no progress since its start to judge.
  if (expected === null) return result('no-data', 'only-start-year');
  return reaches(latest.value!, expected) ? result('on-track', 'at-or-beyond-line') : result('off-track', 'behind-line');
}

/** Year order; within a year, plan order (the sort is stable). */
function sortByYear(observations: Observation[]): Observation[] {
  return [...observations].sort((a, b) => a.year - b.year);
}

/**
 * Decides how each observation is used. Of the values of one year in the target's unit, the one from the
 * newest edition counts (a later edition revises a year); on a tie, the one listed last.
 */
function markUses(observations: Observation[], measure: Measure | undefined, editions: ReadonlyMap<string, string>): AssessedObservation[] {
  const baselineYear = measure?.baseline?.year;
  const assessed = observations.map((observation): AssessedObservation => {
    const hasValue = observation.value !== undefined;
    let use: ObservationUse = 'counted';
    if (!hasValue) use = 'status-only';
    else if (measure && observation.unit !== measure.unit) use = 'other-unit';
    else if (baselineYear !== undefined && observation.year < baselineYear) use = 'before-baseline';
    return {
      year: observation.year,
      value: observation.value ?? null,
      unit: observation.unit ?? null,
      status: observation.status ?? null,
      source: observation.source,
      edition: editions.get(observation.source) ?? null,
      notes: [...(observation.notes ?? [])],
      use,
    };
  });
  // By year and unit: a target without a figure may be observed in several units.
  const newest = new Map<string, AssessedObservation>();
  const keyOf = (observation: AssessedObservation): string => `${observation.year} ${observation.unit}`;
  for (const observation of assessed) {
    if (observation.use !== 'counted') continue;
    const current = newest.get(keyOf(observation));
    if (current === undefined || compareEditions(observation.edition, current.edition) >= 0) newest.set(keyOf(observation), observation);
  }
  for (const observation of assessed) {
    if (observation.use === 'counted' && newest.get(keyOf(observation)) !== observation) observation.use = 'revised';
  }
  return assessed;
}

/** Editions in order: numbers as numbers ("2019" < "2021"), else as text; no edition comes first. */
export function compareEditions(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  const [x, y] = [Number.parseFloat(a), Number.parseFloat(b)];
  if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The start of the on-track line: the baseline when the measure records its year and value (a `% change`
 * starts at 0 in its baseline year; a baseline year without a value takes the value observed that year),
 * else the first value observed.
 */
function onTrackLine(measure: Measure, deadline: number, counted: AssessedObservation[]): OnTrackLine | null {
  const to = { year: deadline, value: goalLevel(measure) };
  const year = measure.baseline?.year;
  if (year !== undefined) {
    const value = measure.baseline?.value ?? (isChangeUnit(measure.unit) ? 0 : counted.find((observation) => observation.year === year)?.value ?? undefined);
    if (value !== undefined && value !== null) return { from: { year, value }, to, startsAt: 'baseline' };
  }
  const first = counted[0];
  return first ? { from: { year: first.year, value: first.value! }, to, startsAt: 'first-observation' } : null;
}

/** The line's value in a year; at and after the deadline, the figure itself. */
export function lineAt(line: OnTrackLine, year: number): number {
  if (year >= line.to.year) return line.to.value;
  const span = line.to.year - line.from.year;
  return line.from.value + ((line.to.value - line.from.value) * (year - line.from.year)) / span;
}

/** Three decimals, enough for any published figure, without the noise of binary fractions. */
export function rounded(value: number): number {
  const result = Math.round(value * 1000) / 1000;
  return Object.is(result, -0) ? 0 : result;
}
