import type { Check } from './check.js';

/** Findings about suppressions themselves (`# plan-ignore` comments, the baseline file), made after the checks run. */
export const suppressionChecks: Check[] = [
  {
    code: 'invalid-ignore',
    defaultSeverity: 'error',
    description: 'A `# plan-ignore` comment is malformed: it names no check, names a code that is no check, or gives no reason after `--`. It suppresses nothing.',
    fix: 'Write `# plan-ignore <code> -- <why this finding is acceptable>` with a code from `plan rules`.',
  },
  {
    code: 'unused-ignore',
    defaultSeverity: 'warning',
    description: 'A `# plan-ignore` comment suppresses nothing: no finding of its code is reported on the line or item it covers.',
    fix: 'Remove the comment (the finding is gone), or move it onto the line or item the finding is reported at.',
  },
  {
    code: 'stale-baseline',
    defaultSeverity: 'warning',
    description: 'The baseline file records a finding that no longer occurs (or occurs fewer times than recorded).',
    fix: 'Run `plan validate --prune-baseline` to remove the entry from the baseline file.',
  },
];
