import path from 'node:path';
import { UsageError } from '../load/errors.js';
import type { Diagnostic } from '../types/diagnostic.js';
import type { Finding } from '../types/finding.js';
import { identityKey, identityOf, type FindingIdentity } from './identity.js';

export const BASELINE_FILE = 'plan-baseline.json';
export const BASELINE_VERSION = 1;

/** A recorded finding: its identity, the file only for findings on no item, and how many times it occurs. */
export interface BaselineEntry extends FindingIdentity {
  file?: string;
  count: number;
}

export interface Baseline {
  /** the file as shown in findings */
  file: string;
  entries: BaselineEntry[];
  /** the line of each entry in the file (1 when the file is not laid out one entry per line) */
  lines: number[];
}

/** Where findings are compared: the cycles checked in this run, and the folders paths are relative to. */
export interface BaselineScope {
  checkedCycles: ReadonlySet<string>;
  /** the folder holding the baseline file: the `file` of an entry is relative to it */
  baselineDir: string;
  cwd: string;
}

const NOT_RECORDED = new Set(['stale-baseline']);

function keyOf(diagnostic: Diagnostic, scope: BaselineScope): string {
  const identity = identityOf(diagnostic);
  if (identity.id !== undefined) return identityKey(identity);
  const file = path.relative(scope.baselineDir, path.resolve(scope.cwd, diagnostic.file)).split(path.sep).join('/');
  return identityKey(identity, file);
}

function entryKey(entry: BaselineEntry): string {
  return identityKey(entry, entry.id === undefined ? entry.file : undefined);
}

/** The findings a baseline can match, by key, in report order; inline-suppressed ones are settled already. */
function occurrences(diagnostics: readonly Diagnostic[], scope: BaselineScope, isRecordable = false): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.suppression || NOT_RECORDED.has(diagnostic.code)) continue;
    if (isRecordable && diagnostic.severity === 'info') continue;
    const key = keyOf(diagnostic, scope);
    groups.set(key, [...(groups.get(key) ?? []), diagnostic]);
  }
  return groups;
}

/**
 * Marks the findings the baseline records as suppressed (as many of each as recorded) and returns a
 * `stale-baseline` finding for each entry of a checked cycle that occurs fewer times than recorded.
 */
export function applyBaseline(diagnostics: readonly Diagnostic[], baseline: Baseline, scope: BaselineScope): { diagnostics: Diagnostic[]; stale: Finding[] } {
  const groups = occurrences(diagnostics, scope);
  const suppressed = new Map<Diagnostic, number>();
  const stale: Finding[] = [];
  baseline.entries.forEach((entry, index) => {
    if (!scope.checkedCycles.has(entry.cycle)) return;
    const line = baseline.lines[index];
    const matched = (groups.get(entryKey(entry)) ?? []).splice(0, entry.count);
    for (const diagnostic of matched) suppressed.set(diagnostic, line);
    if (matched.length === entry.count) return;
    const { cycle, code, id, other, file, count } = entry;
    stale.push({ code: 'stale-baseline', file: baseline.file, line, column: 1, cycle, id, args: { cycle, code, id, other, file, recorded: count, missing: count - matched.length } });
  });
  return {
    diagnostics: diagnostics.map((diagnostic) => {
      const line = suppressed.get(diagnostic);
      return line === undefined ? diagnostic : { ...diagnostic, suppression: { kind: 'external', file: baseline.file, line } };
    }),
    stale,
  };
}

/** The baseline after `--update-baseline`: every error and warning of the checked cycles now; other cycles' entries kept. */
export function recordFindings(diagnostics: readonly Diagnostic[], previous: readonly BaselineEntry[], scope: BaselineScope): BaselineEntry[] {
  const entries = previous.filter((entry) => !scope.checkedCycles.has(entry.cycle));
  for (const [key, found] of occurrences(diagnostics, scope, true)) {
    const [cycle, code, id, other, file] = JSON.parse(key) as (string | null)[];
    const entry: BaselineEntry = { cycle: cycle ?? '', code: code ?? '', count: found.length };
    if (id !== null) entry.id = id;
    if (other !== null) entry.other = other;
    if (file !== null) entry.file = file;
    entries.push(entry);
  }
  return sortEntries(entries);
}

