import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic, Severity } from '../types/diagnostic.js';
import type { SeverityCounts } from './diagnostic-list.js';
import { countBySeverity, groupByFile, partitionSuppressed, sortDiagnostics } from './diagnostic-list.js';
import type { FormatOptions } from './options.js';

const SEVERITY_COLORS: Record<Severity, 'red' | 'yellow' | 'blue'> = {
  error: 'red',
  warning: 'yellow',
  info: 'blue',
};

/**
 * One finding per line keeps the columns aligned, and a message must not be able to send
 * escape sequences to the terminal: line breaks become spaces, other control characters show as `\uXXXX`.
 */
function toTerminalLine(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (character) => {
      return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}

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

/** Pads after painting, so the padding stays uncoloured and the widths count visible text only. */
function padEnd(text: string, width: number, paint: (text: string) => string): string {
  return paint(text) + ' '.repeat(Math.max(0, width - text.length));
}

function widest(values: string[]): number {
  return Math.max(...values.map((value) => value.length));
}

function formatFile(file: string, diagnostics: Diagnostic[], chalk: ChalkInstance): string {
  const rows = diagnostics.map(toRow);
  // like ESLint: the line right-aligned and the column left-aligned, so the colons line up
  const lineWidth = widest(rows.map((row) => row.line));
  const columnWidth = widest(rows.map((row) => row.column));
  const severityWidth = widest(rows.map((row) => row.severity));
  const messageWidth = widest(rows.map((row) => row.message));
  const hintIndent = ' '.repeat(2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2);
  const lines = [chalk.underline(toTerminalLine(file))];
  for (const row of rows) {
    const position = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
    const severity = padEnd(row.severity, severityWidth, chalk[SEVERITY_COLORS[row.severity]]);
    const message = padEnd(row.message, messageWidth, (text) => text);
    lines.push(`  ${position}  ${severity}  ${message}  ${chalk.dim(row.code)}`);
    if (row.hint !== undefined) lines.push(`${hintIndent}hint: ${row.hint}`);
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

/** ESLint-like text for people: findings grouped by file, then a one-line summary. */
export function formatStylish(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const { open, suppressed } = partitionSuppressed(diagnostics);
  if (open.length === 0 && suppressed.length === 0) return '';
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const files = groupByFile(sortDiagnostics(open));
  const blocks = [...files].map(([file, findings]) => formatFile(file, findings, chalk));
  const summary = open.length > 0 ? [formatSummary(countBySeverity(open), chalk)] : [];
  if (suppressed.length > 0) summary.push(formatSuppressed(suppressed, chalk));
  return [...blocks, summary.join('\n')].join('\n\n') + '\n';
}
