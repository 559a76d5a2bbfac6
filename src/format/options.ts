import type { SeveritySetting } from '../types/diagnostic.js';

/** What a formatter needs to know about a check; SARIF lists these as its rules. */
export interface RuleMeta {
  code: string;
  description: string;
  /** how to fix a finding: SARIF's fullDescription and help */
  fix?: string;
  defaultSeverity: SeveritySetting;
}

export interface FormatOptions {
  /** stylish only: colours on or off, never guessed from the environment */
  color: boolean;
  /** github and sarif: the repository root that paths are made relative to; default process.cwd() */
  cwd?: string;
  /** sarif: the driver version */
  toolVersion?: string;
  /** sarif: the tool's home page */
  informationUri?: string;
  /** sarif: the page documenting the checks, one anchor per code (`<page>#dangling-ref`) */
  rulesHelpUri?: string;
  /** junit: the lowest severity that fails the run (default error); only such findings are failures */
  failOn?: 'error' | 'warning';
  /** sarif: the rules, in the order they are listed */
  rules?: RuleMeta[];
  /** stylish: how many plans were checked, for the line that says a clean run is clean */
  checkedPlans?: number;
  /** stylish: how many open findings below error --quiet left out, so a quiet run never reads as clean */
  hidden?: number;
  /** stylish: the width lines are wrapped to (default 80) */
  width?: number;
  /** junit: one testcase per checked file, so files without findings show as passed */
  checkedFiles?: string[];
}
