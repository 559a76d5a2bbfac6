/**
 * The report view model: the plain object every report template receives and `--format json` prints.
 * Every key is always present (null or [] when it does not apply), so templates compiled in strict mode
 * can test any key with {{#if}}; a misspelt key fails loudly instead of printing nothing.
 * Documented field by field in docs/reports.md; bump MODEL_VERSION when a field changes meaning.
 */

export const MODEL_VERSION = 1;

/** The anchor of an item: kind-prefixed because ids repeat across kinds (goal "1", risk "1"). */
export interface ItemRef {
  id: string;
  /** HTML-safe element id, e.g. `objective-R.1`; null when the item is not in the plan */
  anchor: string | null;
  /** whether the item is shown in this report, so a link to its anchor leads somewhere */
  isInReport: boolean;
}

export interface GoalRef extends ItemRef {
  name: string | null;
}

export interface ObjectiveRef extends ItemRef {
  title: string | null;
  sector: string | null;
  isLabel: boolean;
}

export interface GoalView {
  id: string;
  anchor: string;
  name: string;
  statement: string | null;
  description: string | null;
  sdgTargets: string[];
  /** the text is a short label, not the official wording (`text_kind: label`) */
  isLabel: boolean;
  source: ItemRef | null;
}

export interface MeasureView {
  value: number;
  unit: string;
  by: number | null;
  baselineYear: number | null;
  baselineValue: number | null;
  scope: string | null;
}

export interface TargetView {
  id: string;
  anchor: string;
  goal: string;
  text: string;
  measure: MeasureView | null;
  /** the measure in words, e.g. "65% by 2023 (baseline 2017)"; null without a measure */
  figure: string | null;
  isLabel: boolean;
  source: ItemRef | null;
  /** the target's progress (docs/progress.md); null when the plan records no observations */
  progress: TargetStatusView | null;
}

export interface TargetStatusView {
  /** achieved, on-track, off-track, no-data, or no-figure */
  status: string;
  explanation: string;
  /** the latest value counted, e.g. "57% (2019)" */
  latest: string | null;
  /** the latest status a source states, e.g. "on-track (2018, seed-001)" */
  stated: string | null;
  statusesDisagree: boolean;
}

export interface ResultView {
  id: string;
  anchor: string;
  text: string;
  isLabel: boolean;
}

export interface ObjectiveView {
  id: string;
  anchor: string;
  sector: string;
  title: string;
  statement: string | null;
  isLabel: boolean;
  goals: { primary: GoalRef[]; secondary: GoalRef[] };
  /** a partial plan says nothing about this objective's goals */
  isLinkageUnknown: boolean;
  outcomes: ResultView[];
  outputs: ResultView[];
  source: ItemRef | null;
}

export interface SectorCount {
  sector: string;
  primary: number;
  secondary: number;
}

export interface Coverage {
  primary: number;
  secondary: number;
  /** Sectors with at least one linked objective, in plan order */
  sectors: SectorCount[];
  /** objectives in the report whose linkage a partial plan does not record: the counts are a lower bound */
  unknownLinkage: number;
  /** true when no linkage is known at all (a partial plan that records none): the counts say nothing */
  isLinkageUnknown: boolean;
}

export interface GoalSection {
  goal: GoalView;
  targets: TargetView[];
  objectives: { primary: ObjectiveRef[]; secondary: ObjectiveRef[] };
  coverage: Coverage;
}

export interface SectorSection {
  sector: string;
  anchor: string;
  objectives: ObjectiveView[];
}

export type LinkKind = 'primary' | 'secondary' | 'none' | 'unknown';

export interface MatrixCell {
  goal: string;
  link: LinkKind;
}

export interface MatrixRow {
  objective: ObjectiveRef;
  cells: MatrixCell[];
}

export interface Matrix {
  goals: GoalRef[];
  sectors: { sector: string; rows: MatrixRow[] }[];
  rowCount: number;
  legend: { primary: string; secondary: string };
}

export interface ChartBar {
  label: string;
  anchor: string | null;
  primary: number;
  secondary: number;
}

export interface Chart {
  title: string;
  description: string;
  /** the longest bar (primary + secondary), at least 1 */
  max: number;
  /** all links counted; 0 when no objective is linked (the chart would be empty) */
  total: number;
  bars: ChartBar[];
}

export interface RiskView {
  id: string;
  anchor: string;
  title: string;
  risks: string[];
  mitigations: { strategy: string; text: string }[];
  isLabel: boolean;
}

export interface FindingView {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  file: string;
  line: number;
  column: number;
  id: string | null;
}

export interface SourceView {
  id: string;
  anchor: string;
  title: string;
  /** the url as written, shown as text */
  url: string | null;
  /** the url when it is safe to link (http, https or relative), else null */
  href: string | null;
  part: string | null;
  confidence: string | null;
  /** the edition of a series the source's figures come from */
  edition: string | null;
}

export interface PlanInfo {
  cycle: string;
  title: string;
  status: string | null;
  period: string | null;
  previous: string | null;
  source: string | null;
  isPartial: boolean;
  gaps: string[];
  /** some item's text is a short label, not the official wording: reports explain the marker */
  hasLabels: boolean;
  /** the plan records observations of its targets (`progress`): reports show each target's status */
  hasProgress: boolean;
  vision: string | null;
  mission: string | null;
  values: { name: string; text: string }[];
  sources: SourceView[];
}

export interface ReportModel {
  report: {
    kind: 'plan' | 'goal';
    title: string;
    goal: string | null;
    sector: string | null;
    modelVersion: number;
  };
  plan: PlanInfo;
  /** error-level findings, shown at the top of every report; null when there are none */
  banner: { count: number; problems: FindingView[] } | null;
  /** goal report: the goal, its targets, its objectives in full and its coverage (null in a plan report) */
  goal: GoalView | null;
  targets: TargetView[] | null;
  objectives: { primary: ObjectiveView[]; secondary: ObjectiveView[] } | null;
  coverage: Coverage | null;
  /** plan report: every goal, the objectives by Sector, Table 3, the risks and the findings (null in a goal report) */
  goals: GoalSection[] | null;
  sectors: SectorSection[] | null;
  matrix: Matrix | null;
  risks: RiskView[] | null;
  findings: { errors: number; warnings: number; infos: number; items: FindingView[] } | null;
  /** both: objectives per goal (plan report) or per Sector (goal report), primary vs secondary */
  chart: Chart;
}
