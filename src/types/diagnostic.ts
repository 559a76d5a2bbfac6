/** A finding: data, not a sentence. The wording lives in src/checks/messages.ts. */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Diagnostic {
  /** stable kebab-case check code, e.g. `dangling-ref` */
  code: string;
  severity: Severity;
  /** the human sentence, rendered from code + args by the message table */
  message: string;
  /** path of the file, relative to the working directory where possible */
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  /** the id of the item concerned, when there is one */
  id?: string;
  /** the cycle the file belongs to */
  cycle?: string;
  hint?: string;
  args?: Record<string, unknown>;
  /** present when the finding is suppressed: it is reported as such and never fails a run */
  suppression?: Suppression;
}

/**
 * Why a finding does not count: a `# plan-ignore` comment in the plan (`inSource`, with its reason) or
 * an entry of the baseline file (`external`). The names are SARIF's suppression kinds.
 */
export interface Suppression {
  kind: 'inSource' | 'external';
  /** the reason written after `--` in the comment */
  justification?: string;
  /** where the suppression is written: the comment, or the baseline entry */
  file: string;
  line: number;
}
