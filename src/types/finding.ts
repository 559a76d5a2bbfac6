/**
 * A finding before severity and wording are applied: a check code, a place and the facts of the case.
 * Checks and the loader return these; `src/checks/apply.ts` turns them into diagnostics.
 */
export interface Finding {
  code: string;
  file: string;
  line: number;
  column: number;
  id?: string;
  cycle?: string;
  args: Record<string, unknown>;
}
