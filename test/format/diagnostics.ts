import type { Diagnostic } from '../../src/types/diagnostic.js';

/** Text that breaks naive formatters: workflow-command and XML syntax, line breaks, control characters. */
export const HOSTILE_MESSAGE =
  '100% done: a, b\nnext <script>alert("x")</script> & \'quoted\'\r\nend\u0007\u001b[31m';

/** Deliberately out of order, across two files, with every severity. */
export function sampleDiagnostics(): Diagnostic[] {
  return [
    {
      code: 'dangling-ref',
      severity: 'error',
      message: 'Outcome O.1 refers to goal G9, which is not defined',
      file: 'plans/b.yaml',
      line: 12,
      column: 5,
      id: 'O.1',
      cycle: '2024-2027',
      hint: 'define G9 or fix the reference',
    },
    { code: 'hostile-text', severity: 'warning', message: HOSTILE_MESSAGE, file: 'plans/a.yaml', line: 3, column: 17 },
    { code: 'partial-plan', severity: 'info', message: 'this plan is partial', file: 'plans/a.yaml', line: 1, column: 1 },
    { code: 'missing-kpi', severity: 'warning', message: 'output has no indicator', file: 'plans/b.yaml', line: 101, column: 3, id: 'OUT.4' },
  ];
}
