import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkPlanInParallel, loadConfig, loadPlan, knownCycles, resolvePlans, CHECKS } from '../core.js';
import { formatDiagnostics, type FormatName } from '../format/index.js';
import type { Diagnostic } from '../types/diagnostic.js';
import { EXIT, type GlobalOptions } from '../cli.js';
import { useColor, writeOutput } from './output.js';

interface ValidateOptions extends GlobalOptions {
  format: FormatName;
  failOn: 'error' | 'warning';
  maxWarnings?: number;
  quiet?: boolean;
  out?: string;
}

export async function runValidate(args: string[], options: ValidateOptions): Promise<number> {
  const config = loadConfig(options.config);
  const locations = resolvePlans(args, options.plans);
  const cycles = knownCycles(options.plans);
  let diagnostics: Diagnostic[] = [];
  const checkedFiles: string[] = [];
  for (const location of locations) {
    const loaded = loadPlan(location.dir, { config });
    checkedFiles.push(...loaded.files);
    diagnostics.push(...(await checkPlanInParallel(loaded, { config, knownCycles: cycles })).diagnostics);
  }
  if (options.quiet) diagnostics = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const text = formatDiagnostics(diagnostics, options.format, {
    color: useColor(options),
    cwd: repositoryRoot(),
    toolVersion: process.env.npm_package_version,
    rules: CHECKS.map((check) => ({ code: check.code, description: check.description, defaultSeverity: config.rules[check.code] ?? check.defaultSeverity })),
    checkedFiles,
  });
  writeOutput(text, options.out, { plansDir: options.plans, inputs: locations.map((location) => location.dir) });
  return exitCode(diagnostics, options);
}

/** CI formats name files from the repository root: GitHub's workspace, else the nearest folder holding .git. */
function repositoryRoot(): string {
  if (process.env.GITHUB_WORKSPACE) return process.env.GITHUB_WORKSPACE;
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

function exitCode(diagnostics: Diagnostic[], options: ValidateOptions): number {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  if (errors > 0) return EXIT.findings;
  if (options.failOn === 'warning' && warnings > 0) return EXIT.findings;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return EXIT.findings;
  return EXIT.ok;
}
