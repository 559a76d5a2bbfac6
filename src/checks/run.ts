import type { PlanGraph } from '../graph/plan-graph.js';
import type { Diagnostic, Severity } from '../types/diagnostic.js';
import type { Finding } from '../types/finding.js';
import type { CheckContext } from './check.js';
import type { CheckConfig } from './config.js';
import { CHECKS, CHECKS_BY_CODE } from './index.js';
import { describe } from './messages.js';

/**
 * Runs every graph check that is not switched off (of those `only` names, when given), with the
 * near-duplicates of similar-* checks found beforehand where there are any.
 */
export function runChecks(
  graph: PlanGraph,
  config: CheckConfig,
  options: { only?: (code: string) => boolean; nearest?: CheckContext['nearest'] } = {},
): Finding[] {
  const findings: Finding[] = [];
  const context: CheckContext = { similarityThreshold: config.similarityThreshold, nearest: options.nearest };
  for (const check of CHECKS) {
    if (!check.run || !isOn(check.code, config) || (options.only && !options.only(check.code))) continue;
    for (const finding of check.run(graph, context)) findings.push({ ...finding, cycle: graph.cycle });
  }
  return findings;
}

export function isOn(code: string, config: CheckConfig): boolean {
  return (config.rules[code] ?? CHECKS_BY_CODE.get(code)?.defaultSeverity) !== 'off';
}

/**
 * Turns findings into diagnostics in one pass: severity from the configuration (or the check's default),
 * completeness findings lowered to info in a partial plan, wording from the message table, stable order.
 */
export function toDiagnostics(findings: Finding[], config: CheckConfig, partialCycles: ReadonlySet<string> = new Set()): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    const check = CHECKS_BY_CODE.get(finding.code);
    const setting = config.rules[finding.code] ?? check?.defaultSeverity ?? 'error';
    if (setting === 'off') continue;
    let severity: Severity = setting;
    if (check?.isCompleteness && finding.cycle !== undefined && partialCycles.has(finding.cycle)) severity = 'info';
    const { message, hint } = describe(finding);
    const diagnostic: Diagnostic = { code: finding.code, severity, message, file: finding.file, line: finding.line, column: finding.column };
    if (finding.id !== undefined) diagnostic.id = finding.id;
    if (finding.cycle !== undefined) diagnostic.cycle = finding.cycle;
    if (hint) diagnostic.hint = hint;
    diagnostic.args = plainArgs(finding.args);
    diagnostics.push(diagnostic);
  }
  return sortDiagnostics(diagnostics);
}

/** Args without the loader's internals, so JSON output stays small and stable. */
function plainArgs(args: Record<string, unknown>): Record<string, unknown> {
  const { dataPath: _dataPath, params: _params, hint: _hint, ...rest } = args;
  return rest;
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) => compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.code, b.code) || compare(a.id ?? '', b.id ?? ''),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
