import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { findCycles, isPlanListing, listYamlFiles } from './discover.js';
import { closestIds } from '../text/suggest.js';
import { UsageError } from './errors.js';

export const DEFAULT_PLANS_DIR = 'plans';
export const CYCLE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface PlanLocation {
  /** the cycle name (the folder's name) */
  cycle: string;
  /** absolute folder or file */
  dir: string;
}

/**
 * Resolves command-line arguments to plan folders. A bare name (no slash) is a cycle under the plans
 * folder; anything with a slash, or an existing path that is not a cycle, is a path. A cycle name
 * never reaches outside the plans folder.
 */
export function resolvePlans(args: readonly string[], plansDir: string, cwd = process.cwd()): PlanLocation[] {
  const root = path.resolve(cwd, plansDir);
  if (args.length === 0) {
    if (!existsSync(root)) throw new UsageError(`no plans folder at ${plansDir} (use --plans DIR)`);
    const cycles = findCycles(root);
    if (cycles.length === 0) throw new UsageError(`no plan cycles in ${plansDir}`);
    return cycles.map((cycle) => ({ cycle, dir: path.join(root, cycle) }));
  }
  return args.map((arg) => resolveOne(arg, root, plansDir, cwd));
}

export function resolveOne(arg: string, root: string, plansDir: string, cwd = process.cwd()): PlanLocation {
  // Only an argument with a slash is a path: a bare word is a cycle name and never leaves the plans folder.
  const isPath = arg.includes('/') || arg.includes(path.sep);
  if (!isPath && !(CYCLE_NAME.test(arg) && arg !== '.' && arg !== '..')) {
    throw new UsageError(`unknown cycle "${arg}": not a cycle name (a path to a plan folder or file needs a slash, e.g. ./${arg})`);
  }
  const isName = !isPath;
  if (isName && isDirectory(path.join(root, arg))) return { cycle: arg, dir: path.join(root, arg) };
  const asPath = path.resolve(cwd, arg);
  if (isPath && existsSync(asPath)) {
    const isFile = statSync(asPath).isFile();
    if (isFile && !/\.ya?ml$/i.test(asPath)) throw new UsageError(`not a YAML file (plan files end in .yaml or .yml): ${arg}`);
    if (!isFile && !isPlanListing(listYamlFiles(asPath), asPath)) throw new UsageError(`not a plan folder (no *.yaml or *.yml file in it): ${arg}`);
    return { cycle: path.basename(isFile ? path.dirname(asPath) : asPath), dir: asPath };
  }
  if (isName) {
    const known = existsSync(root) ? findCycles(root) : [];
    const [meant] = closestIds(arg, known);
    const list = known.length > 0 ? ` (${meant ? `did you mean "${meant}"? ` : ''}cycles in ${plansDir}: ${known.join(', ')})` : '';
    throw new UsageError(`unknown cycle "${arg}"${list}`);
  }
  throw new UsageError(`no such plan folder or file: ${arg}`);
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** The cycle names under the plans folder, for checking `previous`. */
export function knownCycles(plansDir: string, cwd = process.cwd()): string[] {
  const root = path.resolve(cwd, plansDir);
  return existsSync(root) ? findCycles(root) : [];
}
