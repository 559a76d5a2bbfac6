/** The core of the library: load, check and export a plan (what `validate`, `list` and `export` need). */
import { buildGraph, type PlanGraph } from './graph/plan-graph.js';
import { defaultConfig, loadConfig, type CheckConfig } from './checks/config.js';
import { runChecks, toDiagnostics } from './checks/run.js';
import { loadPlan as loadPlanFiles, type LoadedPlan } from './load/index.js';
import type { Diagnostic } from './types/diagnostic.js';
import type { Finding } from './types/finding.js';
import { ITEM_KINDS, type Plan } from './types/plan.js';

export { CHECKS, CHECKS_BY_CODE, DEFAULT_SIMILARITY_THRESHOLD } from './checks/index.js';
export { UsageError } from './load/errors.js';
export { resolvePlans, knownCycles, DEFAULT_PLANS_DIR, type PlanLocation } from './load/resolve.js';
export { buildGraph, defaultConfig, loadConfig };
export type { CheckConfig, Diagnostic, LoadedPlan, PlanGraph, Plan };

export interface LoadResult extends LoadedPlan {
  /** the load findings (syntax, schema, merge) as diagnostics, with default severities */
  diagnostics: Diagnostic[];
}

/** Reads one plan folder (or file) into a merged plan; never throws for bad content, only for a missing path. */
export function loadPlan(dir: string, options: { cwd?: string; config?: CheckConfig } = {}): LoadResult {
  const loaded = loadPlanFiles(dir, options);
  const diagnostics = toDiagnostics(loaded.findings, options.config ?? defaultConfig(), partialSet(loaded));
  return { ...loaded, diagnostics };
}

/** Loads and checks a plan: load findings plus every graph check, as diagnostics. */
export function checkPlan(
  loaded: LoadedPlan,
  options: { config?: CheckConfig; knownCycles?: Iterable<string> } = {},
): { graph: PlanGraph; diagnostics: Diagnostic[] } {
  const config = options.config ?? defaultConfig();
  const graph = buildGraph(loaded, options.knownCycles ?? []);
  const findings: Finding[] = [...loaded.findings, ...runChecks(graph, config)];
  return { graph, diagnostics: toDiagnostics(findings, config, partialSet(loaded)) };
}

function partialSet(loaded: LoadedPlan): Set<string> {
  return new Set(loaded.plan.completeness === 'partial' ? [loaded.plan.cycle] : []);
}

/** Counts of each kind of item, for `plan list`. */
export function countItems(plan: Plan): Record<(typeof ITEM_KINDS)[number], number> {
  return Object.fromEntries(ITEM_KINDS.map((kind) => [kind, plan[kind].length])) as Record<(typeof ITEM_KINDS)[number], number>;
}

const EXPORT_ORDER = [
  'cycle', 'title', 'status', 'period', 'previous', 'source', 'sources', 'completeness', 'gaps', 'notes',
  'vision', 'mission', 'values', 'goals', 'targets', 'objectives', 'outcomes', 'outputs', 'enablers', 'risks',
] as const;

/** The merged plan as a plain object with the YAML's field names, in a fixed order; empty lists left out. */
export function exportPlan(plan: Plan): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const field of EXPORT_ORDER) {
    const value = plan[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    result[field] = value;
  }
  return result;
}
