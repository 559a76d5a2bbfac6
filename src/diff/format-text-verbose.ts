import type { ChalkInstance } from 'chalk';
import type { FieldView } from './field-view.js';
import { paint, safe } from './text-style.js';
import { appendTable } from './table.js';
import type { ChangeView, SectionView } from './view-model.js';
import type { WordPart } from './word-diff.js';

/** `plan diff --verbose`: one entity's changes as a table, each with every field and its word-level differences. */
export function appendVerboseSection(out: string[], section: SectionView, chalk: ChalkInstance, width: number): void {
  const ids = (refs: ChangeView['from']) => refs.map((ref) => safe(ref.id)).join('\n');
  const heads = ['change', 'from', 'to', 'score', 'what'].map((title) => chalk.bold(title));
  function* rows(): Generator<string[]> {
    for (const change of section.changes) yield [paint(change.kind, change.kind, chalk), ids(change.from), ids(change.to), change.score, details(change, chalk)];
  }
  appendTable(out, heads, rows(), [12, 10, 10, 7, width - 39 - 6]);
}

/** The label first (the parts of a split or merge, each with its id), then every field; for a lone item, its nearest candidate or gap. */
function details(change: ChangeView, chalk: ChalkInstance): string {
  const lines: string[] = [];
  if (change.isPair) {
    if (change.label !== null) lines.push(safe(change.label));
  } else {
    const refs = [...change.from.map((ref) => ({ ref, paint: chalk.red })), ...change.to.map((ref) => ({ ref, paint: chalk.green }))];
    const isPair = change.from.length > 0 && change.to.length > 0;
    for (const { ref, paint: color } of refs) lines.push(isPair ? `${color(safe(ref.id))}: ${safe(ref.label)}` : safe(ref.label));
  }
  for (const field of change.fields) lines.push(`${chalk.dim(`${field.name}:`)} ${fieldText(field, chalk)}`);
  if (change.gap) lines.push(chalk.dim(`a recorded gap of ${safe(change.gap.cycle)}: ${safe(change.gap.text)}`));
  if (change.nearest) lines.push(chalk.dim(`nearest: ${safe(change.nearest.id)} ${safe(change.nearest.label)} (${change.nearest.score})`));
  return lines.join('\n');
}

function fieldText(field: FieldView, chalk: ChalkInstance): string {
  if (field.unknownIn !== null) return `not known in ${safe(field.unknownIn)} ${chalk.dim(`(${safe(field.knownIn ?? '')}: ${safe(field.known ?? '')})`)}`;
  if (field.light !== null) return `${safe(field.to)} ${chalk.dim(`(${field.light})`)}`;
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
