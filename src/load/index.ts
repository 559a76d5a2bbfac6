import { statSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../types/finding.js';
import { listYamlFiles, unreadable } from './discover.js';
import { UsageError } from './errors.js';
import { mergeParts, type MergedPlan } from './merge.js';
import { parseYamlFile, type ParsedFile } from './parse-yaml.js';
import { describeRefusal, MAX_FILE_BYTES, readRegularFile } from './read-file.js';
import { repairPart, type RepairedPart, type SchemaProblem } from './repair.js';
import { schemaErrors, validatePlanPart } from './schema.js';
import { pointerToPath } from './schema-errors.js';

export interface LoadedPlan extends MergedPlan {
  /** the folder the plan was read from */
  dir: string;
  /** every YAML file of the cycle, as shown in diagnostics */
  files: string[];
  parsedFiles: ParsedFile[];
}

export { MAX_FILE_BYTES };

export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative === '' ? '.' : relative.split(path.sep).join('/');
}

/** A part's bytes, or why they are not read (not a regular file, too large, unreadable). */
export function readPartBytes(absolute: string, shown: string): Uint8Array | Finding {
  const read = readRegularFile(absolute);
  if ('bytes' in read) return read.bytes;
  if (read.problem === 'too-large') return { code: 'file-too-large', file: shown, line: 1, column: 1, args: { size: read.size, limit: read.limit } };
  return unreadable(shown, read.problem === 'unreadable' ? read.reason : describeRefusal(read));
}

export function readPart(absolute: string, shown: string): ParsedFile | Finding {
  const bytes = readPartBytes(absolute, shown);
  return bytes instanceof Uint8Array ? parseYamlFile(shown, bytes) : bytes;
}

/** The files of a cycle folder (or a single YAML file), as found and as shown, before any is read. */
export interface PlanListing {
  cycle: string;
  /** the folder (or file), absolute and as shown */
  dir: string;
  shownDir: string;
  files: { absolute: string; shown: string }[];
  /** folders and links that could not be read */
  findings: Finding[];
}

export function listPlan(dir: string, cwd = process.cwd()): PlanListing {
  const absolute = path.resolve(cwd, dir);
  let isFile = false;
  try {
    isFile = statSync(absolute).isFile();
  } catch {
    throw new UsageError(`no such plan folder or file: ${dir}`);
  }
  const listing = isFile ? { files: [absolute], findings: [] } : listYamlFiles(absolute);
  return {
    cycle: path.basename(isFile ? path.dirname(absolute) : absolute),
    dir: absolute,
    shownDir: displayPath(absolute, cwd),
    files: listing.files.map((file) => ({ absolute: file, shown: displayPath(file, cwd) })),
    findings: listing.findings.map((finding) => ({ ...finding, file: displayPath(finding.file, cwd) })),
  };
}

/** Reads one cycle folder (or a single YAML file) into a merged plan, with every load finding. */
export function loadPlan(dir: string, options: { cwd?: string } = {}): LoadedPlan {
  const listing = listPlan(dir, options.cwd);
  const sources: PartSource[] = listing.files.map(({ absolute, shown }) => ({ shown, read: () => readPart(absolute, shown) }));
  return loadParts(listing.cycle, sources, { dir: listing.dir, shownDir: listing.shownDir, findings: listing.findings });
}

/** One part file to read: how it is shown in diagnostics, and how to get it parsed (or why it could not be). */
export interface PartSource {
  shown: string;
  read: () => ParsedFile | Finding;
}

/**
 * Parses, schema-checks and merges the parts of one cycle, wherever they come from (a folder, a git
 * revision): the one path every loader goes through.
 */
export function loadParts(
  cycle: string,
  sources: PartSource[],
  origin: { dir: string; shownDir: string; findings?: Finding[] },
): LoadedPlan {
  const findings: Finding[] = [...(origin.findings ?? [])];
  const parsedFiles: ParsedFile[] = [];
  const repaired = new Map<ParsedFile, RepairedPart>();
  for (const source of sources) {
    const result = source.read();
    if (!('findings' in result)) {
      findings.push(result);
      continue;
    }
    parsedFiles.push(result);
    findings.push(...result.findings);
    if (result.data === undefined) continue;
    // a part read from the --cache comes with its schema findings
    const schemaFindings = (result.schemaFindings ??= validatePlanPart(result));
    findings.push(...schemaFindings);
    if (schemaFindings.length > 0) repaired.set(result, repairPart(result.data, schemaFindings.map(toProblem), revalidate));
  }
  // a folder that could not be listed (a link out of it, no permission) is not empty: its finding says why
  if (sources.length === 0 && (origin.findings ?? []).length === 0) findings.push({ code: 'empty-plan', file: origin.shownDir, line: 1, column: 1, args: {} });
  const merged = mergeParts(cycle, parsedFiles, repaired);
  // A required field may well sit in a part that could not be read: say so only when every part was read.
  const isEveryPartRead = (origin.findings ?? []).length === 0 && parsedFiles.length === sources.length && parsedFiles.every((parsed) => parsed.data !== undefined);
  const mergeFindings = isEveryPartRead ? merged.findings : merged.findings.filter((finding) => finding.code !== 'missing-field');
  const all = [...findings, ...mergeFindings];
  for (const finding of all) finding.cycle = cycle;
  return { ...merged, findings: all, dir: origin.dir, files: sources.map((source) => source.shown), parsedFiles };
}

function toProblem(finding: Finding): SchemaProblem {
  const { dataPath, keyword, params } = finding.args as { dataPath: (string | number)[]; keyword: string; params: Record<string, unknown> };
  return { dataPath, keyword, params };
}

function revalidate(data: unknown): SchemaProblem[] {
  return schemaErrors(data, 'plan.schema.json').map((error) => ({ dataPath: pointerToPath(error.instancePath), keyword: error.keyword, params: error.params }));
}
