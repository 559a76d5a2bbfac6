import { yamlPackage, type ParsedFile } from '../load/parse-yaml.js';
import type { Diagnostic } from '../types/diagnostic.js';
import type { Finding } from '../types/finding.js';

/** Files without this text are not searched for directives at all: they cost one substring search. */
export const IGNORE_MARKER = 'plan-ignore';

const DIRECTIVE = /^#\s*plan-ignore(?=\s|$)(.*)$/;

/**
 * `# plan-ignore <code>[, <code>...] -- <reason>`: a comment on the line of the node it covers (after it)
 * or on a line of its own above that node. It covers the node's first line and every line below it that
 * is indented further: for `- id: T.4`, the whole item.
 */
export interface IgnoreDirective {
  file: string;
  line: number;
  column: number;
  /** the check codes it names */
  codes: string[];
  reason?: string;
  /** the first and last line it covers; absent when no YAML content follows the comment */
  covers?: { from: number; to: number };
}

interface Comment {
  offset: number;
  source: string;
}

/** The `# plan-ignore` comments of a file, read from the YAML syntax tree (so `#` inside a text is no comment). */
export function readIgnoreDirectives(parsed: ParsedFile): IgnoreDirective[] {
  const text = parsed.text;
  if (text === undefined || !text.includes(IGNORE_MARKER)) return [];
  const lines = text.split('\n');
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const directives: IgnoreDirective[] = [];
  for (const comment of commentsOf(text)) {
    const match = DIRECTIVE.exec(comment.source.trimEnd());
    if (!match) continue;
    const lineIndex = lastIndexAtMost(lineStarts, comment.offset);
    const column = comment.offset - lineStarts[lineIndex];
    const isTrailing = lines[lineIndex].slice(0, column).trim() !== '';
    const body = match[1];
    const separator = body.indexOf('--');
    const codes = (separator === -1 ? body : body.slice(0, separator)).split(/[\s,]+/).filter((code) => code !== '');
    const reason = separator === -1 ? undefined : body.slice(separator + 2).trim() || undefined;
    const directive: IgnoreDirective = { file: parsed.file, line: lineIndex + 1, column: column + 1, codes, reason };
    const covers = coveredLines(lines, isTrailing ? lineIndex : nextContentLine(lines, lineIndex + 1));
    if (covers) directive.covers = covers;
    directives.push(directive);
  }
  return directives;
}

/** Every comment token of the concrete syntax tree, walked without recursion (files may nest deeply). */
function commentsOf(text: string): Comment[] {
  const comments: Comment[] = [];
  const stack: unknown[] = [...new (yamlPackage().Parser)().parse(text)];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      comments.push({ offset: token.offset, source: token.source });
      continue;
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') stack.push(value);
  }
  return comments.sort((a, b) => a.offset - b.offset);
}

function lastIndexAtMost(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sorted[middle] <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

function isContent(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}

function nextContentLine(lines: string[], from: number): number {
  for (let index = from; index < lines.length; index++) if (isContent(lines[index])) return index;
  return -1;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The node starting on line `first` (0-based): it and the content lines below it that are indented further. */
function coveredLines(lines: string[], first: number): { from: number; to: number } | undefined {
  if (first < 0) return undefined;
  const indent = indentOf(lines[first]);
  let last = first;
  for (let index = first + 1; index < lines.length; index++) {
    if (!isContent(lines[index])) continue;
    if (indentOf(lines[index]) <= indent) break;
    last = index;
  }
  return { from: first + 1, to: last + 1 };
}

/**
 * Suppresses each diagnostic that a valid directive of the same file covers and names; returns the
 * diagnostics (suppressed ones marked) and the findings about the directives themselves: `invalid-ignore`
 * for a malformed one (it suppresses nothing), `unused-ignore` for a code it names that matched nothing.
 */
export function applyIgnoreDirectives(
  directives: readonly IgnoreDirective[],
  diagnostics: readonly Diagnostic[],
  isKnownCode: (code: string) => boolean,
): { diagnostics: Diagnostic[]; findings: Finding[] } {
  const result = [...diagnostics];
  const findings: Finding[] = [];
  for (const directive of directives) {
    const at = { file: directive.file, line: directive.line, column: directive.column };
    if (directive.codes.length === 0) findings.push({ code: 'invalid-ignore', ...at, args: { problem: 'no-code' } });
    else if (directive.reason === undefined) findings.push({ code: 'invalid-ignore', ...at, args: { problem: 'no-reason' } });
    if (directive.reason === undefined) continue;
    for (const code of directive.codes) {
      if (!isKnownCode(code)) {
        findings.push({ code: 'invalid-ignore', ...at, args: { problem: 'unknown-code', code } });
        continue;
      }
      let used = 0;
      result.forEach((diagnostic, index) => {
        if (diagnostic.suppression || diagnostic.code !== code || diagnostic.file !== directive.file || !directive.covers) return;
        if (diagnostic.line < directive.covers.from || diagnostic.line > directive.covers.to) return;
        result[index] = { ...diagnostic, suppression: { kind: 'inSource', justification: directive.reason, file: directive.file, line: directive.line } };
        used++;
      });
      if (used === 0) findings.push({ code: 'unused-ignore', ...at, args: { code } });
    }
  }
  return { diagnostics: result, findings };
}
