/**
 * How deep a YAML text nests, read from the text alone, before any parser sees it: both parsers recurse
 * (or keep a stack) per level, and ten megabytes of `[` exhaust the heap. The scan is an estimate on the
 * generous side of the truth for what a parser would nest: block levels by indentation (and compact
 * `- - x` or `? ` entries), flow levels by brackets outside quotes and comments, with block scalars
 * (`|`, `>`) skipped. It stops at the first line past the limit.
 */

/** No plan nests past 6 levels; js-yaml itself refuses more than 100. */
export const MAX_NESTING = 100;

export interface TooDeep {
  line: number;
  column: number;
}

const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
const CR = 13;

export function findTooDeep(text: string, limit = MAX_NESTING): TooDeep | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote = 0; // the open quote's character code, in any context
  let blockScalarIndent = -1; // lines indented past this belong to a block scalar
  let line = 1;
  let position = 0;
  while (position < text.length) {
    let end = text.indexOf('\n', position);
    if (end < 0) end = text.length;
    let at = position;
    while (at < end && (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB)) at++;
    const indent = at - position;
    const blank = at === end || text.charCodeAt(at) === CR || text.charCodeAt(at) === 35; // '#'
    if (blockScalarIndent >= 0 && (blank || indent > blockScalarIndent)) {
      position = end + 1;
      line++;
      continue;
    }
    blockScalarIndent = -1;
    if (flow === 0 && quote === 0 && !blank) {
      while (indents.length > 0 && indents[indents.length - 1] > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1] < indent) indents.push(indent);
      // compact entries: `- - x`, `? - x`
      while ((text[at] === '-' || text[at] === '?') && isBlank(text.charCodeAt(at + 1))) {
        at += 2;
        while (text.charCodeAt(at) === SPACE) at++;
        indents.push(at - position);
        if (indents.length > limit) return { line, column: at - position + 1 };
      }
      if (indents.length > limit) return { line, column: indent + 1 };
    }
    let nodeStart = quote === 0; // where a node (a flow collection, a quoted scalar) may begin
    let closedQuote = false;
    let lineText: string | undefined; // the line, for searches that must not run past its end
    for (; at < end; at++) {
      const code = text.charCodeAt(at);
      if (quote !== 0) {
        lineText ??= text.slice(position, end);
        const close = closingQuote(lineText, at - position, quote);
        if (close < 0) break; // the quoted scalar goes on past this line
        [quote, closedQuote, at] = [0, true, position + close];
        continue;
      }
      if (code === SPACE || code === TAB) continue;
      if (code === 35 && isBlank(text.charCodeAt(at - 1))) break; // a comment
      const afterQuote = closedQuote;
      closedQuote = false;
      if (code === 91 || code === 123) {
        // in flow every bracket opens a collection (plain scalars there cannot hold one)
        if (!nodeStart && flow === 0) continue;
        flow++;
        if (flow + indents.length > limit) return { line, column: at - position + 1 };
        continue;
      }
      if (flow > 0 && (code === 93 || code === 125 || code === 44)) {
        if (code !== 44) flow--;
        nodeStart = flow > 0;
        continue;
      }
      if (nodeStart && (code === 34 || code === 39)) {
        quote = code;
        continue;
      }
      if (flow === 0 && nodeStart && (code === 124 || code === 62) && /^[|>][-+0-9]*[ \t]*(?:#.*)?\r?$/.test(text.slice(at, end))) {
        blockScalarIndent = indent;
        break;
      }
      if (code === 58 && (isBlank(text.charCodeAt(at + 1)) || afterQuote || (flow > 0 && isFlowIndicator(text.charCodeAt(at + 1))))) nodeStart = true;
      else if (nodeStart && (code === 45 || code === 63) && isBlank(text.charCodeAt(at + 1))) nodeStart = true;
      else if (nodeStart && (code === 38 || code === 33)) {
        // a property (`&anchor`, `!tag`): the node follows it
        while (at + 1 < end && !isBlank(text.charCodeAt(at + 1)) && !(flow > 0 && isFlowIndicator(text.charCodeAt(at + 1)))) at++;
      } else {
        nodeStart = false;
        // in block context only `: ` begins a node after a plain scalar: skip to the next colon, or past
        // the line if a comment comes first (this keeps the scan at indexOf's speed on long lines of text)
        if (flow === 0) {
          lineText ??= text.slice(position, end);
          const colon = lineText.indexOf(':', at + 1 - position);
          const comment = lineText.indexOf(' #', at - position);
          if (colon < 0 || (comment >= 0 && comment < colon)) break;
          at = position + colon - 1;
        }
      }
    }
    position = end + 1;
    line++;
  }
  return undefined;
}

/** Where, in a line, the quote open at `from` (or before the line) closes, or -1. */
function closingQuote(line: string, from: number, quote: number): number {
  const mark = quote === 39 ? "'" : '"';
  for (let at = line.indexOf(mark, from); at >= 0; at = line.indexOf(mark, at + 1)) {
    if (quote === 39) {
      if (line.charCodeAt(at + 1) !== 39) return at;
      at++; // '' inside single quotes
      continue;
    }
    let backslashes = 0;
    while (line.charCodeAt(at - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return -1;
}

function isFlowIndicator(code: number): boolean {
  return code === 44 || code === 91 || code === 93 || code === 123 || code === 125;
}

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB || code === NEWLINE || code === CR || Number.isNaN(code);
}
