import type { Diagnostic } from '../types/diagnostic.js';
import { countBySeverity, sortDiagnostics } from './diagnostic-list.js';

export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const { error, warning, info } = countBySeverity(diagnostics);
  const report = {
    diagnostics: sortDiagnostics(diagnostics),
    summary: { errors: error, warnings: warning, infos: info },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
