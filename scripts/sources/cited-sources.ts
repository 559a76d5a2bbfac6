/**
 * A bundled plan's list of sources against the source folders: a seed it names is in the seeds folder, and
 * what it took from a fact sheet (a source whose title says "via fact sheet F") is in that fact sheet of
 * ../shared/sources: the source's URL (in the sheet's row of the source); a table row for each item citing the source, in the sheet's section
 * of that kind of item when it has one; the item's label in that row (less a closing parenthesised measure,
 * which the sheet keeps in a column of its own); and a target's figure and deadline.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plan } from '../../src/core.js';

const ITEM_KINDS = ['goals', 'targets', 'objectives', 'outcomes', 'outputs', 'enablers', 'risks'] as const;

interface CitedItem {
  id: string;
  source?: string;
  name?: string;
  title?: string;
  text?: string;
  measure?: { value: number; by?: number };
}

export function compareSeedFiles(plan: Plan, seedsDir: string): string[] {
  return plan.sources.flatMap((source) =>
    source.file === undefined || existsSync(path.join(seedsDir, source.file)) ? [] : [`source ${source.id}: seed ${source.file} is not in ${seedsDir}`],
  );
}

export function compareFactSheets(plan: Plan, sourcesDir: string): string[] {
  const differences: string[] = [];
  const sheets = new Map<string, { name: string; text: string }>();
  for (const source of plan.sources) {
    const name = /via fact sheet (\S+\.md)/.exec(source.title)?.[1];
    if (name === undefined) continue;
    const file = path.join(sourcesDir, name);
    if (!existsSync(file)) {
      differences.push(`source ${source.id}: fact sheet ${name} is not in ${sourcesDir}`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    sheets.set(source.id, { name, text });
    // A source the sheet lists under the same id has its URL in that row; another (an objective's page) anywhere.
    const row = text.split('\n').find((line) => line.startsWith(`| ${source.id} |`));
    if (source.url !== undefined && !(row ?? text).includes(source.url)) differences.push(`source ${source.id}: ${source.url} is not in ${row ? 'its row of ' : ''}${name}`);
  }
  for (const kind of ITEM_KINDS) {
    for (const item of plan[kind] as CitedItem[]) {
      const sheet = item.source === undefined ? undefined : sheets.get(item.source);
      if (sheet) differences.push(...compareRow(kind, item, sheet));
    }
  }
  return differences;
}

function compareRow(kind: (typeof ITEM_KINDS)[number], item: CitedItem, sheet: { name: string; text: string }): string[] {
  const what = kind.slice(0, -1);
  const rows = section(sheet.text, kind)
    .split('\n')
    .filter((line) => line.startsWith(`| ${item.id} |`) || line.startsWith(`| Goal ${item.id} |`));
  if (rows.length === 0) return [`${what} ${item.id} (source ${item.source}) has no row in ${sheet.name}`];
  const differences: string[] = [];
  const label = (item.title ?? item.text ?? item.name ?? '').replace(/ \([^()]*\)$/, '');
  const inRow = (words: string) => rows.some((row) => row.includes(words));
  if (what !== 'target' && !inRow(label)) differences.push(`${what} ${item.id}: "${label}" is not in its row of ${sheet.name}`);
  if (item.measure) {
    const figures = [`${item.measure.value}%`, ...(item.measure.by === undefined ? [] : [`by ${item.measure.by}`])];
    if (!rows.some((row) => figures.every((figure) => row.includes(figure)))) differences.push(`${what} ${item.id}: ${figures.join(' ')} is not in its row of ${sheet.name}`);
  }
  return differences;
}

/** The sheet's section of a kind of item ("## Outcomes"; outcomes and outputs share their ids), or the whole sheet. */
function section(text: string, kind: string): string {
  const heading = `\n## ${kind[0].toUpperCase()}${kind.slice(1)}\n`;
  const start = text.indexOf(heading);
  if (start === -1) return text;
  const end = text.indexOf('\n## ', start + heading.length);
  return text.slice(start, end === -1 ? undefined : end);
}
