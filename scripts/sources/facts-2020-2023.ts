/**
 * The facts of the 2020-2023 plan as seed 001 prints them (Annex 1 to Resolution 71 (Rev. Dubai, 2018)):
 * goals (section 1.4), targets (Table 1), objectives (the lists of section 2), the linkage of objectives
 * to goals (Table 3), and the outcomes and outputs (Tables 4, 6, 8 and 10).
 */
import { between, captures, readSeed, SEED_FILES } from './seed-text.js';

export interface Item {
  id: string;
  text: string;
}

export interface Linkage {
  primary: string[];
  secondary: string[];
}

export interface Facts2020 {
  seed: string;
  goals: { id: string; name: string; statement: string }[];
  targets: Item[];
  objectives: { id: string; title: string; statement: string }[];
  /** objective id → the goals Table 3 boxes (primary) and ticks (secondary) */
  linkage: Record<string, Linkage>;
  outcomes: Item[];
  outputs: Item[];
}

/** A result's id: its objective, then a letter (outcome) or a number (output); one outcome is printed "D.1.e". */
const RESULT_CELL = /^([RTDI]\.\d+[-.]([a-z]|\d+)): (.+)$/;

export function facts2020(seedsDir: string): Facts2020 {
  const file = SEED_FILES.resolution71;
  // The tables of the annex mark headings bold (**...**) inside lines; the plan's texts carry no markup.
  const annex = between(readSeed(seedsDir, file), 'ANNEX 1 TO RESOLUTION 71', 'ANNEX 2 TO RESOLUTION 71', file).replace(/\*\*/g, '');
  const objectiveList = between(annex, '2 ITU results framework', 'Table 3: Linkage', file);
  const results = resultCells(annex);
  return {
    seed: file,
    goals: captures(annex, /^Goal (\d+) – ([^:\n]+): (.+)$/gm).map(([id, name, statement]) => ({ id, name, statement })),
    targets: captures(annex, /^Target (\d+\.\d+): (.+)$/gm).map(([id, text]) => ({ id, text })),
    objectives: captures(objectiveList, /^- ([RTDI]\.\d+) ([^:\n]+): (.+)$/gm).map(([id, title, statement]) => ({ id, title, statement })),
    linkage: table3(between(annex, 'Table 3: Linkage', 'Boxes and ticks', file)),
    outcomes: results.filter((result) => /[a-z]$/.test(result.id)),
    outputs: results.filter((result) => /\d$/.test(result.id)),
  };
}

/** Table 3's rows: tab-separated, the objective in the second cell, then one cell per goal 1 to 5 (☑ box, ✓ tick). */
function table3(table: string): Record<string, Linkage> {
  const rows: Record<string, Linkage> = {};
  for (const line of table.split('\n')) {
    const cells = line.split('\t');
    const objective = /^([RTDI]\.\d+) /.exec(cells[1] ?? '')?.[1];
    if (!objective) continue;
    const marks = cells.slice(2, 7).map((cell) => cell.trim());
    const goalsMarked = (mark: string) => marks.flatMap((cell, index) => (cell === mark ? [String(index + 1)] : []));
    rows[objective] = { primary: goalsMarked('☑'), secondary: goalsMarked('✓') };
  }
  return rows;
}

/** Outcome and output cells: one per line ("- R.1-a: ...") or two per line, tab-separated (Table 8). */
function resultCells(annex: string): Item[] {
  const items: Item[] = [];
  for (const line of annex.split('\n')) {
    for (const cell of line.split('\t')) {
      const match = RESULT_CELL.exec(cell.trim().replace(/^- /, ''));
      if (match) items.push({ id: match[1], text: match[3] });
    }
  }
  return items;
}
