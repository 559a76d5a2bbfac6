import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import type { SourceLocation } from '../types/location.js';
import type { Finding } from '../types/finding.js';

/** One YAML file, parsed with positions kept so any value can be traced back to its line. */
export interface ParsedFile {
  file: string;
  document?: Document.Parsed;
  lineCounter: LineCounter;
  /** the plain data, when the file parsed without errors */
  data?: unknown;
  findings: Finding[];
}

const MAX_ALIAS_COUNT = 100;

/** Decodes bytes as UTF-8, refusing invalid sequences and NUL bytes; strips a BOM. */
export function decodeText(bytes: Uint8Array): { text?: string; problem?: string; offset?: number } {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { problem: 'binary', offset: nul };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { problem: 'encoding', offset: firstInvalidUtf8(bytes) };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      if (index + next >= bytes.length || (bytes[index + next] & 0xc0) !== 0x80) return index;
    }
    if (length > 2 && !isWellFormed(bytes.subarray(index, index + length))) return index;
    index += length;
  }
  return bytes.length;
}

/** Catches what the lead-byte test cannot: overlong forms, surrogates, code points past U+10FFFF. */
function isWellFormed(sequence: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sequence);
    return true;
  } catch {
    return false;
  }
}

export function lineOfOffset(bytes: Uint8Array, offset: number): SourceLocation & { file: '' } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < bytes.length; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  return { file: '', line, column: offset - lineStart + 1 };
}

export function parseYamlFile(file: string, bytes: Uint8Array): ParsedFile {
  const lineCounter = new LineCounter();
  const decoded = decodeText(bytes);
  if (decoded.text === undefined) {
    const at = lineOfOffset(bytes, decoded.offset ?? 0);
    const code = decoded.problem === 'binary' ? 'binary-file' : 'encoding';
    return { file, lineCounter, findings: [{ code, file, line: at.line, column: at.column, args: {} }] };
  }
  const text = decoded.text;
  if (text.trim() === '' || isOnlyComments(text)) {
    return { file, lineCounter, findings: [{ code: 'empty-file', file, line: 1, column: 1, args: {} }] };
  }
  let document: Document.Parsed;
  try {
    document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (error) {
    return { file, lineCounter, findings: [{ code: 'yaml-syntax', file, line: 1, column: 1, args: { detail: explain(error) } }] };
  }
  const findings: Finding[] = [];
  for (const error of document.errors) {
    const at = lineCounter.linePos(error.pos[0]);
    const code = error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
    findings.push({ code, file, line: at.line, column: at.col, args: { detail: explain(error), yamlCode: error.code } });
  }
  for (const warning of document.warnings) {
    if (warning.code !== 'TAG_RESOLVE_FAILED') continue;
    const at = lineCounter.linePos(warning.pos[0]);
    findings.push({ code: 'yaml-syntax', file, line: at.line, column: at.col, args: { detail: firstLine(warning.message), yamlCode: warning.code } });
  }
  if (findings.length > 0) return { file, document, lineCounter, findings };
  try {
    const data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { file, document, lineCounter, data, findings };
  } catch (error) {
    return { file, document, lineCounter, findings: [{ code: 'yaml-syntax', file, line: 1, column: 1, args: { detail: explain(error) } }] };
  }
}

/** Exhaustion errors in words a plan author can act on. */
function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/call stack/i.test(message)) return 'nesting is too deep to read';
  if (/alias count/i.test(message)) return `more than ${MAX_ALIAS_COUNT} aliases expanded (a "billion laughs" document?)`;
  return firstLine(message);
}

function isOnlyComments(text: string): boolean {
  return text.split(/\r?\n/).every((line) => line.trim() === '' || line.trim().startsWith('#') || line.trim() === '---');
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}

/** The node at a data path, e.g. ['goals', 0, 'id'] (undefined when the path does not exist). */
export function nodeAt(document: Document.Parsed, path: readonly (string | number)[]): Node | undefined {
  const node = document.getIn(path, true);
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
}

/** The key node of `property` in the map at `path`, for pointing at a misspelt key rather than its map. */
export function keyNodeAt(document: Document.Parsed, path: readonly (string | number)[], property: string): Node | undefined {
  const map = path.length === 0 ? document.contents : document.getIn(path, true);
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === property) return pair.key;
  }
  return undefined;
}

/** 1-based line and column of the node at a path, falling back to the nearest existing parent. */
export function locate(parsed: ParsedFile, path: readonly (string | number)[], property?: string): SourceLocation {
  const { document, lineCounter, file } = parsed;
  if (!document) return { file, line: 1, column: 1 };
  if (property !== undefined) {
    const key = keyNodeAt(document, path, property);
    if (key?.range) return position(file, lineCounter, key.range[0]);
  }
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? document.contents : nodeAt(document, path.slice(0, length));
    if (node?.range) return position(file, lineCounter, node.range[0]);
  }
  return { file, line: 1, column: 1 };
}

function position(file: string, lineCounter: LineCounter, offset: number): SourceLocation {
  const at = lineCounter.linePos(offset);
  return { file, line: at.line, column: at.col };
}
