import { createRequire } from 'node:module';
import { load, type LoadOptions } from 'js-yaml';
import type { Document, LineCounter, Node } from 'yaml';
import type { Finding } from '../types/finding.js';
import type { SourceLocation } from '../types/location.js';
import { readBlockYaml, type Outline } from './block-yaml.js';
import { decodeText, lineOfOffset } from './decode.js';
import { locateInOutline } from './outline.js';
import { duplicateKeys } from './duplicate-keys.js';
import { checkAliasLimits, checkYamlLimits, JS_YAML_MAX_DEPTH, nestingRefused } from './yaml-limits.js';
import { YAML_12_CORE, YAML_PACKAGE_SCHEMA } from './yaml-core.js';
import { pathKey, scanPositions, type PositionIndex } from './positions.js';

/**
 * One YAML file, parsed. Positions are found only when a finding needs one: from the outline of a file the
 * block reader read (`outline.ts`), else by the light scanner (`positions.ts`), else through the full
 * `yaml` document.
 */
export interface ParsedFile {
  file: string;
  text?: string;
  /** the plain data, when the file parsed without errors */
  data?: unknown;
  findings: Finding[];
  /** the `yaml` package's document: made when parsing needed it, or on the first position the scanner lacks */
  document?: Document.Parsed;
  lineCounter?: LineCounter;
  /** the scanner's index; null when it could not read the file */
  positions?: PositionIndex | null;
  /** where the top-level entries and list items start, when the block reader read the file */
  outline?: Outline;
  /** the schema's findings on the data, once validated (kept with the file by --cache) */
  schemaFindings?: Finding[];
}

const MAX_ALIAS_COUNT = 100;
/**
 * Anchors, aliases and tags need the full parser: it limits alias expansion and reports unknown tags; so
 * do merge keys (`<<: *defaults`), which it applies.
 */
const NEEDS_FULL_PARSER = /(^|[\s[{,:-])[&*!]\S|<</m;

const require = createRequire(import.meta.url);
/** The `yaml` package costs a noticeable share of start-up, so it is loaded only when a file needs it. */
export const yamlPackage = (): typeof import('yaml') => require('yaml');

/**
 * Parses a part. The common case (plain block YAML) is read by the block reader (`block-yaml.ts`), which
 * also outlines the file for positions; what it declines goes through js-yaml, several times faster than
 * the `yaml` package; anything unusual, and every error, goes through `yaml`, whose findings say exactly
 * what and where.
 */
export function parseYamlFile(file: string, bytes: Uint8Array): ParsedFile {
  const decoded = decodeText(bytes);
  if (decoded.text === undefined) {
    const at = lineOfOffset(bytes, decoded.offset ?? 0);
    const code = decoded.problem === 'binary' ? 'binary-file' : 'encoding';
    return { file, findings: [{ code, file, line: at.line, column: at.column, args: {} }] };
  }
  const text = decoded.text;
  if (isOnlyComments(text)) return { file, text, findings: [{ code: 'empty-file', file, line: 1, column: 1, args: {} }] };
  const tooDeep = checkYamlLimits(file, text);
  if (tooDeep) return { file, text, findings: [tooDeep] };
  const read = readBlockYaml(text);
  if (read) return { file, text, data: read.data, outline: read.outline, findings: [] };
  if (!NEEDS_FULL_PARSER.test(text)) {
    try {
      return { file, text, data: load(text, { schema: YAML_12_CORE, filename: file, maxDepth: JS_YAML_MAX_DEPTH } as LoadOptions), findings: [] };
    } catch (error) {
      // reported below, in the full parser's words; past the nesting limit, never handed to it
      const refused = nestingRefused(file, error);
      if (refused) return { file, text, findings: [refused] };
    }
  }
  return parseFully(file, text);
}

function parseFully(file: string, text: string): ParsedFile {
  const { LineCounter, parseDocument } = yamlPackage();
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  try {
    document = parseDocument(text, { lineCounter, ...YAML_PACKAGE_SCHEMA, uniqueKeys: false, merge: true, prettyErrors: false, strict: true, logLevel: 'error' });
  } catch (error) {
    return { file, text, findings: [{ code: 'yaml-syntax', file, line: 1, column: 1, args: { detail: explain(error) } }] };
  }
  const findings: Finding[] = [];
  for (const error of document.errors) {
    const at = lineCounter.linePos(error.pos[0]);
    findings.push({ code: 'yaml-syntax', file, line: at.line, column: at.col, args: { detail: explain(error), yamlCode: error.code } });
  }
  for (const warning of document.warnings) {
    if (warning.code !== 'TAG_RESOLVE_FAILED') continue;
    const at = lineCounter.linePos(warning.pos[0]);
    findings.push({ code: 'yaml-syntax', file, line: at.line, column: at.col, args: { detail: firstLine(warning.message), yamlCode: warning.code } });
  }
  // a key set twice is reported, and the data are kept all the same (with the value set last)
  findings.push(...duplicateKeys(file, document, lineCounter));
  const parsed: ParsedFile = { file, text, document, lineCounter, findings };
  if (findings.some((finding) => finding.code === 'yaml-syntax')) return parsed;
  const overflow = checkAliasLimits(file, document, lineCounter);
  if (overflow) {
    findings.push(overflow);
    return parsed;
  }
  try {
    parsed.data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    findings.push({ code: 'yaml-syntax', file, line: 1, column: 1, args: { detail: explain(error) } });
  }
  return parsed;
}

/** Exhaustion errors in words a plan author can act on. */
function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/call stack/i.test(message)) return 'nesting is too deep to read';
  if (/alias count/i.test(message)) return `more than ${MAX_ALIAS_COUNT} aliases expanded (a "billion laughs" document?)`;
  return firstLine(message);
}

