/**
 * A reader for the YAML plan files are written in: block mappings and sequences, one-line scalars (plain,
 * single- or double-quoted), literal and folded block scalars (`source: >-`) and one-line flow collections
 * (`period: {start: 2020, end: 2023}`). It reads
 * a file line by line, several times faster than a general YAML parser, and notes on the way where each
 * top-level key and each item of a top-level list starts: the outline that positions are found from later
 * (`outline.ts`), only for the items a finding names.
 *
 * It gives exactly what js-yaml's `load` with the plan files' schema gives (plain scalars are resolved by
 * its YAML 1.2 core types, `yaml-core.ts`), or nothing: anything it does not read (multi-line plain or quoted scalars,
 * block scalars with an indentation indicator or more-indented folded lines, multi-line flow collections, anchors, tags, merge keys, directives, duplicate keys, tabs in indentation,
 * non-printable characters) makes it return undefined, and the caller parses the file the general way,
 * which also reports the errors. Tests compare the two on every YAML file of the repository and on
 * damaged copies of them.
 */
import { YAML_12_CORE } from './yaml-core.js';

/** Where the top-level entries of a file start, by 0-based line. */
export interface Outline {
  /** each top-level key's line */
  keys: Map<string, number>;
  /** each top-level block list's items: the line of each item's dash */
  items: Map<string, Int32Array>;
  /** the number of lines of the file */
  lineCount: number;
  /** where each line starts in the text: worked out on the first position asked for (`outline.ts`) */
  lineStarts?: Int32Array;
}

class Unsupported extends Error {}

/** Deeper nesting is left to the general parser (js-yaml refuses more than 100 levels; no plan nests past 5). */
const MAX_DEPTH = 32;

