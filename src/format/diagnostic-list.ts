import type { Diagnostic, Severity } from '../types/diagnostic.js';

export type SeverityCounts = Record<Severity, number>;

function compareStrings(a: string, b: string): number {
  // code-unit order, not localeCompare: the output must not depend on the locale
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.code, b.code)
  );
}

/** A sorted copy by file, line, column and code; ties keep their input order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity] += 1;
  return counts;
}

export function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const group = groups.get(diagnostic.file) ?? [];
    group.push(diagnostic);
    groups.set(diagnostic.file, group);
  }
  return groups;
}

/** The message with its hint, for formats that have a single text field. */
export function messageWithHint(diagnostic: Diagnostic): string {
  return diagnostic.hint ? `${diagnostic.message} — hint: ${diagnostic.hint}` : diagnostic.message;
}

/** Line and column are 1-based; a 0 or missing value means the finding has no position there. */
export function isPosition(value: number): boolean {
  return Number.isInteger(value) && value >= 1;
}

/** Findings that count, and the suppressed ones (shown as such, never as problems). */
export function partitionSuppressed(diagnostics: readonly Diagnostic[]): { open: Diagnostic[]; suppressed: Diagnostic[] } {
  return {
    open: diagnostics.filter((diagnostic) => !diagnostic.suppression),
    suppressed: diagnostics.filter((diagnostic) => diagnostic.suppression),
  };
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** An open finding at or above the run's fail level: a failure in reports that have failures. */
export function isFailure(diagnostic: Diagnostic, failOn: 'error' | 'warning' = 'error'): boolean {
  return !diagnostic.suppression && RANK[diagnostic.severity] >= RANK[failOn];
}
