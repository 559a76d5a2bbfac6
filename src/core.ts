/** The core of the library: load, check and export a plan (what `validate`, `list` and `export` need). */
import { buildGraph, type PlanGraph } from './graph/plan-graph.js';
import { configForCycle, configForPlan, defaultConfig, loadConfig, type CheckConfig } from './checks/config.js';
import { SIMILAR_CHECKS, similarCount, similarTexts } from './checks/duplicates.js';
import { CHECKS_BY_CODE } from './checks/index.js';
import { isOn, runChecks, sortDiagnostics, toDiagnostics } from './checks/run.js';
import { applyIgnoreDirectives, readIgnoreDirectives } from './suppress/inline.js';
import { nearestEarlierInWorker } from './text/in-worker.js';
import { nearestEarlier, type NearestEarlier } from './text/near-duplicates.js';
import { loadPlan as loadPlanFiles, type LoadedPlan } from './load/index.js';
import type { Diagnostic } from './types/diagnostic.js';
import type { Finding } from './types/finding.js';
import { ITEM_KINDS, type Plan } from './types/plan.js';

export { CHECKS, CHECKS_BY_CODE, DEFAULT_SIMILARITY_THRESHOLD } from './checks/index.js';
export { UsageError } from './load/errors.js';
export { resolvePlans, knownCycles, DEFAULT_PLANS_DIR, type PlanLocation } from './load/resolve.js';
export { buildGraph, configForCycle, configForPlan, defaultConfig, loadConfig };
export type { CheckConfig, Diagnostic, LoadedPlan, PlanGraph, Plan };

export interface LoadResult extends LoadedPlan {
  /** the load findings (syntax, schema, merge) as diagnostics, with default severities */
  diagnostics: Diagnostic[];
}

/** Reads one plan folder (or file) into a merged plan; never throws for bad content, only for a missing path. */
export function loadPlan(dir: string, options: { cwd?: string; config?: CheckConfig } = {}): LoadResult {
  const loaded = loadPlanFiles(dir, options);
  const diagnostics = toDiagnostics(loaded.findings, configForCycle(options.config ?? defaultConfig(), loaded.plan.cycle), partialSet(loaded));
  return { ...loaded, diagnostics };
}

/**
 * Loads and checks a plan: load findings plus every graph check, as diagnostics. The configuration's
 * overrides for the plan's cycle apply; findings a `# plan-ignore` comment covers are marked suppressed.
 */
export function checkPlan(
  loaded: LoadedPlan,
  options: { config?: CheckConfig; knownCycles?: Iterable<string> } = {},
): { graph: PlanGraph; diagnostics: Diagnostic[] } {
  const config = configForCycle(options.config ?? defaultConfig(), loaded.plan.cycle);
  const graph = buildGraph(loaded, options.knownCycles ?? []);
  return { graph, diagnostics: checkGraph(loaded, graph, config) };
}

function checkGraph(loaded: LoadedPlan, graph: PlanGraph, config: CheckConfig, nearest?: ReadonlyMap<string, NearestEarlier>): Diagnostic[] {
  const findings: Finding[] = [...loaded.findings, ...runChecks(graph, config, { nearest })];
  return withIgnores(loaded, toDiagnostics(findings, config, partialSet(loaded)), config);
}

/** Applies the plan's `# plan-ignore` comments, and adds the findings about the comments themselves. */
function withIgnores(loaded: LoadedPlan, diagnostics: Diagnostic[], config: CheckConfig): Diagnostic[] {
  const directives = loaded.parsedFiles.flatMap(readIgnoreDirectives);
  if (directives.length === 0) return diagnostics;
  const applied = applyIgnoreDirectives(directives, diagnostics, (code) => CHECKS_BY_CODE.has(code));
  for (const finding of applied.findings) finding.cycle = loaded.plan.cycle;
  return sortDiagnostics([...applied.diagnostics, ...toDiagnostics(applied.findings, config, partialSet(loaded))]);
}

/** From this many texts on, a similar-* check's search goes to a worker thread (see `checkPlanInParallel`). */
export const PARALLEL_FROM = 10_000;

