/**
 * Positions in a file read by the block reader, found from its outline (the line where each top-level
 * key and each item of a top-level list starts): only the lines of the one entry or item a path runs
 * through are scanned (`positions.ts`), when a finding asks. A plan of 100,000 items with a handful of
 * findings scans a handful of items, not a hundred thousand.
 */
import type { SourceLocation } from '../types/location.js';
import type { Outline } from './block-yaml.js';
import { pathKey, scanPositions, type Position } from './positions.js';

/** The lines a path runs through: an item of a top-level list, or a top-level entry. */
interface Range {
  start: number;
  end: number;
  /** the path of the range's first node in a scan of its lines alone, and how much of the full path it stands for */
  root: (string | number)[];
  consumed: number;
}

/**
 * 1-based line and column of the node at `path` (or of the key `property` in the map there), else of its
 * nearest parent within the entry or item; undefined when the outline cannot tell (the caller then scans
 * the whole file).
 */
export function locateInOutline(file: string, text: string, outline: Outline, path: readonly (string | number)[], property?: string): SourceLocation | undefined {
  if (path.length === 0) {
    const line = property === undefined ? undefined : outline.keys.get(property);
    return line === undefined ? undefined : { file, line: line + 1, column: indentOf(text, lineStarts(text, outline)[line]) + 1 };
  }
  const key = String(path[0]);
  const items = outline.items.get(key);
  if (path.length === 1 && property === undefined && items && items.length > 0) {
    return { file, line: items[0] + 1, column: indentOf(text, lineStarts(text, outline)[items[0]]) + 1 };
  }
  const range = rangeOf(outline, key, path);
  if (!range) return undefined;
  const starts = lineStarts(text, outline);
  const index = scanPositions(text.slice(starts[range.start], range.end < starts.length ? starts[range.end] : text.length));
  if (!index) return undefined;
  const local = [...range.root, ...path.slice(range.consumed)];
  const shift = (position: Position): SourceLocation => ({ file, line: position.line + range.start, column: position.column });
  const keyAt = property === undefined ? undefined : index.keys.get(pathKey([...local, property]));
  if (keyAt) return shift(keyAt);
  for (let length = local.length; length >= range.root.length; length--) {
    const value = index.values.get(pathKey(local.slice(0, length)));
    if (value) return shift(value);
  }
  return undefined;
}

function rangeOf(outline: Outline, key: string, path: readonly (string | number)[]): Range | undefined {
  const start = outline.keys.get(key);
  if (start === undefined) return undefined;
  const items = outline.items.get(key);
  const end = nextKeyLine(outline, start);
  if (items && typeof path[1] === 'number') {
    const item = path[1];
    if (item >= items.length) return undefined;
    return { start: items[item], end: item + 1 < items.length ? items[item + 1] : end, root: [0], consumed: 2 };
  }
  return { start, end, root: [key], consumed: 1 };
}

/** The line of the top-level key after the one on `line`, or the end of the file. */
function nextKeyLine(outline: Outline, line: number): number {
  let next = outline.lineCount;
  for (const other of outline.keys.values()) if (other > line && other < next) next = other;
  return next;
}

/** Where each line starts in the text, worked out once per file, on its first position asked for. */
function lineStarts(text: string, outline: Outline): Int32Array {
  if (outline.lineStarts) return outline.lineStarts;
  const starts = new Int32Array(outline.lineCount);
  for (let line = 1, at = text.indexOf('\n'); at !== -1 && line < starts.length; line++, at = text.indexOf('\n', at + 1)) starts[line] = at + 1;
  outline.lineStarts = starts;
  return starts;
}

function indentOf(text: string, start: number): number {
  let indent = 0;
  while (text.charCodeAt(start + indent) === 32) indent++;
  return indent;
}
