import tableUtils from 'cli-table3/src/utils.js';

/**
 * Terminal tables drawn exactly as cli-table3 draws them with the options the diff uses (`wordWrap`,
 * padding 1, no border or head style, fixed or natural column widths), in time linear in the rows and
 * row by row: cli-table3 lays out its cells by comparing each with every cell above it, which takes
 * minutes for the hundred thousand rows of a large plan's diff. Printable ASCII (nearly every cell) is
 * measured and wrapped here; anything else (colours, wide characters) goes through cli-table3's own
 * helpers, so the result is the same to the byte (a test compares the two). Those helpers are a file
 * of cli-table3's own, not its public API: package.json pins the exact version for that reason.
 */
export function renderTable(head: string[], rows: Iterable<string[]>, colWidths?: number[]): string {
  const lines: string[] = [];
  appendTable(lines, head, rows, colWidths);
  return lines.join('\n');
}

/** The lines of a table, appended to `out`: with fixed column widths, one row at a time. */
export function appendTable(out: string[], head: string[], rows: Iterable<string[]>, colWidths?: number[]): void {
  let widths = colWidths;
  if (widths) {
    appendRow(out, head, widths, true, true);
    for (const row of rows) appendRow(out, row, widths, false, true);
  } else {
    const all = [head, ...rows];
    const natural = head.map((_, x) => Math.max(1, ...all.map((row) => strlen(row[x]) + PADDING)));
    all.forEach((row, y) => appendRow(out, row, natural, y === 0, false));
    widths = natural;
  }
  out.push(border(widths, ['└', '┴', '┘']));
}

const PADDING = 2;
const borders = new Map<string, string>();

function appendRow(out: string[], row: string[], widths: number[], isFirst: boolean, isWrapped: boolean): void {
  out.push(border(widths, isFirst ? ['┌', '┬', '┐'] : ['├', '┼', '┤']));
  const cells = row.map((content, x) => colorizeLines(isWrapped ? multiLineWordWrap(widths[x] - PADDING, content) : content.split('\n')));
  let height = 1;
  for (const lines of cells) height = Math.max(height, lines.length);
  const parts: string[] = [];
  for (let lineNumber = 0; lineNumber < height; lineNumber++) {
    parts.length = 0;
    for (let x = 0; x < cells.length; x++) {
      const text = cells[x][lineNumber];
      const width = widths[x] - PADDING;
      if (text === undefined) parts.push('│', spaces(widths[x]));
      else parts.push('│ ', pad(truncate(text, width), width), ' ');
    }
    parts.push('│');
    // joined, not concatenated: a line built with + is a tree of pieces until it is read, several times its size
    out.push(parts.join(''));
  }
}

function border(widths: number[], [left, middle, right]: string[]): string {
  const key = `${left}${widths.join(',')}`;
  let line = borders.get(key);
  if (line === undefined) borders.set(key, (line = `${left}${widths.map((width) => '─'.repeat(width)).join(middle)}${right}`));
  return line;
}

/** Printable ASCII: one column per character, no escape sequences, and no whitespace but the space. */
const PLAIN = /^[\x20-\x7e]*$/;

function strlen(text: string): number {
  return PLAIN.test(text) ? text.length : tableUtils.strlen(text);
}

function truncate(text: string, length: number): string {
  return text.length <= length && PLAIN.test(text) ? text : tableUtils.truncate(text, length, '…');
}

function colorizeLines(lines: string[]): string[] {
  return lines.some((line) => line.includes('\u001b')) ? tableUtils.colorizeLines(lines) : lines;
}

/** cli-table3's `pad` for left-aligned cells. */
function pad(text: string, length: number): string {
  const size = strlen(text);
  return length + 1 >= size && length > size ? text + spaces(length - size) : text;
}

const spaceRuns: string[] = [];

function spaces(count: number): string {
  return (spaceRuns[count] ??= ' '.repeat(count));
}

/** cli-table3's word wrap, line by line. */
function multiLineWordWrap(maxLength: number, input: string): string[] {
  if (PLAIN.test(input)) return plainWordWrap(maxLength, input);
  return input.split('\n').flatMap((line) => wordWrap(maxLength, line));
}

/** cli-table3's `wordWrap`, to the letter: words never split, the whitespace between them kept. */
function wordWrap(maxLength: number, input: string): string[] {
  const lines: string[] = [];
  const split = input.split(/(\s+)/g);
  let line: string[] = [];
  let lineLength = 0;
  let whitespace: string | undefined;
  for (let i = 0; i < split.length; i += 2) {
    const word = split[i];
    let newLength = lineLength + strlen(word);
    if (lineLength > 0 && whitespace) newLength += whitespace.length;
    if (newLength > maxLength) {
      if (lineLength !== 0) lines.push(line.join(''));
      line = [word];
      lineLength = strlen(word);
    } else {
      line.push(whitespace || '', word);
      lineLength = newLength;
    }
    whitespace = split[i + 1];
  }
  if (lineLength) lines.push(line.join(''));
  return lines;
}

/**
 * `wordWrap` for printable ASCII, where the only whitespace is the space and a character is a column:
 * each line it makes is a stretch of the input (its words and the spaces between them), so it is cut
 * out directly rather than split into words and joined again.
 */
function plainWordWrap(maxLength: number, input: string): string[] {
  const lines: string[] = [];
  let lineStart = 0;
  let lineEnd = 0;
  let lineLength = 0;
  let spaces = 0;
  for (let wordStart = 0; ; ) {
    const found = input.indexOf(' ', wordStart);
    const wordEnd = found === -1 ? input.length : found;
    const wordLength = wordEnd - wordStart;
    const newLength = lineLength + wordLength + (lineLength > 0 ? spaces : 0);
    if (newLength > maxLength) {
      if (lineLength !== 0) lines.push(input.slice(lineStart, lineEnd));
      lineStart = wordStart;
      lineLength = wordLength;
    } else lineLength = newLength;
    lineEnd = wordEnd;
    if (wordEnd === input.length) break;
    let next = wordEnd;
    while (next < input.length && input.charCodeAt(next) === 32) next++;
    spaces = next - wordEnd;
    wordStart = next;
  }
  if (lineLength) lines.push(input.slice(lineStart, lineEnd));
  return lines;
}
