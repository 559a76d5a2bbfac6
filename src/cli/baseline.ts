import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckConfig } from '../checks/config.js';
import { sortDiagnostics, toDiagnostics } from '../checks/run.js';
import { displayPath } from '../load/index.js';
import { UsageError } from '../load/errors.js';
import { applyBaseline, BASELINE_FILE, formatBaseline, parseBaseline, pruneEntries, recordFindings, type Baseline } from '../suppress/baseline.js';
import type { Diagnostic } from '../types/diagnostic.js';
import { writeError, writeOutput } from './output.js';

export interface BaselineOptions {
  plans: string;
  /** the file given with --baseline; false with --no-baseline */
  baseline?: string | false;
  updateBaseline?: boolean;
  pruneBaseline?: boolean;
}

/**
 * The baseline file: --baseline FILE; else the config's `baseline`; else plan-baseline.json beside the
 * config file; else in the working directory.
 */
export function baselinePath(options: BaselineOptions, config: CheckConfig, cwd = process.cwd()): string {
  if (typeof options.baseline === 'string') return path.resolve(cwd, options.baseline);
  if (config.baseline !== undefined) return path.resolve(cwd, config.baseline);
  return path.join(config.file === undefined ? cwd : path.dirname(path.resolve(cwd, config.file)), BASELINE_FILE);
}

/**
 * Writes the baseline when asked to (--update-baseline, --prune-baseline), then marks the findings it
 * records as suppressed and adds a `stale-baseline` finding for each recorded finding that is gone.
 */
export async function settleBaseline(diagnostics: Diagnostic[], options: BaselineOptions, config: CheckConfig, checkedCycles: ReadonlySet<string>): Promise<Diagnostic[]> {
  if (options.baseline === false) return diagnostics;
  const file = baselinePath(options, config);
  const shown = displayPath(file);
  const exists = existsSync(file);
  const isWriting = options.updateBaseline === true || options.pruneBaseline === true;
  if (!exists && (typeof options.baseline === 'string' || options.pruneBaseline) && !options.updateBaseline) {
    throw new UsageError(`no such baseline file: ${shown} (create it with plan validate --update-baseline)`);
  }
  if (!exists && !isWriting) return diagnostics;
  let baseline: Baseline = exists ? parseBaseline(readFileSync(file, 'utf8'), shown) : { file: shown, entries: [], lines: [] };
  const scope = { checkedCycles, baselineDir: path.dirname(file), cwd: process.cwd() };
  if (isWriting) {
    const entries = options.updateBaseline ? recordFindings(diagnostics, baseline.entries, scope) : pruneEntries(diagnostics, baseline.entries, scope);
    const text = formatBaseline(entries);
    const isChanged = !exists || readFileSync(file, 'utf8') !== text;
    if (isChanged) {
      mkdirSync(path.dirname(file), { recursive: true });
      await writeOutput(text, file, { plansDir: options.plans });
    }
    const count = entries.reduce((sum, entry) => sum + entry.count, 0);
    writeError(`${isChanged ? 'wrote' : 'unchanged:'} ${shown} (${count} finding${count === 1 ? '' : 's'} recorded)`);
    baseline = parseBaseline(text, shown);
  }
  const applied = applyBaseline(diagnostics, baseline, scope);
  return sortDiagnostics([...applied.diagnostics, ...toDiagnostics(applied.stale, config)]);
}
