import type { PlanGraph } from '../graph/plan-graph.js';
import type { NearestEarlier } from '../text/near-duplicates.js';
import type { SeveritySetting } from '../types/diagnostic.js';
import type { Finding } from '../types/finding.js';

export interface CheckContext {
  /** lowest similarity reported by the similar-* checks */
  similarityThreshold: number;
  /** the near-duplicates of a similar-* check's texts, when already found (by a worker thread), by check code */
  nearest?: ReadonlyMap<string, NearestEarlier>;
}

/** A check: metadata plus a pure function of the graph. Checks without `run` are reported by the loader. */
export interface Check {
  code: string;
  description: string;
  /** how to fix a finding; shown by plan rules and in docs/checks.md */
  fix: string;
  defaultSeverity: SeveritySetting;
  /**
   * True when the finding may just mean the data is incomplete: in a plan marked `completeness: partial`
   * such findings are reported as info, since the plan already admits the gap.
   */
  isCompleteness?: boolean;
  run?: (graph: PlanGraph, context: CheckContext) => Finding[];
}
