/** The shapes of a diff between two plans: what the matcher produces and the formatters read. */
import type { TargetEnding } from './endings.js';
import type { Direction } from '../types/plan.js';
import type { TextSide } from './text.js';

export const ENTITIES = ['goal', 'target', 'objective', 'outcome', 'output'] as const;
export type Entity = (typeof ENTITIES)[number];

export const CHANGE_KINDS = ['same', 'changed', 'renumbered', 'renamed', 'split', 'merged', 'added', 'removed', 'unknown'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A value of a compared field: text, a number, a list of ids, or absent. */
export type FieldValue = string | number | string[] | undefined;

export interface FieldChange {
  from: FieldValue;
  to: FieldValue;
  /** for numbers: to - from (for a figure, only when both are in the same unit) */
  delta?: number;
  /** for a figure's value: the unit both sides share (a change of unit shows as `measure.unit`) */
  unit?: string;
  /** for a figure's value, when either side is reached going down: each side's direction ("at most 5%", "-40% change") */
  direction?: { from: Direction; to: Direction };
  /** the value is empty on a side whose plan is partial: not known in that cycle, so not a change */
  unknownIn?: string;
  /** the texts differ only in letter case, punctuation or spacing: not a change */
  light?: LightEdit[];
}

/** What a light edit touched. */
export type LightEdit = 'case' | 'punctuation';

export interface ItemTexts {
  label: string;
  core: string;
  full: string;
}

/** One item of either plan, reduced to what matching and comparison need. */
export interface DiffItem {
  entity: Entity;
  /** position in its plan's list, so items with clashing ids stay apart */
  index: number;
  id: string;
  /** the short label: a goal's name, an objective's title, a target's or result's text */
  label: string;
  /** the item's texts as written: its label, its core text (label and statement), everything */
  readonly texts: ItemTexts;
  /** the item's texts prepared for matching (built when first read) */
  readonly text: TextSide;
  /** the goal of a target, the objective of an outcome or output */
  parent?: string;
  /** an objective's Sector: a pair across Sectors scores lower */
  sector?: string;
  /** a target's unit of measure: a pair in other units scores lower */
  unit?: string;
  /** ids of the previous cycle's items this item continues */
  formerly: string[];
  /** the fields compared for a change, by their name in the output (gathered when read) */
  readonly fields: Record<string, FieldValue>;
}

export interface Change {
  entity: Entity;
  kind: ChangeKind;
  from: string[];
  to: string[];
  /** the match score, 0 to 1: of the pair, or of the weakest part of a split or merge; 0 for an item left alone */
  score: number;
  fields: Record<string, FieldChange>;
  /** the labels of both sides, for readers of the output */
  labels: { from: string[]; to: string[] };
  /** for an added, removed or unknown item: the item of the other plan it scores best with, if any */
  nearest: { id: string; label: string; score: number } | null;
  /** for an unknown item whose id a gap of the other plan names: that plan and the gap */
  gap: { cycle: string; text: string } | null;
}

/** What a diff knows about one of its plans: whether it is partial, and which kinds it lists in full. */
export interface DiffSide {
  cycle: string;
  completeness: 'complete' | 'partial';
  /** the kinds of item the plan lists in full (all of them for a complete plan) */
  complete: Entity[];
  /** how many gaps the plan records */
  gaps: number;
}

/** Per entity reported, the number of changes of each kind (every kind present, zeros included). */
export type DiffSummary = Partial<Record<Entity, Record<ChangeKind, number>>>;

export interface PlanDiff {
  from: string;
  to: string;
  threshold: number;
  sides: { from: DiffSide; to: DiffSide };
  summary: DiffSummary;
  changes: Change[];
  /** how the targets carried forward ended in `from`, for those it has observations of (docs/progress.md) */
  endings: TargetEnding[];
}
