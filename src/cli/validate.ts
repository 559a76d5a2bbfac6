import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkWithCache } from '../cache/cycle.js';
import { PlanCache, toolIdentity } from '../cache/store.js';
import { checkPlanInParallel, configForPlan, loadPlan, knownCycles, resolvePlans, CHECKS } from '../core.js';
import { formatDiagnostics, type FormatName } from '../format/index.js';
import { PACKAGE_ROOT } from '../paths.js';
import type { Diagnostic } from '../types/diagnostic.js';
import { EXIT, type GlobalOptions } from '../cli.js';
import { baselinePath, settleBaseline, type BaselineOptions } from './baseline.js';
import { useColor, writeError, writeOutput } from './output.js';

interface ValidateOptions extends GlobalOptions, BaselineOptions {
  format: FormatName;
  cache?: boolean;
  cacheLocation?: string;
  failOn: 'error' | 'warning';
  maxWarnings?: number;
  quiet?: boolean;
  out?: string;
}

export async function runValidate(args: string[], options: ValidateOptions): Promise<number> {
  const locations = resolvePlans(args, options.plans);
  const cycles = knownCycles(options.plans);
  // the run's own settings (baseline file, rule levels in SARIF) come from the first plan's configuration
  const runConfig = configForPlan(options.config, locations[0]?.dir ?? options.plans);
  let diagnostics: Diagnostic[] = [];
  const checkedFiles: string[] = [];
  const configFiles = [options.config, runConfig.file];
  const checkedCycles = new Set<string>();
  const cache = options.cache || options.cacheLocation !== undefined ? new PlanCache(cacheFile(options.cacheLocation), toolIdentity()) : undefined;
  for (const location of locations) {
    const config = configForPlan(options.config, location.dir);
    configFiles.push(config.file);
    if (cache) {
      const checked = await checkWithCache(location.dir, { config, knownCycles: cycles, cache });
      checkedFiles.push(...checked.files);
      checkedCycles.add(checked.cycle);
      diagnostics.push(...checked.diagnostics);
      continue;
    }
    const loaded = loadPlan(location.dir, { config });
    checkedFiles.push(...loaded.files);
    checkedCycles.add(loaded.plan.cycle);
    diagnostics.push(...(await checkPlanInParallel(loaded, { config, knownCycles: cycles })).diagnostics);
  }
  const notSaved = cache?.save(new Set(locations.map((location) => path.resolve(location.dir))));
  if (notSaved) writeError(notSaved);
  diagnostics = await settleBaseline(diagnostics, options, runConfig, checkedCycles);
  const level = failLevel(diagnostics, options);
  // --quiet shortens the report, never the gate: --fail-on and --max-warnings still count what it hides
  const shown = options.quiet ? diagnostics.filter((diagnostic) => diagnostic.severity === 'error') : diagnostics;
  const { version, homepage } = packageInfo();
  const text = formatDiagnostics(shown, options.format, {
    color: useColor(options),
    cwd: repositoryRoot(),
    toolVersion: version,
    informationUri: homepage,
    rulesHelpUri: homepage === undefined ? undefined : `${homepage}/docs/checks.md`,
    rules: CHECKS.map((check) => ({ code: check.code, description: check.description, fix: check.fix, defaultSeverity: runConfig.rules[check.code] ?? check.defaultSeverity })),
    checkedFiles,
    failOn: level,
    checkedPlans: locations.length,
    width: terminalWidth(options.out),
    hidden: openCount(diagnostics) - openCount(shown),
  });
  // the baseline and the cache are inputs too: a report written over either would lose them
  const inputs = [...locations.map((location) => location.dir), ...configFiles, baselinePath(options, runConfig), cache ? cacheFile(options.cacheLocation) : undefined];
  await writeOutput(text, options.out, { plansDir: options.plans, inputs });
  const { errors, warnings } = counts(diagnostics);
  const fails = errors > 0 || (level === 'warning' && warnings > 0);
  // errors speak for themselves; a run that only warnings fail says why
  if (fails && errors === 0) writeError(warningsReason(warnings, options));
  return fails ? EXIT.findings : EXIT.ok;
}

function warningsReason(warnings: number, options: ValidateOptions): string {
  const counted = `${warnings} warning${warnings === 1 ? '' : 's'}`;
  if (options.failOn === 'warning') return `failing on warnings (--fail-on warning): ${counted}`;
  return `${counted}, more than --max-warnings ${options.maxWarnings} allows`;
}

/** Lines fit the terminal the output goes to; 80 columns anywhere else. */
function terminalWidth(out: string | undefined): number | undefined {
  return out === undefined && process.stdout.isTTY && process.stdout.columns ? Math.max(40, process.stdout.columns) : undefined;
}

/** The --cache file: --cache-location names it, or a folder for it (an existing one, or a path ending in /); else ./.plancache. */
function cacheFile(location: string | undefined): string {
  if (location === undefined) return path.resolve(CACHE_FILE);
  const isFolder = /[\\/]$/.test(location) || (existsSync(location) && statSync(location).isDirectory());
  return isFolder ? path.resolve(location, CACHE_FILE) : path.resolve(location);
}

const CACHE_FILE = '.plancache';

function packageInfo(): { version?: string; homepage?: string } {
  return JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string; homepage?: string };
}

/** CI formats name files from the repository root: GitHub's workspace, else the nearest folder holding .git. */
function repositoryRoot(): string {
  if (process.env.GITHUB_WORKSPACE) return process.env.GITHUB_WORKSPACE;
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

/** Findings that count: suppressed ones never do. */
function counts(diagnostics: Diagnostic[]): { errors: number; warnings: number } {
  const open = diagnostics.filter((diagnostic) => !diagnostic.suppression);
  return { errors: open.filter((d) => d.severity === 'error').length, warnings: open.filter((d) => d.severity === 'warning').length };
}

/**
 * The lowest severity that fails this run: warnings fail it with --fail-on warning, or when there are
 * more than --max-warnings of them. Reports mark exactly these findings as failures, so a report and the
 * exit code always agree.
 */
function openCount(diagnostics: Diagnostic[]): number {
  return diagnostics.filter((diagnostic) => diagnostic.suppression === undefined).length;
}

function failLevel(diagnostics: Diagnostic[], options: ValidateOptions): 'error' | 'warning' {
  if (options.failOn === 'warning') return 'warning';
  if (options.maxWarnings !== undefined && counts(diagnostics).warnings > options.maxWarnings) return 'warning';
  return 'error';
}
