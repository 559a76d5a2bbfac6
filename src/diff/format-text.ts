import { Chalk, type ChalkInstance } from 'chalk';
import type { FieldView } from './field-view.js';
import { appendTable } from './table.js';
import type { ChangeView, DiffView } from './view-model.js';
import type { ChangeKind } from './types.js';
import type { WordPart } from './word-diff.js';

export interface TextOptions {
  color: boolean;
  /** the terminal's width in columns */
  width?: number;
}

const KIND_COLORS: Record<ChangeKind, 'dim' | 'yellow' | 'magenta' | 'green' | 'red'> = {
  same: 'dim',
  changed: 'yellow',
  renumbered: 'yellow',
  renamed: 'yellow',
  split: 'magenta',
  merged: 'magenta',
  added: 'green',
  removed: 'red',
  unknown: 'dim',
};

/** A diff as terminal tables: the summary, the goals and their fate, then each entity's changes. */
export function formatDiffText(view: DiffView, options: TextOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(80, options.width ?? 100);
  // one list of lines for the whole text, joined once: the text of a large plan's diff runs to tens of megabytes
  const lines = [chalk.bold(`plan diff ${safe(view.from)} \u2192 ${safe(view.to)}`) + chalk.dim(` (matches scoring at least ${view.threshold})`), ''];
  summaryTable(lines, view, chalk);
  if (view.goals.length > 0) {
    lines.push('', chalk.bold('Goals and their fate'));
    goalsTable(lines, view.goals, chalk, width);
  }
  for (const section of view.sections) {
    lines.push('', chalk.bold(section.title));
    changesTable(lines, section.changes, chalk, width);
  }
  if (!view.hasDifferences) lines.push('', 'No differences.');
  lines.push('');
  return lines.join('\n');
}

function summaryTable(out: string[], view: DiffView, chalk: ChalkInstance): void {
  const rows = view.summary.map((row) => {
    const counts = row.counts.map(({ kind, count }) => (count === 0 ? chalk.dim('0') : paintKind(kind, String(count), chalk)));
    return [row.title, ...counts, String(row.total)];
  });
  appendTable(out, heads(['', ...view.kinds, 'total'], chalk), rows);
}

function goalsTable(out: string[], goals: ChangeView[], chalk: ChalkInstance, width: number): void {
  const side = Math.floor((width - 12 - 7 - 5) / 2);
  const names = (refs: ChangeView['from']) => refs.map((ref) => `${safe(ref.id)} ${safe(ref.label)}`).join('\n');
  const rows = goals.map((goal) => [names(goal.from), paintKind(goal.kind, goal.kind, chalk), names(goal.to), goal.score]);
  appendTable(out, heads(['from', 'fate', 'to', 'score'], chalk), rows, [side, 12, side, 7]);
}

function changesTable(out: string[], changes: ChangeView[], chalk: ChalkInstance, width: number): void {
  const ids = (refs: ChangeView['from']) => refs.map((ref) => safe(ref.id)).join('\n');
  function* rows(): Generator<string[]> {
    for (const change of changes) yield [paintKind(change.kind, change.kind, chalk), ids(change.from), ids(change.to), change.score, details(change, chalk)];
  }
  appendTable(out, heads(['change', 'from', 'to', 'score', 'what'], chalk), rows(), [12, 10, 10, 7, width - 39 - 6]);
}

function heads(titles: string[], chalk: ChalkInstance): string[] {
  return titles.map((title) => chalk.bold(title));
}

/** The label first (the parts of a split or merge, each with its id), then every other changed field. */
function details(change: ChangeView, chalk: ChalkInstance): string {
  const lines: string[] = [];
  const labelField = change.fields.find((field) => field.name === 'text' || field.name === 'name' || field.name === 'title');
  if (change.isPair) {
    if (!labelField) lines.push(safe(change.to[0].label));
  } else {
    const refs = [...change.from.map((ref) => ({ ref, paint: chalk.red })), ...change.to.map((ref) => ({ ref, paint: chalk.green }))];
    const isPair = change.from.length > 0 && change.to.length > 0;
    for (const { ref, paint } of refs) lines.push(isPair ? `${paint(safe(ref.id))}: ${safe(ref.label)}` : safe(ref.label));
  }
  for (const field of change.fields) lines.push(`${chalk.dim(`${field.name}:`)} ${fieldText(field, chalk)}`);
  return lines.join('\n');
}

function fieldText(field: FieldView, chalk: ChalkInstance): string {
  if (field.words) return field.words.map((part) => wordText(part, chalk)).join(' ');
  const note = field.note ? ` ${chalk.dim(`(${field.note})`)}` : '';
  return `${safe(field.from)} \u2192 ${safe(field.to)}${note}`;
}

/** Coloured, deletions red and struck through; plain, in the `[-old-]{+new+}` notation of git's word diff. */
function wordText(part: WordPart, chalk: ChalkInstance): string {
  const text = safe(part.text);
  if (part.op === 'equal') return text;
  if (chalk.level === 0) return part.op === 'delete' ? `[-${text}-]` : `{+${text}+}`;
  return part.op === 'delete' ? chalk.red.strikethrough(text) : chalk.green(text);
}

function paintKind(kind: ChangeKind, text: string, chalk: ChalkInstance): string {
  return chalk[KIND_COLORS[kind]](text);
}

/** Plan text cannot send escape sequences to the terminal: control characters show as `\uXXXX`, line breaks as spaces. */
export function safe(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
