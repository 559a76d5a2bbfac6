import type { Finding } from '../types/finding.js';
import type { SourceLocation } from '../types/location.js';
import { ITEM_KINDS, LIST_FIELDS, SCALAR_FIELDS, type ItemKind, type Observation, type Plan } from '../types/plan.js';
import { locate, type ParsedFile } from './parse-yaml.js';
import type { RepairedPart } from './repair.js';

/** An item of the merged plan with the file and YAML path it came from. */
export interface ItemEntry<T = { id: string }> {
  kind: ItemKind;
  item: T;
  parsed: ParsedFile;
  path: readonly (string | number)[];
  /** the item lacks a required property (a schema finding): checked, but left out of the plan's lists */
  isIncomplete?: boolean;
}

/** An observation of the merged plan (`progress:`), with the file and YAML path it came from. */
export interface ObservationEntry {
  item: Observation;
  parsed: ParsedFile;
  path: readonly (string | number)[];
}

export interface MergedPlan {
  plan: Plan;
  entries: ItemEntry[];
  observations: ObservationEntry[];
  /** where each top-level scalar was set */
  scalarOrigins: Map<string, { parsed: ParsedFile; path: readonly (string | number)[] }>;
  findings: Finding[];
}

const REQUIRED_FIELDS = ['cycle', 'title', 'status', 'period'] as const;

export function emptyPlan(cycle: string): Plan {
  return {
    cycle,
    sources: [],
    gaps: [],
    notes: [],
    values: [],
    units: [],
    goals: [],
    targets: [],
    objectives: [],
    outcomes: [],
    outputs: [],
    enablers: [],
    risks: [],
    progress: [],
  };
}

/**
 * Merges the parts of one cycle: lists are concatenated in file order, a top-level scalar may be set in
 * one part only. A part with schema errors is merged as `repaired` has it (see repair.ts): its items stay,
 * minus what the schema rejected; the fields and items it rejects outright are left out.
 */
export function mergeParts(cycle: string, parts: ParsedFile[], repaired: Map<ParsedFile, RepairedPart>): MergedPlan {
  const plan = emptyPlan(cycle);
  const record = plan as unknown as Record<string, unknown>;
  const entries: ItemEntry[] = [];
  const observations: ObservationEntry[] = [];
  const scalarOrigins: MergedPlan['scalarOrigins'] = new Map();
  const findings: Finding[] = [];
  /** fields some part sets, even with a value the schema rejected (that is a schema finding, not a missing field) */
  const present = new Set<string>();
  for (const parsed of parts) {
    const repair = repaired.get(parsed);
    const data = (repair ? repair.data : parsed.data) as Record<string, unknown> | undefined;
    if (!data || typeof data !== 'object' || Array.isArray(data)) continue;
    const rejected = repair?.rejected ?? new Set<string>();
    for (const field of SCALAR_FIELDS) {
      if (field in data) present.add(field);
      if (!(field in data) || rejected.has(field)) continue;
      const earlier = scalarOrigins.get(field);
      if (earlier) {
        const at = locate(parsed, [], field);
        findings.push({ ...at, code: 'duplicate-field', args: { field, otherFile: earlier.parsed.file, otherLine: locate(earlier.parsed, [], field).line } });
        continue;
      }
      record[field] = data[field];
      scalarOrigins.set(field, { parsed, path: [field] });
    }
    for (const field of LIST_FIELDS) {
      const list = data[field];
      if (!Array.isArray(list)) continue;
      const target = record[field] as unknown[];
      list.forEach((item, index) => {
        if (rejected.has(`${field}/${index}`)) return;
        const isIncomplete = repair?.incomplete.has(`${field}/${index}`) === true;
        // a source without its title is still a source items may name
        if (!isIncomplete || field === 'sources') target.push(item);
        if ((ITEM_KINDS as readonly string[]).includes(field)) {
          entries.push({ kind: field as ItemKind, item: item as { id: string }, parsed, path: [field, index], ...(isIncomplete ? { isIncomplete } : {}) });
        } else if (field === 'progress' && !isIncomplete) {
          observations.push({ item: item as Observation, parsed, path: [field, index] });
        }
      });
    }
  }
  plan.cycle = cycle;
  const first = parts.find((parsed) => parsed.data !== undefined) ?? parts[0];
  for (const field of REQUIRED_FIELDS) {
    if (!present.has(field) && first) findings.push({ file: first.file, line: 1, column: 1, code: 'missing-field', args: { field } });
  }
  const cycleOrigin = scalarOrigins.get('cycle');
  const declared = cycleOrigin ? (cycleOrigin.parsed.data as Record<string, unknown>).cycle : undefined;
  if (cycleOrigin && declared !== cycle) {
    findings.push({ ...locate(cycleOrigin.parsed, ['cycle']), code: 'cycle-mismatch', args: { declared, folder: cycle } });
  }
  return { plan, entries, observations, scalarOrigins, findings };
}

export function entryLocation(entry: { parsed: ParsedFile; path: readonly (string | number)[] }, field?: string | readonly (string | number)[]): SourceLocation {
  if (field === undefined) return locate(entry.parsed, entry.path);
  const suffix = typeof field === 'string' ? [field] : field;
  return locate(entry.parsed, [...entry.path, ...suffix]);
}