/** No line holds anything but blanks, a comment or a document marker. */
function isOnlyComments(text: string): boolean {
  return !/^[ \t]*(?!---[ \t]*\r?$)[^\s#]/m.test(text);
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}

/** 1-based line and column of the node at a path (or of a key in the map there), else of its nearest parent. */
export function locate(parsed: ParsedFile, path: readonly (string | number)[], property?: string): SourceLocation {
  const { file, text } = parsed;
  if (!parsed.document && text !== undefined) {
    const inOutline = parsed.outline && locateInOutline(file, text, parsed.outline, path, property);
    if (inOutline) return inOutline;
    if (parsed.positions === undefined) parsed.positions = scanPositions(text) ?? null;
    if (parsed.positions) return fromIndex(file, parsed.positions, path, property);
    const { LineCounter, parseDocument } = yamlPackage();
    parsed.lineCounter = new LineCounter();
    parsed.document = parseDocument(text, { lineCounter: parsed.lineCounter, uniqueKeys: false, logLevel: 'error' });
  }
  if (!parsed.document || !parsed.lineCounter) return { file, line: 1, column: 1 };
  return fromDocument(parsed.file, parsed.document, parsed.lineCounter, path, property);
}

function fromIndex(file: string, index: PositionIndex, path: readonly (string | number)[], property?: string): SourceLocation {
  const key = property === undefined ? undefined : index.keys.get(pathKey([...path, property]));
  if (key) return { file, ...key };
  for (let length = path.length; length >= 0; length--) {
    const value = index.values.get(pathKey(path.slice(0, length)));
    if (value) return { file, ...value };
  }
  return { file, line: 1, column: 1 };
}

function fromDocument(
  file: string,
  document: Document.Parsed,
  lineCounter: LineCounter,
  path: readonly (string | number)[],
  property?: string,
): SourceLocation {
  const { isMap, isPair, isScalar } = yamlPackage();
  const at = (offset: number): SourceLocation => {
    const position = lineCounter.linePos(offset);
    return { file, line: position.line, column: position.col };
  };
  if (property !== undefined) {
    const map = path.length === 0 ? document.contents : document.getIn(path, true);
    if (isMap(map)) {
      for (const pair of map.items) {
        if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === property && pair.key.range) return at(pair.key.range[0]);
      }
    }
  }
  for (let length = path.length; length >= 0; length--) {
    const node = (length === 0 ? document.contents : document.getIn(path.slice(0, length), true)) as Node | null | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) return at(node.range[0]);
  }
  return { file, line: 1, column: 1 };
}