/** The baseline after `--prune-baseline`: each entry of a checked cycle cut down to what still occurs. */
export function pruneEntries(diagnostics: readonly Diagnostic[], previous: readonly BaselineEntry[], scope: BaselineScope): BaselineEntry[] {
  const groups = occurrences(diagnostics, scope);
  const entries: BaselineEntry[] = [];
  for (const entry of previous) {
    if (!scope.checkedCycles.has(entry.cycle)) {
      entries.push(entry);
      continue;
    }
    const count = (groups.get(entryKey(entry)) ?? []).splice(0, entry.count).length;
    if (count > 0) entries.push({ ...entry, count });
  }
  return sortEntries(entries);
}

const FIELDS = ['cycle', 'code', 'id', 'other', 'file'] as const;

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const compare = (a: BaselineEntry, b: BaselineEntry): number => {
    for (const field of FIELDS) {
      const [left, right] = [a[field] ?? '', b[field] ?? ''];
      if (left !== right) return left < right ? -1 : 1;
    }
    return 0;
  };
  return [...entries].sort(compare);
}

/** One entry per line, fields in a fixed order, sorted: a change to the baseline is a readable diff. */
export function formatBaseline(entries: readonly BaselineEntry[]): string {
  const lines = sortEntries([...entries]).map((entry) => {
    const fields = [...FIELDS, 'count' as const].filter((field) => entry[field] !== undefined);
    return `    {${fields.map((field) => `${JSON.stringify(field)}: ${JSON.stringify(entry[field])}`).join(', ')}}`;
  });
  const findings = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n  ]`;
  return `{\n  "version": ${BASELINE_VERSION},\n  "findings": ${findings}\n}\n`;
}

/** Reads a baseline file's text; anything but a baseline is a usage error naming the file (and line). */
export function parseBaseline(text: string, shown: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${shown}: not a baseline file (invalid JSON: ${(error as Error).message})`);
  }
  const root = data as { version?: unknown; findings?: unknown };
  if (!root || typeof root !== 'object' || root.version !== BASELINE_VERSION || !Array.isArray(root.findings)) {
    throw new UsageError(`${shown}: not a baseline file (expected {"version": ${BASELINE_VERSION}, "findings": [...]})`);
  }
  const lines = entryLines(text, root.findings.length);
  const entries = root.findings.map((entry, index) => {
    const problem = entryProblem(entry);
    if (problem) throw new UsageError(`${shown}:${lines[index]}: baseline entry ${index + 1} ${problem}`);
    return entry as BaselineEntry;
  });
  return { file: shown, entries, lines };
}

function entryProblem(entry: unknown): string | undefined {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return 'is not an object';
  const record = entry as Record<string, unknown>;
  for (const field of ['cycle', 'code']) if (typeof record[field] !== 'string' || record[field] === '') return `has no "${field}"`;
  for (const field of ['id', 'other', 'file']) if (record[field] !== undefined && typeof record[field] !== 'string') return `has a "${field}" that is not a string`;
  if (!Number.isInteger(record.count) || (record.count as number) < 1) return 'needs a "count" of 1 or more';
  const unknown = Object.keys(record).find((field) => ![...FIELDS, 'count'].includes(field));
  return unknown === undefined ? undefined : `has an unknown field "${unknown}"`;
}

/** Entries written one per line (as `formatBaseline` does) are found by their lines; otherwise all are on line 1. */
function entryLines(text: string, count: number): number[] {
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (index > 0 && line.trimStart().startsWith('{')) lines.push(index + 1);
  });
  return lines.length === count ? lines : new Array<number>(count).fill(1);
}
