/**
 * The JSON of `plan progress --format json`: a documented contract (docs/progress.md). Keys keep this
 * order; fields are added, never renamed; an absent value is null.
 */
import type { ObservationUse, OnTrackLine, ProgressStatus, StatusReason } from './assess.js';
import type { Direction, StatedStatus } from '../types/plan.js';

export const PROGRESS_VERSION = 1;

/** Every computed status, and `no-figure` for a target without a figure, in the order counts are shown. */
export const STATUS_KEYS = ['achieved', 'on-track', 'off-track', 'no-data', 'no-figure'] as const;
export type StatusKey = (typeof STATUS_KEYS)[number];

export interface ObservationView {
  year: number;
  value: number | null;
  unit: string | null;
  status: StatedStatus | null;
  source: string;
  edition: string | null;
  notes: string[];
  use: ObservationUse;
}

export interface FigureView {
  value: number;
  unit: string;
  direction: Direction;
  scope: string | null;
  /** the figure in words: "60% by 2020" */
  text: string;
}

export interface StatedStatusView {
  status: StatedStatus;
  year: number;
  source: string;
  edition: string | null;
  notes: string[];
}

export interface TargetProgress {
  id: string;
  goal: string;
  text: string;
  isLabel: boolean;
  figure: FigureView | null;
  /** the measure's `by`, else the end of the plan's period */
  deadline: number | null;
  /** as the measure records it */
  baseline: { year: number | null; value: number | null } | null;
  line: OnTrackLine | null;
  observations: ObservationView[];
  latest: { year: number; value: number; unit: string | null; source: string; edition: string | null } | null;
  /** the on-track line's value in the latest observation's year */
  expected: number | null;
  /** null for a target without a figure */
  status: ProgressStatus | null;
  reason: StatusReason;
  /** the status and its reason in words */
  explanation: string;
  statedStatus: StatedStatusView | null;
  /** the computed and the stated status point different ways (one reached or on track, the other behind; or "achieved" stated of a figure not reached) */
  statusesDisagree: boolean;
  neededRate: number | null;
  observedRate: number | null;
  share: number | null;
  isAfterDeadline: boolean;
}

export interface GoalProgress {
  id: string;
  name: string;
  counts: Record<StatusKey, number>;
  /** ids of the goal's targets, in plan order */
  targets: string[];
}

export interface ProgressSource {
  id: string;
  title: string;
  url: string | null;
  edition: string | null;
  part: string | null;
}

export interface ProgressReport {
  version: number;
  cycle: string;
  title: string;
  /** the last year of observations used; null: all of them */
  asOf: number | null;
  /** the goal asked for with --goal; null: every goal */
  goal: string | null;
  targets: TargetProgress[];
  goals: GoalProgress[];
  /** the sources the observations shown name, for tracing every value */
  sources: ProgressSource[];
}
