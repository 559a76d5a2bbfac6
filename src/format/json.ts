import type { Diagnostic } from '../types/diagnostic.js';
import { countBySeverity, partitionSuppressed, sortDiagnostics } from './diagnostic-list.js';

/** The open findings, then the suppressed ones (each with its `suppression`), then the counts. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const { open, suppressed } = partitionSuppressed(diagnostics);
  const { error, warning, info } = countBySeverity(open);
  const report = {
    diagnostics: sortDiagnostics(open),
    suppressed: sortDiagnostics(suppressed),
    summary: { errors: error, warnings: warning, infos: info, suppressed: suppressed.length },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
