import { Chalk, type ChalkInstance } from 'chalk';
import { appendVerboseSection } from './format-text-verbose.js';
import { paint, safe } from './text-style.js';
import { ENTITY_PLURALS } from './overview.js';
import type { ChangeKind } from './types.js';
import type { ChangeView, DiffView, SectionView } from './view-model.js';

export interface TextOptions {
  color: boolean;
  /** the terminal's width in columns */
  width?: number;
  /** every change in full, word-level differences included (the default is one line per change) */
  verbose?: boolean;
}

/** What each kind of change means, for the reader of the summary. */
const LEGEND =
  'same: as it was; changed: new wording, figures or links; renumbered: new id; renamed: new name or title; split, merged: one became several or several one; added, removed: in one plan only; unknown: missing from a partial plan, which may have it.';

/**
 * A diff as text: the summary a board reads (what the partial plans mean, counts per kind, the goals'
 * fate, the figures that moved), then one line per change; with `verbose`, tables of every change with
 * its word-level differences instead.
 */
export function formatDiffText(view: DiffView, options: TextOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(80, options.width ?? 100);
  // one list of lines for the whole text, joined once: the text of a large plan's diff runs to tens of megabytes
  const lines = [chalk.bold(`plan diff ${safe(view.from)} \u2192 ${safe(view.to)}`) + chalk.dim(` (pairs matched from a score of ${view.threshold})`), ''];
  for (const caveat of view.caveats) lines.push(...wrap(safe(caveat), width, ''), '');
  summaryTable(lines, view, chalk);
  lines.push(...wrap(LEGEND, width, '').map((line) => chalk.dim(line)));
  if (view.goalLines.length > 0) listing(lines, 'Goals and their fate', view.goalLines, chalk, width);
  if (view.figures.length > 0) listing(lines, 'Targets whose figures moved', view.figures, chalk, width);
  if (view.endings.length > 0) listing(lines, 'How the targets carried forward ended', view.endings, chalk, width);
  for (const section of view.sections) {
    lines.push('', chalk.bold(`${section.title}: ${section.counts}`));
    if (options.verbose) appendVerboseSection(lines, section, chalk, width);
    else changeLines(lines, section, view, chalk, width);
  }
  if (!view.hasDifferences) lines.push('', 'No differences.');
  lines.push('');
  return lines.join('\n');
}

function summaryTable(out: string[], view: DiffView, chalk: ChalkInstance): void {
  const heads = ['', ...view.kinds, 'total'];
  const rows = view.summary.map((row) => [row.title, ...row.counts.map(({ count }) => String(count)), String(row.total)]);
  const widths = heads.map((head, x) => Math.max(head.length, ...rows.map((row) => row[x].length)));
  const cell = (text: string, x: number) => (x === 0 ? text.padEnd(widths[x]) : text.padStart(widths[x]));
  out.push(chalk.bold(heads.map(cell).join('  ').trimEnd()));
  for (const row of rows) {
    const cells = row.map((text, x) => {
      const padded = cell(text, x);
      if (x === 0 || x === row.length - 1) return padded;
      return text === '0' ? chalk.dim(padded) : paint(view.kinds[x - 1], padded, chalk);
    });
    out.push(cells.join('  '));
  }
}

function listing(out: string[], title: string, items: string[], chalk: ChalkInstance, width: number): void {
  out.push('', chalk.bold(title));
  for (const item of items) out.push(...wrap(safe(item), width - 2, '  ').map((line) => `  ${line}`));
}

/** One line per change; unknown items, which are not changes, one wrapped line per reason. */
function changeLines(out: string[], section: SectionView, view: DiffView, chalk: ChalkInstance, width: number): void {
  const listed = section.changes.filter((change) => change.kind !== 'unknown');
  const idWidth = Math.min(24, Math.max(0, ...listed.map((change) => idsText(change).length)));
  for (const change of listed) {
    const score = (change.score || '').padStart(4);
    const line = `  ${change.kind.padEnd(10)}  ${idsText(change).padEnd(idWidth)}  ${score}  ${whatText(change)}`;
    out.push(paintStart(change.kind, fit(line, width), chalk));
  }
  const unknown = section.changes.filter((change) => change.kind === 'unknown');
  const byReason = new Map<string, ChangeView[]>();
  for (const change of unknown) {
    const reason = change.gap ? `a recorded gap of ${change.gap.cycle}: "${change.gap.text}"` : unlisted(change, section, view);
    byReason.set(reason, [...(byReason.get(reason) ?? []), change]);
  }
  for (const [reason, changes] of byReason) {
    const ids = changes.map((change) => [...change.from, ...change.to].map((ref) => safe(ref.id)).join(' + ')).join(', ');
    const [first, ...rest] = wrap(`${ids} (${changes.length}): ${safe(reason)}`, width - 14, '');
    out.push(paintStart('unknown', `  ${'unknown'.padEnd(10)}  ${first}`, chalk), ...rest.map((line) => ' '.repeat(14) + line));
  }
}

/** Why an unknown item without a gap is unknown: the other plan is partial and does not list all its items of this kind. */
function unlisted(change: ChangeView, section: SectionView, view: DiffView): string {
  const [here, partial] = change.from.length > 0 ? [view.from, view.to] : [view.to, view.from];
  return `in ${here} only; ${partial} does not list all its ${ENTITY_PLURALS[section.entity]}`;
}

function idsText(change: ChangeView): string {
  const side = (refs: ChangeView['from']) => (refs.length === 0 ? '\u2014' : refs.map((ref) => safe(ref.id)).join('+'));
  return `${side(change.from)} \u2192 ${side(change.to)}`;
}

function whatText(change: ChangeView): string {
  if (change.from.length === 0 || change.to.length === 0) {
    const [item] = [...change.from, ...change.to];
    const nearest = change.nearest ? ` (nearest: ${safe(change.nearest.id)} ${safe(change.nearest.label)}, ${change.nearest.score})` : '';
    return `${safe(item.label)}${nearest}`;
  }
  if (!change.isPair) return (change.to.length > 1 ? change.to : change.from).map((ref) => `${safe(ref.id)} ${safe(ref.label)}`).join(' + ');
  const label = change.label === null ? '' : safe(change.label);
  return [label, safe(change.brief)].filter((part) => part !== '').join(' \u2014 ');
}

/** A line cut to the width, with an ellipsis: the one-line listing never wraps. */
function fit(line: string, width: number): string {
  if (line.length <= width) return line;
  return `${Array.from(line).slice(0, width - 1).join('')}\u2026`;
}

/** Words wrapped to the width; each line after the first starts with `indent`. */
export function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The kind at the start of a line, coloured. */
function paintStart(kind: ChangeKind, line: string, chalk: ChalkInstance): string {
  return chalk.level === 0 ? line : line.replace(kind, paint(kind, kind, chalk));
}
