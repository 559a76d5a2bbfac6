import { Chalk, type ChalkInstance } from 'chalk';
import { escapeControl, oneLine as toTerminalLine } from '../text/control-characters.js';
import type { Diagnostic, Severity } from '../types/diagnostic.js';
import type { SeverityCounts } from './diagnostic-list.js';
import { countBySeverity, groupByFile, partitionSuppressed, sortDiagnostics } from './diagnostic-list.js';
import type { FormatOptions } from './options.js';

const SEVERITY_COLORS: Record<Severity, 'red' | 'yellow' | 'blue'> = {
  error: 'red',
  warning: 'yellow',
  info: 'blue',
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

interface Row {
  line: string;
  column: string;
  severity: Severity;
  message: string;
  code: string;
  hint?: string;
}

function toRow(diagnostic: Diagnostic): Row {
  const { id, hint } = diagnostic;
  const message = toTerminalLine(diagnostic.message);
  return {
    line: String(diagnostic.line),
    column: String(diagnostic.column),
    severity: diagnostic.severity,
    message: id && !message.includes(id) ? `${message} (${toTerminalLine(id)})` : message,
    code: toTerminalLine(diagnostic.code),
    hint: hint === undefined ? undefined : toTerminalLine(hint),
  };
}

/** The default width of a line: an 80-column terminal. */
export const DEFAULT_WIDTH = 80;
/** However narrow the terminal, a message keeps at least this many columns. */
const MIN_TEXT_WIDTH = 24;

/**
 * Words into lines of at most `width` characters (a longer word stands alone on its line). Two spaces
 * before a word are kept where it does not start a line (the gap before the check code).
 */
export function wrapWords(words: readonly string[], width: number): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  let length = 0;
  for (const word of words) {
    const gap = line.length === 0 ? 0 : word.startsWith('  ') ? 0 : 1;
    const bare = line.length === 0 ? word.trimStart() : word;
    if (line.length > 0 && length + gap + bare.length > width) {
      lines.push(line);
      [line, length] = [[word.trimStart()], word.trimStart().length];
      continue;
    }
    line.push(bare);
    length += gap + bare.length;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

function joinLine(words: readonly string[]): string {
  return words.reduce((text, word, index) => (index === 0 || word.startsWith('  ') ? text + word : `${text} ${word}`), '');
}

function widest(values: string[]): number {
  return Math.max(...values.map((value) => value.length));
}

/**
 * One finding: position and severity, then the message and the check code, wrapped to the width with
 * each further line under the message's first (so nothing is padded to the longest message in the file).
 */
function formatFile(file: string, diagnostics: Diagnostic[], chalk: ChalkInstance, width: number): string {
  const rows = diagnostics.map(toRow);
  // like ESLint: the line right-aligned and the column left-aligned, so the colons line up
  const lineWidth = widest(rows.map((row) => row.line));
  const columnWidth = widest(rows.map((row) => row.column));
  const severityWidth = widest(rows.map((row) => row.severity));
  const indent = ' '.repeat(2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2);
  const textWidth = Math.max(MIN_TEXT_WIDTH, width - indent.length);
  // a file name is shown exactly, a line break in it as \n
  const lines = [chalk.underline(escapeControl(file))];
  for (const row of rows) {
    const position = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
    const severity = chalk[SEVERITY_COLORS[row.severity]](row.severity) + ' '.repeat(severityWidth - row.severity.length);
    const wrapped = wrapWords([...row.message.split(' ').filter(Boolean), `  ${row.code}`], textWidth);
    wrapped.forEach((words, index) => {
      const isLast = index === wrapped.length - 1;
      const text = isLast ? joinLine(words.slice(0, -1)) + (words.length > 1 ? '  ' : '') + chalk.dim(words.at(-1)!.trimStart()) : joinLine(words);
      lines.push(index === 0 ? `  ${position}  ${severity}  ${text}` : `${indent}${text}`);
    });
    if (row.hint !== undefined) {
      for (const words of wrapWords(`hint: ${row.hint}`.split(' ').filter(Boolean), textWidth)) lines.push(`${indent}${joinLine(words)}`);
    }
  }
  return lines.join('\n');
}

function formatSummary(counts: SeverityCounts, chalk: ChalkInstance): string {
  const total = counts.error + counts.warning + counts.info;
  const details = [
    plural(counts.error, 'error'),
    plural(counts.warning, 'warning'),
    plural(counts.info, 'info'),
  ].join(', ');
  const color = counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'blue';
  return chalk[color].bold(`✖ ${plural(total, 'problem')} (${details})`);
}

/** Suppressed findings are not listed, but never vanish: their count, by where they are suppressed. */
function formatSuppressed(suppressed: Diagnostic[], chalk: ChalkInstance): string {
  const inline = suppressed.filter((diagnostic) => diagnostic.suppression?.kind === 'inSource').length;
  const baseline = suppressed.length - inline;
  return chalk.dim(`${suppressed.length} suppressed (${baseline} by the baseline, ${inline} by plan-ignore comments)`);
}

/**
 * ESLint-like text for people: findings grouped by file, then a one-line summary. With nothing to report,
 * one line says so when the number of plans checked is known, else nothing.
 */
export function formatStylish(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const { open, suppressed } = partitionSuppressed(diagnostics);
  const hidden = options.hidden ? [chalk.dim(`${plural(options.hidden, 'finding')} below error not shown (--quiet)`)] : [];
  const clean = hidden.length > 0 ? hidden : options.checkedPlans === undefined ? [] : [chalk.green(`✔ ${plural(options.checkedPlans, 'plan')} checked, no problems`)];
  if (open.length === 0 && suppressed.length === 0) return clean.length > 0 ? `${clean[0]}\n` : '';
  const files = groupByFile(sortDiagnostics(open));
  const blocks = [...files].map(([file, findings]) => formatFile(file, findings, chalk, options.width ?? DEFAULT_WIDTH));
  const summary = open.length > 0 ? [formatSummary(countBySeverity(open), chalk), ...hidden] : clean;
  if (suppressed.length > 0) summary.push(formatSuppressed(suppressed, chalk));
  return [...blocks, summary.join('\n')].join('\n\n') + '\n';
}
