/** The plan format, as merged from every part file of a cycle. Field names match the YAML. */

export type Status = 'adopted' | 'draft' | 'proposal';
export type TextKind = 'official' | 'label';
export type Completeness = 'complete' | 'partial';

export interface Provenance {
  source?: string;
  text_kind?: TextKind;
  formerly?: string[];
  notes?: string[];
}

export interface Source {
  id: string;
  title: string;
  file?: string;
  part?: string;
  url?: string;
  confidence?: 'high' | 'medium' | 'low';
  /** the edition of a series the figures were taken from, e.g. "2023" for Facts and Figures 2023 */
  edition?: string;
}

export interface Value {
  name: string;
  text: string;
}

/** An organisational unit (the ITU's Sectors): objectives and enablers name it by id in `sector`. */
export interface Unit extends Provenance {
  id: string;
  name?: string;
}

export interface Goal extends Provenance {
  id: string;
  name: string;
  statement?: string;
  description?: string;
  sdg_targets?: string[];
}

/** Which way a target's figure is reached: up to it (the default) or down to it ("reduce", "no more than"). */
export type Direction = 'increase' | 'decrease';

export interface Measure {
  value: number;
  unit: string;
  by?: number;
  baseline?: { year?: number; value?: number };
  scope?: string;
  direction?: Direction;
}

export interface Target extends Provenance {
  id: string;
  goal: string;
  text: string;
  measure?: Measure;
}

export interface Objective extends Provenance {
  id: string;
  sector: string;
  title: string;
  statement?: string;
  goals?: { primary?: string[]; secondary?: string[] };
}

export interface Result extends Provenance {
  id: string;
  objective: string;
  text: string;
}

export type Outcome = Result;
export type Output = Result;

export interface Enabler extends Provenance {
  id: string;
  sector: string;
  supports: string[] | 'all';
  activities?: string[];
  contributions?: string[];
  results?: string[];
}

/** The usual four risk strategies; `reduction` and `limitation` are two names of one. */
export type RiskStrategy = 'avoidance' | 'reduction' | 'limitation' | 'transfer' | 'acceptance';

export interface Mitigation {
  strategy: RiskStrategy;
  text: string;
}

export interface Risk extends Provenance {
  id: string;
  title: string;
  /** the units the risk concerns; none: the whole organisation */
  sectors?: string[];
  risks?: string[];
  mitigations?: Mitigation[];
}

/** The lists `complete_lists` and a gap's `concerns` can name: the ones `plan diff` compares. */
export const COMPARED_LISTS = ['goals', 'targets', 'objectives', 'outcomes', 'outputs'] as const;
export type ComparedList = (typeof COMPARED_LISTS)[number];

/** A gap that names the items it is about (items the plan knows exist but cannot record). */
export interface GapRecord {
  text: string;
  concerns?: Partial<Record<ComparedList, string[]>>;
}

/** What the sources lack: a sentence, or a sentence with the items it concerns. */
export type Gap = string | GapRecord;

/** What a source says of a target's progress, in its own terms. */
export type StatedStatus = 'achieved' | 'on-track' | 'off-track' | 'insufficient-data';

/** One observation of a target: a value (with its unit) for a year, or a status a source states, or both. */
export interface Observation {
  target: string;
  year: number;
  value?: number;
  unit?: string;
  status?: StatedStatus;
  source: string;
  notes?: string[];
}

export interface Plan {
  cycle: string;
  title?: string;
  status?: Status;
  period?: { start: number; end: number };
  previous?: string;
  source?: string;
  sources: Source[];
  completeness?: Completeness;
  /** in a partial plan, the lists it nevertheless holds in full */
  complete_lists?: ComparedList[];
  gaps: Gap[];
  notes: string[];
  vision?: string;
  mission?: string;
  values: Value[];
  units: Unit[];
  goals: Goal[];
  targets: Target[];
  objectives: Objective[];
  outcomes: Outcome[];
  outputs: Output[];
  enablers: Enabler[];
  risks: Risk[];
  /** observations of the targets, kept beside the plan (`progress:` in any part) */
  progress: Observation[];
}

/** The list fields of a plan that hold items with ids, in the order reports and exports use. */
export const ITEM_KINDS = ['units', 'goals', 'targets', 'objectives', 'outcomes', 'outputs', 'enablers', 'risks'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Every list field of a plan (item lists plus plain lists), merged by concatenation. */
export const LIST_FIELDS = ['sources', 'gaps', 'notes', 'values', ...ITEM_KINDS, 'progress'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export const SCALAR_FIELDS = [
  'cycle',
  'title',
  'status',
  'period',
  'previous',
  'source',
  'completeness',
  'complete_lists',
  'vision',
  'mission',
] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];