/** What js-yaml refuses in any scalar (and some comments, which are left to it too). */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
/** A quick first test for NON_PRINTABLE (a character class only), which plain ASCII text passes in one scan. */
const MAYBE_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;
const JSON_ESCAPES_ONLY = /^(?:[^\\]|\\["\\/bfnrt]|\\u[0-9A-Fa-f]{4})*$/;
const IMPLICIT_TYPES = (YAML_12_CORE as unknown as { compiledImplicit: { resolve(data: string): boolean; construct(data: string): unknown }[] }).compiledImplicit;

/** The data and outline of a plain block YAML document, or undefined when it is anything else. */
export function readBlockYaml(text: string): { data: Record<string, unknown>; outline: Outline } | undefined {
  if ((MAYBE_NON_PRINTABLE.test(text) && NON_PRINTABLE.test(text)) || (text.includes('\r') && /\r(?!\n)/.test(text))) return undefined;
  try {
    return new BlockReader(text).document();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

class BlockReader {
  private readonly lines: string[];
  private readonly hasCarriageReturns: boolean;
  /** each line's indentation, worked out once (-1: not yet) */
  private readonly indents: Int32Array;
  private line = 0;
  /** where the current line's content starts when it is read from a column (after "- "); 0: its indentation */
  private column = 0;
  private readonly outline: Outline;
  /** the item lines of the top-level list read last */
  private listStarts: number[] | undefined;

  constructor(text: string) {
    this.lines = text.split('\n');
    this.hasCarriageReturns = text.includes('\r');
    this.indents = new Int32Array(this.lines.length).fill(-1);
    this.outline = { keys: new Map(), items: new Map(), lineCount: this.lines.length };
  }

  document(): { data: Record<string, unknown>; outline: Outline } {
    this.skipBlank();
    if (this.line < this.lines.length && /^---[ \t]*(#.*)?$/.test(this.text(this.line))) {
      this.line++;
      this.skipBlank();
    }
    if (this.line >= this.lines.length) throw new Unsupported();
    // a later document marker (`---`, `...`) at the start of a line ends the document or starts another:
    // the general parsers say what that means (usually an error), never a key read here
    for (let index = this.line; index < this.lines.length; index++) {
      const raw = this.lines[index];
      if ((raw.startsWith('---') || raw.startsWith('...')) && /^(?:---|\.\.\.)(?:[ \t\r]|$)/.test(raw)) throw new Unsupported();
    }
    const data = this.mapping(this.indentOf(this.line), 0);
    this.skipBlank();
    if (this.line < this.lines.length) throw new Unsupported();
    return { data, outline: this.outline };
  }

  private text(index: number): string {
    const raw = this.lines[index];
    return this.hasCarriageReturns && raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  }

  /** Moves past blank and comment lines (never past the rest of a line read from a column). */
  private skipBlank(): void {
    if (this.column > 0) return;
    for (; this.line < this.lines.length; this.line++) {
      const text = this.text(this.line);
      const indent = this.indentOf(this.line);
      if (indent === text.length || text[indent] === '#') continue;
      if (text[indent] !== '\t' || !/^[ \t]*(#.*)?$/.test(text)) return;
    }
  }

  private indentOf(index: number): number {
    const known = this.indents[index];
    if (known !== -1) return known;
    const text = this.lines[index];
    let indent = 0;
    while (text.charCodeAt(indent) === 32) indent++;
    const next = text.charCodeAt(indent);
    if (next === 9 && trimBlanks(this.text(index)) !== '') throw new Unsupported();
    this.indents[index] = indent;
    return indent;
  }

  /** The indentation of the current line's content (its column, when read from one). */
  private currentIndent(): number {
    return this.column > 0 ? this.column : this.indentOf(this.line);
  }

  private mapping(indent: number, depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) throw new Unsupported();
    const result: Record<string, unknown> = {};
    const keys: string[] = [];
    for (this.skipBlank(); this.line < this.lines.length; this.skipBlank()) {
      const at = this.currentIndent();
      if (at < indent) break;
      if (at > indent) throw new Unsupported();
      const content = this.text(this.line).slice(at);
      const colon = keyEnd(content);
      if (colon === -1) throw new Unsupported();
      const key = keyOf(content, colon);
      if (keys.includes(key)) throw new Unsupported();
      keys.push(key);
      const keyLine = this.line;
      const rest = trimBlanks(content.slice(colon + 1));
      let value: unknown;
      if (rest === '' || rest[0] === '#') {
        this.nextLine();
        value = this.child(indent, depth + 1, true);
      } else if (rest[0] === '|' || rest[0] === '>') {
        value = this.blockScalar(rest, indent);
      } else {
        value = inlineValue(rest);
        this.nextLine();
        this.refuseContinuation(indent);
      }
      setProperty(result, key, value);
      if (depth === 0) this.note(key, keyLine, value);
    }
    return result;
  }

  private note(key: string, line: number, value: unknown): void {
    this.outline.keys.set(key, line);
    if (this.listStarts && Array.isArray(value)) this.outline.items.set(key, Int32Array.from(this.listStarts));
    this.listStarts = undefined;
  }

  private sequence(indent: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) throw new Unsupported();
    const result: unknown[] = [];
    const starts: number[] | undefined = depth === 1 ? [] : undefined;
    for (this.skipBlank(); this.line < this.lines.length; this.skipBlank()) {
      const at = this.currentIndent();
      if (at < indent) break;
      if (at > indent) throw new Unsupported();
      const content = this.text(this.line).slice(at);
      if (content !== '-' && !content.startsWith('- ')) break;
      starts?.push(this.line);
      const after = content.slice(1);
      const rest = trimBlanks(after);
      let column = at + 1;
      while (content[column - at] === ' ' || content[column - at] === '\t') column++;
      if (rest === '' || rest[0] === '#') {
        this.nextLine();
        result.push(this.child(indent, depth + 1, false));
      } else if (rest === '-' || rest.startsWith('- ')) {
        throw new Unsupported();
      } else if (keyEnd(rest) !== -1) {
        this.column = column;
        result.push(this.mapping(column, depth + 1));
      } else if (rest[0] === '|' || rest[0] === '>') {
        result.push(this.blockScalar(rest, indent));
      } else {
        result.push(inlineValue(rest));
        this.nextLine();
        this.refuseContinuation(indent);
      }
    }
    if (starts) this.listStarts = starts;
    return result;
  }

  /** The value below a key or dash with nothing after it: a block collection on the next lines, or null. */
  private child(indent: number, depth: number, allowsSequenceAtIndent: boolean): unknown {
    this.skipBlank();
    if (this.line >= this.lines.length) return null;
    const at = this.indentOf(this.line);
    const content = this.text(this.line).slice(at);
    const isDash = content === '-' || content.startsWith('- ');
    if (at > indent) {
      if (isDash) return this.sequence(at, depth);
      if (keyEnd(content) !== -1) return this.mapping(at, depth);
      throw new Unsupported();
    }
    if (at === indent && isDash && allowsSequenceAtIndent) return this.sequence(at, depth);
    return null;
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar whose header is `header`, under a node indented `parent`:
   * its lines, kept or folded, with the final line breaks clipped, stripped (`-`) or kept (`+`).
   */
  private blockScalar(header: string, parent: number): string {
    const match = /^([|>])([+-]?)(?:[ \t]+#.*)?[ \t]*$/.exec(header);
    if (!match) throw new Unsupported();
    const [, style, chomping] = match;
    // kept final line breaks (`|+`) depend on how the file ends: left to js-yaml
    if (chomping === '+') throw new Unsupported();
    this.nextLine();
    const lines: string[] = [];
    let indent = -1;
    let trailingBlanks = 0;
    for (; this.line < this.lines.length; this.line++) {
      const text = this.text(this.line);
      if (/^[ \t]*$/.test(text)) {
        // a blank line with spaces past the indentation is content in its own right: left to js-yaml
        if (indent === -1 || text.length > indent) throw new Unsupported();
        lines.push('');
        trailingBlanks++;
        continue;
      }
      const at = this.indentOf(this.line);
      if (indent === -1) {
        if (at <= parent) throw new Unsupported();
        indent = at;
      }
      if (at < indent) {
        if (at > parent) throw new Unsupported();
        break;
      }
      const line = text.slice(indent);
      if (style === '>' && (line[0] === ' ' || line[0] === '\t')) throw new Unsupported();
      lines.push(line);
      trailingBlanks = 0;
    }
    if (indent === -1) throw new Unsupported();
    const content = lines.slice(0, lines.length - trailingBlanks);
    const body = style === '|' ? content.join('\n') : fold(content);
    if (chomping === '-') return body;
    return chomping === '+' ? `${body}\n${'\n'.repeat(trailingBlanks)}` : `${body}\n`;
  }

  private nextLine(): void {
    this.line++;
    this.column = 0;
  }

  /** A line indented under a one-line value would continue it (a multi-line scalar): not read here. */
  private refuseContinuation(indent: number): void {
    this.skipBlank();
    if (this.line < this.lines.length && this.indentOf(this.line) > indent) throw new Unsupported();
  }
}

/** Folded lines: a line break between two lines becomes a space; each blank line between them, a line break. */
function fold(lines: string[]): string {
  let text = '';
  let blanks = 0;
  for (let index = 0; index < lines.length; index++) {
    if (lines[index] === '') {
      blanks++;
      continue;
    }
    if (index > 0) text += blanks > 0 ? '\n'.repeat(blanks) : ' ';
    text += lines[index];
    blanks = 0;
  }
  return text;
}

/** Trimmed of YAML's white space, spaces and tabs only (a no-break space or a BOM is content). */
function trimBlanks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function setProperty(target: Record<string, unknown>, key: string, value: unknown): void {
  // as js-yaml does: a "__proto__" key is an own property, never the prototype
  if (key === '__proto__') Object.defineProperty(target, key, { configurable: true, enumerable: true, writable: true, value });
  else target[key] = value;
}

/** A plain scalar's value: a string, unless one of the YAML 1.2 core types (null, bool, int, float) claims it. */
function plainValue(text: string): unknown {
  const first = text.charCodeAt(0);
  // a letter other than the first letters of null, true and false: only a string
  if (((first >= 97 && first <= 122) || (first >= 65 && first <= 90)) && !'nNtTfF'.includes(text[0])) return text;
  for (const type of IMPLICIT_TYPES) if (type.resolve(text)) return type.construct(text);
  return text;
}

function plainKey(text: string): string {
  if (text === '<<') throw new Unsupported();
  const value = plainValue(text);
  return typeof value === 'string' ? value : String(value);
}

/** A double-quoted scalar's text (control characters were refused with the whole file, see NON_PRINTABLE). */
function doubleQuoted(inner: string): string {
  if (!inner.includes('\\')) return inner;
  if (!JSON_ESCAPES_ONLY.test(inner)) throw new Unsupported();
  // a tab may stand in a YAML string as it is, not in a JSON one
  return JSON.parse(`"${inner.replace(/\t/g, '\\t')}"`) as string;
}

/** The value of a key or dash on its own line: a quoted or plain scalar, or a one-line flow collection. */
function inlineValue(rest: string): unknown {
  const first = rest[0];
  if (first === '[' || first === '{') {
    const [value, end] = flowNode(rest, 0);
    endOfValue(rest, end);
    return value;
  }
  if (first === '"' || first === "'") {
    const [value, end] = quoted(rest, 0);
    endOfValue(rest, end);
    return value;
  }
  if ('|>&*!%@`?:,]}#'.includes(first) || (first === '-' && (rest.length === 1 || rest[1] === ' ' || rest[1] === '\t'))) throw new Unsupported();
  const text = trimBlanks(withoutComment(rest));
  if (text.endsWith(':') || text.includes(': ') || text.includes(':\t')) throw new Unsupported();
  return plainValue(text);
}

/** Only blanks, or a comment after a blank, may follow a value on its line. */
function endOfValue(line: string, end: number): void {
  const tail = line.slice(end);
  const trimmed = trimBlanks(tail);
  if (trimmed !== '' && !(trimmed[0] === '#' && trimmed.length < tail.length)) throw new Unsupported();
}

function quoted(line: string, start: number): [string, number] {
  const end = closingQuote(line, start);
  if (end === -1) throw new Unsupported();
  const inner = line.slice(start + 1, end - 1);
  return [line[start] === '"' ? doubleQuoted(inner) : inner.replace(/''/g, "'"), end];
}

/** The index just past the quote closing the scalar opened at `start`, or -1 when the line ends first. */
function closingQuote(line: string, start: number): number {
  const quote = line[start];
  for (let at = line.indexOf(quote, start + 1); at !== -1; at = line.indexOf(quote, at + 1)) {
    if (quote === "'") {
      if (line[at + 1] !== "'") return at + 1;
      at++;
      continue;
    }
    let backslashes = 0;
    while (line[at - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return at + 1;
  }
  return -1;
}

/**
 * Where the colon of a `key:` at the start of `content` is, or -1: a quoted key, or a plain key that does
 * not start with an indicator and holds no colon or "#" (as the scanner's KEY pattern reads keys).
 */
function keyEnd(content: string): number {
  const first = content[0];
  let after: number;
  if (first === '"' || first === "'") {
    after = closingQuote(content, 0);
    if (after === -1) return -1;
    while (content[after] === ' ') after++;
    if (content[after] !== ':') return -1;
  } else {
    if (first === undefined || INDICATORS.includes(first) || isSpace(first) || (first === '-' && (content.length === 1 || isSpace(content[1])))) return -1;
    after = content.indexOf(':');
    if (after === -1) return -1;
    const hash = content.indexOf('#');
    if (hash !== -1 && hash < after) return -1;
  }
  const next = content[after + 1];
  return next === undefined || next === ' ' || next === '\t' ? after : -1;
}

/** What a plain key may not start with (as the scanner's KEY pattern reads keys). */
const INDICATORS = '#\'"?:,[]{}&*!|>%@`';

/** White space as the scanner's KEY pattern reads it (`\s`): ASCII blanks, and Unicode spaces such as a BOM. */
function isSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(char));
}

/** The key before the colon at `colon`. */
function keyOf(content: string, colon: number): string {
  const first = content[0];
  if (first === '"' || first === "'") {
    const end = closingQuote(content, 0);
    const inner = content.slice(1, end - 1);
    return first === '"' ? doubleQuoted(inner) : inner.replace(/''/g, "'");
  }
  return interned(plainKey(trimBlanks(content.slice(0, colon))));
}

/**
 * The one copy of each key name met so far: a plan repeats a few dozen names a hundred thousand times, and
 * an object takes a property faster under a name it has seen before than under a fresh slice of the text.
 */
const KEY_NAMES = new Map<string, string>();
const MAX_KEY_NAMES = 10_000;

function interned(key: string): string {
  const known = KEY_NAMES.get(key);
  if (known !== undefined) return known;
  if (KEY_NAMES.size < MAX_KEY_NAMES) KEY_NAMES.set(key, key);
  return key;
}

/** A plain value without its comment (a "#" after a space or tab). */
function withoutComment(text: string): string {
  let cut = text.length;
  for (let at = text.indexOf('#'); at !== -1; at = text.indexOf('#', at + 1)) {
    if (text[at - 1] === ' ' || text[at - 1] === '\t') {
      cut = at;
      break;
    }
  }
  return text.slice(0, cut);
}

/** A flow collection, scalar or quoted scalar from `start`; returns it and the index past it. */
function flowNode(line: string, start: number, depth = 0): [unknown, number] {
  const first = line[start];
  if (first === '"' || first === "'") return quoted(line, start);
  if (first === '[' || first === '{') return flowCollection(line, start, depth + 1);
  let end = start;
  while (end < line.length && !',[]{}#'.includes(line[end]) && !(line[end] === ':' && /[ \t,\]}]/.test(line[end + 1] ?? ' '))) end++;
  const text = trimBlanks(line.slice(start, end));
  if (text === '' || (line[end] === '#' && line[end - 1] !== ' ') || '&*!|>%@`?:-'.includes(text[0])) throw new Unsupported();
  return [plainValue(text), end];
}

function flowCollection(line: string, start: number, depth = 0): [unknown, number] {
  if (depth > MAX_DEPTH) throw new Unsupported();
  const isMap = line[start] === '{';
  const close = isMap ? '}' : ']';
  const result: unknown[] | Record<string, unknown> = isMap ? {} : [];
  let position = start + 1;
  const skip = (): void => {
    while (line[position] === ' ') position++;
  };
  for (;;) {
    skip();
    if (position >= line.length || line[position] === '#') throw new Unsupported();
    if (line[position] === close) return [result, position + 1];
    if (isMap) {
      const [key, keyEnd] = flowNode(line, position, depth);
      if (typeof key === 'object' || line[keyEnd] !== ':') throw new Unsupported();
      const name = String(key);
      if (name === '<<' || Object.prototype.hasOwnProperty.call(result, name)) throw new Unsupported();
      position = keyEnd + 1;
      skip();
      const [value, end] = flowNode(line, position, depth);
      setProperty(result as Record<string, unknown>, name, value);
      position = end;
    } else {
      const [value, end] = flowNode(line, position, depth);
      (result as unknown[]).push(value);
      position = end;
    }
    skip();
    if (line[position] === ',') position++;
    else if (line[position] !== close) throw new Unsupported();
  }
}
