import { toDiagnostics } from '../checks/run.js';
import { defaultConfig } from '../checks/config.js';
import { isGitSpec, loadPlanFromGit } from '../load/from-git.js';
import { loadPlan, type LoadedPlan } from '../load/index.js';
import { resolvePlans } from '../load/resolve.js';
import type { Diagnostic } from '../types/diagnostic.js';

export interface DiffInput {
  loaded: LoadedPlan;
  /** the load errors (syntax, schema): the diff goes on without the items they make unusable */
  errors: Diagnostic[];
  /** the folder read, for refusing to write output over it (none for a git revision) */
  folder?: string;
}

/** Reads one side of a diff: a cycle name, a path to a plan folder or file, or a git revision and path. */
export function loadDiffInput(arg: string, plansDir: string, cwd = process.cwd()): DiffInput {
  if (isGitSpec(arg, cwd)) return withErrors(loadPlanFromGit(arg, { cwd }));
  const [location] = resolvePlans([arg], plansDir, cwd);
  return { ...withErrors(loadPlan(location.dir, { cwd })), folder: location.dir };
}

function withErrors(loaded: LoadedPlan): DiffInput {
  const partial = new Set(loaded.plan.completeness === 'partial' ? [loaded.plan.cycle] : []);
  const errors = toDiagnostics(loaded.findings, defaultConfig(), partial).filter((diagnostic) => diagnostic.severity === 'error');
  return { loaded, errors };
}
