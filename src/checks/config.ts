import { existsSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAME } from '../load/discover.js';
import { UsageError } from '../load/errors.js';
import { locate, parseYamlFile, type ParsedFile } from '../load/parse-yaml.js';
import { describeRefusal, readRegularFile } from '../load/read-file.js';
import { validateConfig } from '../load/schema.js';
import { closestName } from '../text/suggest.js';
import type { SeveritySetting } from '../types/diagnostic.js';
import type { Finding } from '../types/finding.js';
import { describe } from './messages.js';
import { CHECKS_BY_CODE, DEFAULT_SIMILARITY_THRESHOLD } from './index.js';

/** Rules (and a threshold) for some cycles only: `overrides: [{cycles: [2020-2023-proposal], rules: {...}}]`. */
export interface ConfigOverride {
  /** cycle names; `*` stands for any run of characters (`2016-*`) */
  cycles: string[];
  rules?: Record<string, SeveritySetting>;
  similarity?: { threshold?: number };
}

export interface CheckConfig {
  rules: Record<string, SeveritySetting>;
  similarityThreshold: number;
  /** the file it came from, when there was one */
  file?: string;
  /** the baseline file it names, relative to the working directory (the config's `baseline`) */
  baseline?: string;
  /** applied by `configForCycle`, in order; later ones win */
  overrides?: ConfigOverride[];
}

export const CONFIG_FILE = CONFIG_FILE_NAME;

export function defaultConfig(): CheckConfig {
  return { rules: {}, similarityThreshold: DEFAULT_SIMILARITY_THRESHOLD };
}

/**
 * Reads plan.config.yaml. `explicit` is a path given on the command line (it must exist); otherwise
 * `plan.config.yaml` in `cwd` is used when present. Any problem is a usage error naming file and line.
 */
export function loadConfig(explicit: string | undefined, cwd = process.cwd()): CheckConfig {
  const file = explicit ? path.resolve(cwd, explicit) : path.join(cwd, CONFIG_FILE);
  if (!existsSync(file)) {
    if (explicit) throw new UsageError(`no such config file: ${explicit}`);
    return defaultConfig();
  }
  return readConfigFile(file, cwd);
}

/**
 * The configuration of the plan in `planDir`: the file given with `--config`; else the nearest
 * plan.config.yaml from the plan's folder upwards, up to the repository root (the first folder holding
 * `.git`; outside a repository, up to the file-system root); else ./plan.config.yaml; else the defaults.
 */
export function configForPlan(explicit: string | undefined, planDir: string, cwd = process.cwd()): CheckConfig {
  if (explicit) return loadConfig(explicit, cwd);
  const found = findConfigFile(path.resolve(cwd, planDir));
  return found ? readConfigFile(found, cwd) : loadConfig(undefined, cwd);
}

export function findConfigFile(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return undefined;
  }
}

/** The rules that hold for one cycle: the top-level ones with every matching override applied in order. */
export function configForCycle(config: CheckConfig, cycle: string): CheckConfig {
  const matching = (config.overrides ?? []).filter((override) => override.cycles.some((pattern) => matchesCycle(pattern, cycle)));
  if (matching.length === 0) return config;
  const result: CheckConfig = { ...config, rules: { ...config.rules } };
  for (const override of matching) {
    Object.assign(result.rules, override.rules);
    if (override.similarity?.threshold !== undefined) result.similarityThreshold = override.similarity.threshold;
  }
  return result;
}

function matchesCycle(pattern: string, cycle: string): boolean {
  if (!pattern.includes('*')) return pattern === cycle;
  const expression = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${expression}$`).test(cycle);
}

interface ConfigData {
  rules?: Record<string, SeveritySetting>;
  similarity?: { threshold?: number };
  baseline?: string;
  overrides?: ConfigOverride[];
}

function readConfigFile(file: string, cwd: string): CheckConfig {
  // relative to the working directory, or in full when that is shorter (`/dev/zero`, not `../../dev/zero`)
  const relative = path.relative(cwd, file);
  const shown = relative === '' || relative.length > file.length ? file : relative;
  // a committed plan.config.yaml may be a link to /dev/zero or a FIFO: read only a regular file, and only so much
  const read = readRegularFile(file);
  if (!('bytes' in read)) throw new UsageError(`config file ${shown} ${describeRefusal(read)}`);
  const parsed = parseYamlFile(shown, read.bytes);
  // a key set twice is kept out of a configuration too, though a plan part's data survive it
  if (parsed.data === undefined || parsed.findings.length > 0) throw usageError(parsed.findings[0]);
  const data = (parsed.data ?? {}) as ConfigData;
  // rule names first, in our words and with the name that was meant (the schema would only say "must be one of")
  checkRuleNames(parsed, ['rules'], data.rules);
  if (Array.isArray(data.overrides)) data.overrides.forEach((override, index) => checkRuleNames(parsed, ['overrides', index, 'rules'], override?.rules));
  const problems = validateConfig(parsed);
  if (problems.length > 0) throw usageError(problems[0]);
  const config: CheckConfig = { rules: data.rules ?? {}, similarityThreshold: data.similarity?.threshold ?? DEFAULT_SIMILARITY_THRESHOLD, file: shown };
  // a path in the config is relative to the config file's folder, as a reader of the file expects
  if (data.baseline !== undefined) config.baseline = path.relative(cwd, path.resolve(path.dirname(file), data.baseline)) || '.';
  if (data.overrides !== undefined) config.overrides = data.overrides;
  return config;
}

function usageError(finding: Finding): UsageError {
  return new UsageError(`${finding.file}:${finding.line}:${finding.column}: ${describe(finding).message}`);
}

function checkRuleNames(parsed: ParsedFile, at: (string | number)[], rules: unknown): void {
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) return;
  for (const code of Object.keys(rules)) {
    if (!CHECKS_BY_CODE.has(code)) {
      const where = locate(parsed, at, code);
      const meant = closestName(code, [...CHECKS_BY_CODE.keys()]);
      throw new UsageError(`${where.file}:${where.line}:${where.column}: unknown rule "${code}" (${meant ? `did you mean "${meant}"? ` : ''}see \`plan rules\` for the list)`);
    }
  }
}
