import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../load/errors.js';
import { locate, parseYamlFile } from '../load/parse-yaml.js';
import { validateConfig } from '../load/schema.js';
import type { SeveritySetting } from '../types/diagnostic.js';
import { describe } from './messages.js';
import { CHECKS_BY_CODE, DEFAULT_SIMILARITY_THRESHOLD } from './index.js';

export interface CheckConfig {
  rules: Record<string, SeveritySetting>;
  similarityThreshold: number;
  /** the file it came from, when there was one */
  file?: string;
}

export const CONFIG_FILE = 'plan.config.yaml';

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
  const shown = path.relative(cwd, file) || file;
  const parsed = parseYamlFile(shown, readFileSync(file));
  const problems = parsed.data === undefined ? parsed.findings : validateConfig(parsed);
  if (problems.length > 0) {
    const first = problems[0];
    throw new UsageError(`${first.file}:${first.line}:${first.column}: ${describe(first).message}`);
  }
  const data = (parsed.data ?? {}) as { rules?: Record<string, SeveritySetting>; similarity?: { threshold?: number } };
  for (const code of Object.keys(data.rules ?? {})) {
    if (!CHECKS_BY_CODE.has(code)) {
      const at = locate(parsed, ['rules'], code);
      throw new UsageError(`${at.file}:${at.line}:${at.column}: unknown rule "${code}" (see \`plan rules\` for the list)`);
    }
  }
  return { rules: data.rules ?? {}, similarityThreshold: data.similarity?.threshold ?? DEFAULT_SIMILARITY_THRESHOLD, file: shown };
}
