/**
 * Source positions of a block-style YAML file, found by a light line scanner instead of a full parse.
 *
 * Plan files are block mappings and sequences of scalars, with short one-line flow collections
 * (`period: {start: 2020, end: 2023}`). For such text this gives the same line and column as the `yaml`
 * package's nodes (tests compare the two on every bundled file), at a fraction of the cost. Anything it
 * does not understand (multi-line flow collections, complex keys, directives, several documents) makes it
 * return undefined, and the caller falls back to the full parser.
 */

export interface Position {
  line: number;
  column: number;
}

/** Positions by path key (`goals/3/id`): `values` of nodes, `keys` of mapping keys. */
export interface PositionIndex {
  values: Map<string, Position>;
  keys: Map<string, Position>;
}

export function pathKey(path: readonly (string | number)[]): string {
  return path.map(escapePart).join('/');
}

function escapePart(part: string | number): string {
  const text = String(part);
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

/**
 * A node's path, as the scanner carries it: its path key, built once from its parent's (`pathKey` of the
 * whole path at every node would cost a large file more than the scan itself), and whether it is the root.
 */
type ScanPath = { key: string; isRoot: boolean };

const ROOT: ScanPath = { key: '', isRoot: true };

function child(parent: ScanPath, part: string | number): ScanPath {
  return { key: parent.isRoot ? escapePart(part) : `${parent.key}/${escapePart(part)}`, isRoot: false };
}

type Container = { kind: 'map' | 'seq'; indent: number; path: ScanPath; count: number };

/** A key or dash whose value starts on a later line. */
type Pending = { path: ScanPath; indent: number; isDash: boolean };

class Unsupported extends Error {}

export const KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"?:,[\]{}&*!|>%@`-][^:#]*?|-\S[^:#]*?))[ ]*:(?=[ \t]|$)/;
const DASH = /^-(?=\s|$)/;

export function scanPositions(text: string): PositionIndex | undefined {
  try {
    return new Scanner(text).run();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

class Scanner {
  private readonly lines: string[];
  private readonly index: PositionIndex = { values: new Map(), keys: new Map() };
  private readonly stack: Container[] = [];
  private lineNumber = 0;
  private pending: Pending | undefined;
  /** lines indented more than this continue the scalar above (-1: none) */
  private continuationIndent = -1;
  private openQuote: '"' | "'" | undefined;

  constructor(text: string) {
    this.lines = text.split(/\r?\n/);
  }

  run(): PositionIndex {
    for (; this.lineNumber < this.lines.length; this.lineNumber++) this.scanLine(this.lines[this.lineNumber]);
    if (this.openQuote) throw new Unsupported();
    return this.index;
  }

  private scanLine(raw: string): void {
    if (this.openQuote) {
      if (closesQuote(raw, this.openQuote, 0) !== -1) this.openQuote = undefined;
      return;
    }
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) return;
    const indent = raw.length - raw.trimStart().length;
    if (this.continuationIndent >= 0 && indent > this.continuationIndent) return;
    this.continuationIndent = -1;
    if (this.lineNumber === 0 && content === '---') return;
    if (/^(---|\.\.\.)(\s|$)|^%/.test(content) || raw.slice(0, indent).includes('\t')) throw new Unsupported();
    const isDash = DASH.test(raw.slice(indent));
    this.scanEntry(raw, indent, this.containerFor(indent, isDash ? 'seq' : 'map'));
  }

  /** A sequence item or a mapping entry starting at `column` (0-based) of the current line. */
  private scanEntry(raw: string, column: number, container: Container): void {
    if (container.kind === 'seq') {
      const itemPath = child(container.path, container.count++);
      const after = raw.slice(column + 1);
      const nodeColumn = column + 1 + (after.length - after.trimStart().length);
      const rest = raw.slice(nodeColumn);
      if (rest === '' || rest.startsWith('#')) this.pending = { path: itemPath, indent: column, isDash: true };
      else if (DASH.test(rest)) throw new Unsupported();
      else if (KEY.test(rest)) this.scanEntry(raw, nodeColumn, this.open('map', nodeColumn, itemPath));
      else this.scanValue(raw, nodeColumn, itemPath, column);
      return;
    }
    const match = KEY.exec(raw.slice(column));
    if (!match) throw new Unsupported();
    const key = match[1] !== undefined ? unescapeDouble(match[1]) : match[2] !== undefined ? match[2].replace(/''/g, "'") : match[3].trim();
    const keyPath = child(container.path, key);
    container.count++;
    this.index.keys.set(keyPath.key, this.at(column));
    const valueStart = column + match[0].length;
    const valueText = raw.slice(valueStart);
    const value = valueText.trim();
    if (value === '' || value.startsWith('#')) this.pending = { path: keyPath, indent: column, isDash: false };
    else this.scanValue(raw, valueStart + (valueText.length - valueText.trimStart().length), keyPath, column);
  }

  /** A value on the line of its key or dash: a scalar, a block scalar header or a one-line flow collection. */
  private scanValue(raw: string, column: number, path: ScanPath, ownerIndent: number): void {
    this.index.values.set(path.key, this.at(column));
    const first = raw[column];
    if ('&*!?%@`'.includes(first)) throw new Unsupported();
    if (first === '{' || first === '[') {
      const end = scanFlow(raw, column, path, this.lineNumber + 1, this.index);
      const tail = raw.slice(end).trim();
      if (tail !== '' && !tail.startsWith('#')) throw new Unsupported();
      return;
    }
    if ((first === '"' || first === "'") && closesQuote(raw, first, column + 1) === -1) {
      this.openQuote = first;
      return;
    }
    this.continuationIndent = ownerIndent;
  }

  /** The container a node at `column` belongs to: the pending key's or dash's new child, or an open one. */
  private containerFor(column: number, kind: 'map' | 'seq'): Container {
    const pending = this.pending;
    this.pending = undefined;
    // a sequence may sit at the indent of its own key ("goals:\n- id: 1"); anything else must be deeper
    if (pending && (column > pending.indent || (kind === 'seq' && !pending.isDash && column === pending.indent))) {
      return this.open(kind, column, pending.path);
    }
    while (this.stack.length > 0) {
      const top = this.stack[this.stack.length - 1];
      if (top.indent < column || (top.indent === column && top.kind === kind)) break;
      this.stack.pop();
    }
    const top = this.stack[this.stack.length - 1];
    if (top && top.indent === column && top.kind === kind) return top;
    if (this.stack.length === 0 && this.index.values.size === 0) return this.open(kind, column, ROOT);
    throw new Unsupported();
  }

  private open(kind: 'map' | 'seq', column: number, path: ScanPath): Container {
    const container: Container = { kind, indent: column, path, count: 0 };
    this.stack.push(container);
    this.index.values.set(path.key, this.at(column));
    return container;
  }

  private at(column: number): Position {
    return { line: this.lineNumber + 1, column: column + 1 };
  }
}

/** Index just past the closing quote from `from`, or -1 when the line ends inside the quoted scalar. */
export function closesQuote(line: string, quote: '"' | "'", from: number): number {
  for (let index = from; index < line.length; index++) {
    const char = line[index];
    if (quote === '"' && char === '\\') {
      index++;
      continue;
    }
    if (char === quote) {
      if (quote === "'" && line[index + 1] === "'") {
        index++;
        continue;
      }
      return index + 1;
    }
  }
  return -1;
}

function unescapeDouble(text: string): string {
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    throw new Unsupported();
  }
}

/** Scans a flow collection that ends on its own line; records its nodes' positions; returns the index past it. */
function scanFlow(line: string, start: number, path: ScanPath, lineNumber: number, index: PositionIndex): number {
  const isMap = line[start] === '{';
  const close = isMap ? '}' : ']';
  let position = start + 1;
  let count = 0;
  const skipSpace = (): void => {
    while (line[position] === ' ') position++;
  };
  for (;;) {
    skipSpace();
    if (position >= line.length) throw new Unsupported();
    if (line[position] === close) return position + 1;
    let itemPath: ScanPath;
    if (isMap) {
      const key = readFlowScalar(line, position);
      const keyText = parseFlowKey(line.slice(position, key));
      itemPath = child(path, keyText);
      index.keys.set(itemPath.key, { line: lineNumber, column: position + 1 });
      position = key;
      skipSpace();
      if (line[position] !== ':') throw new Unsupported();
      position++;
      skipSpace();
    } else {
      itemPath = child(path, count);
    }
    count++;
    index.values.set(itemPath.key, { line: lineNumber, column: position + 1 });
    position = line[position] === '{' || line[position] === '[' ? scanFlow(line, position, itemPath, lineNumber, index) : readFlowScalar(line, position);
    skipSpace();
    if (line[position] === ',') position++;
    else if (line[position] !== close) throw new Unsupported();
  }
}

function readFlowScalar(line: string, start: number): number {
  const first = line[start];
  if (first === '"' || first === "'") {
    const end = closesQuote(line, first, start + 1);
    if (end === -1) throw new Unsupported();
    return end;
  }
  if (first === '&' || first === '*' || first === '!' || first === '?') throw new Unsupported();
  let end = start;
  while (end < line.length && !/[,\]}]/.test(line[end]) && !(line[end] === ':' && /[\s,\]}]/.test(line[end + 1] ?? ' '))) end++;
  while (end > start && line[end - 1] === ' ') end--;
  return end;
}

function parseFlowKey(text: string): string {
  if (text.startsWith('"')) return unescapeDouble(text.slice(1, -1));
  if (text.startsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  return text;
}
