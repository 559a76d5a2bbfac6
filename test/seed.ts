import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The shared source documents sit beside the project (../shared/seeds), on developer machines and in CI. */
export const SEEDS_DIR = path.resolve(import.meta.dirname, '../../shared/seeds');

export function readSeed(name: string): string {
  return readFileSync(path.join(SEEDS_DIR, name), 'utf8');
}

export const SEED_2020_2023 = '001_689f79870c0ce4dc.txt';

/**
 * Table 3 of the 2020-2023 plan read straight from the seed: objective id → goal ids boxed (primary)
 * and ticked (secondary). Columns are tab-separated; goals 1 to 5 are the last five cells of a row.
 */
export function seedTable3(): Map<string, { primary: string[]; secondary: string[] }> {
  const text = readSeed(SEED_2020_2023);
  const start = text.indexOf('Table 3: Linkage');
  const end = text.indexOf('Boxes and ticks', start);
  const rows = new Map<string, { primary: string[]; secondary: string[] }>();
  for (const line of text.slice(start, end).split('\n')) {
    const cells = line.split('\t');
    const match = /^([RTDI]\.\d+) /.exec(cells[1] ?? '');
    if (!match) continue;
    const marks = cells.slice(2, 7);
    rows.set(match[1], {
      primary: marks.flatMap((mark, index) => (mark.trim() === '☑' ? [String(index + 1)] : [])),
      secondary: marks.flatMap((mark, index) => (mark.trim() === '✓' ? [String(index + 1)] : [])),
    });
  }
  return rows;
}
