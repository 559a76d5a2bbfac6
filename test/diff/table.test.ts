import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/diff/table.js';
import { Random } from '../fuzz/random.js';

/** cli-table3 with the options the diff's text format uses. */
function cliTable(head: string[], rows: string[][], colWidths?: number[]): string {
  const table = new Table({ head, style: { head: [], border: [] }, wordWrap: true, ...(colWidths ? { colWidths } : {}) });
  table.push(...rows);
  return table.toString();
}

const chalk = new Chalk({ level: 1 });
const WORDS = [
  'Increased', 'broadband', 'of', 'households', 'in', 'LDCs', 'a-very-long-word-that-cannot-fit-in-any-column-of-this-table',
  '55%', '→', '−10', 'café', 'naïve', '中文', '全角テキスト', '👍', '🇨🇭', '\\u001b[31m', '|', '', ' ', '  ', 'x',
];
const STYLES = [(text: string) => text, chalk.red, chalk.green, chalk.red.strikethrough, chalk.bold, chalk.dim];

/** A cell of random words, spacing, line breaks and colours (seeded). */
function randomCell(random: Random): string {
  const count = random.int(0, 14);
  let cell = '';
  for (let index = 0; index < count; index++) {
    const word = WORDS[random.int(0, WORDS.length - 1)];
    const styled = random.int(0, 3) === 0 ? STYLES[random.int(0, STYLES.length - 1)](word) : word;
    cell += [' ', ' ', ' ', '  ', '\n', '\t'][random.int(0, 5)] + styled;
  }
  return random.int(0, 4) === 0 ? cell.trim() : cell;
}

describe('the text format\'s tables', () => {
  it('are drawn to the byte as cli-table3 draws them, with fixed and with natural widths', () => {
    const random = new Random(20280);
    for (let round = 0; round < 300; round++) {
      const columns = random.int(1, 5);
      const head = Array.from({ length: columns }, () => randomCell(random));
      const rows = Array.from({ length: random.int(0, 6) }, () => Array.from({ length: columns }, () => randomCell(random)));
      const widths = Array.from({ length: columns }, () => random.int(3, 40));
      expect(renderTable(head, rows, widths), `round ${round}, fixed`).toBe(cliTable(head, rows, widths));
      expect(renderTable(head, rows), `round ${round}, natural`).toBe(cliTable(head, rows));
    }
  });
});