/** Near-duplicates found before, by the texts searched (`--cache`): a search is pure, so its texts are its key. */
export interface NearestCache {
  get(texts: readonly string[], threshold: number): NearestEarlier | undefined;
  set(texts: readonly string[], threshold: number, nearest: NearestEarlier): void;
}

/**
 * `checkPlan` on two cores, for large plans: the similar-* check with the most texts (at least
 * `parallelFrom`) searches them in a worker thread while this thread runs every other check; its findings
 * are added once the near-duplicates arrive. The diagnostics are the same as `checkPlan`'s, in the same order.
 * `inWorker` names the check whose pairs a worker found (none when the plan is small or no worker could run).
 * With `nearestCache`, searches whose texts were searched before are not run again, and new ones are kept.
 */
export async function checkPlanInParallel(
  loaded: LoadedPlan,
  options: { config?: CheckConfig; knownCycles?: Iterable<string>; parallelFrom?: number; workerFile?: URL; nearestCache?: NearestCache } = {},
): Promise<{ graph: PlanGraph; diagnostics: Diagnostic[]; inWorker: string[] }> {
  const config = configForCycle(options.config ?? defaultConfig(), loaded.plan.cycle);
  const graph = buildGraph(loaded, options.knownCycles ?? []);
  const threshold = config.similarityThreshold;
  const cache = options.nearestCache;
  const codes = SIMILAR_CHECKS.filter((code) => isOn(code, config));
  const texts = new Map<string, string[]>();
  const textsOf = (code: string): string[] => texts.get(code) ?? texts.set(code, similarTexts(code, graph)).get(code)!;
  const known = new Map<string, NearestEarlier>();
  for (const code of cache ? codes : []) {
    const found = cache!.get(textsOf(code), threshold);
    if (found) known.set(code, found);
  }
  const largest = codes
    .filter((code) => !known.has(code))
    .map((code) => ({ code, count: similarCount(code, graph) }))
    .sort((a, b) => b.count - a.count)[0];
  const inWorker = largest && largest.count >= (options.parallelFrom ?? PARALLEL_FROM) ? largest.code : undefined;
  const searched = inWorker === undefined ? undefined : nearestEarlierInWorker(textsOf(inWorker), threshold, options.workerFile);
  for (const code of cache ? codes : []) {
    if (known.has(code) || code === inWorker) continue;
    const nearest = nearestEarlier(textsOf(code), threshold);
    known.set(code, nearest);
    cache!.set(textsOf(code), threshold, nearest);
  }
  if (inWorker === undefined || !searched) return { graph, diagnostics: checkGraph(loaded, graph, config, known), inWorker: [] };
  const findings: Finding[] = [...loaded.findings, ...runChecks(graph, config, { only: (code) => code !== inWorker, nearest: known })];
  const result = await searched;
  cache?.set(textsOf(inWorker), threshold, result.nearest);
  findings.push(...runChecks(graph, config, { only: (code) => code === inWorker, nearest: new Map([[inWorker, result.nearest]]) }));
  const diagnostics = withIgnores(loaded, toDiagnostics(findings, config, partialSet(loaded)), config);
  return { graph, diagnostics, inWorker: result.inWorker ? [inWorker] : [] };
}

function partialSet(loaded: LoadedPlan): Set<string> {
  return new Set(loaded.plan.completeness === 'partial' ? [loaded.plan.cycle] : []);
}

/** Counts of each kind of item, for `plan list`. */
export function countItems(plan: Plan): Record<(typeof ITEM_KINDS)[number], number> {
  return Object.fromEntries(ITEM_KINDS.map((kind) => [kind, plan[kind].length])) as Record<(typeof ITEM_KINDS)[number], number>;
}

const EXPORT_ORDER = [
  'cycle', 'title', 'status', 'period', 'previous', 'source', 'sources', 'completeness', 'complete_lists', 'gaps', 'notes',
  'vision', 'mission', 'values', 'units', 'goals', 'targets', 'objectives', 'outcomes', 'outputs', 'enablers', 'risks', 'progress',
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
