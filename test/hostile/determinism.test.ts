/**
 * Same input, same bytes out: reports, exports, diffs and validation results, run twice through the CLI,
 * then once more after every part file was rewritten in another order with other modification times, are
 * byte for byte the same, so they can be committed and diffed.
 */
import { cpSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planAsync, ROOT, Workspace } from './harness.js';

const workspace = new Workspace();
afterAll(() => workspace.remove());
const cwd = workspace.root;
for (const cycle of ['2016-2019', '2020-2023']) cpSync(path.join(ROOT, 'plans', cycle), path.join(cwd, 'plans', cycle), { recursive: true });

const COMMANDS = [
  ['report', '2020-2023', '--format', 'md'],
  ['report', '2020-2023', '--format', 'html'],
  ['report', '2020-2023', '--format', 'json'],
  ['report', '2020-2023', '--goal', '2', '--format', 'html'],
  ['export', '2020-2023', '--format', 'json'],
  ['export', '2020-2023', '--format', 'yaml'],
  ['diff', '2016-2019', '2020-2023'],
  ['diff', '2016-2019', '2020-2023', '--format', 'md'],
  ['diff', '2016-2019', '2020-2023', '--format', 'html'],
  ['diff', '2016-2019', '2020-2023', '--format', 'json'],
  ['validate', '--format', 'json'],
  ['validate', '--format', 'sarif'],
];

/** Every command's output, the commands run side by side. */
async function outputs(): Promise<string[]> {
  const runs = await Promise.all(COMMANDS.map((args) => planAsync(args, cwd)));
  runs.forEach((run, index) => expect([COMMANDS[index].join(' '), run.status, run.stderr]).toEqual([COMMANDS[index].join(' '), 0, '']));
  return runs.map((run) => run.stdout);
}

/** Deletes and writes back every part file, last name first, each with its own old modification time. */
function rewriteInReverse(): void {
  for (const cycle of ['2016-2019', '2020-2023']) {
    const dir = path.join(cwd, 'plans', cycle);
    const files = readdirSync(dir).sort().reverse();
    const contents = files.map((name) => readFileSync(path.join(dir, name)));
    for (const name of files) rmSync(path.join(dir, name));
    files.forEach((name, index) => {
      writeFileSync(path.join(dir, name), contents[index]);
      const time = new Date(Date.UTC(2001 + index, index, 1 + index));
      utimesSync(path.join(dir, name), time, time);
    });
  }
}

describe('deterministic output', () => {
  it('gives the same bytes twice, and after the part files are rewritten in another order with other times', async () => {
    const first = await outputs();
    expect(first.every((output) => output.length > 100)).toBe(true);
    expect(await outputs()).toEqual(first);
    rewriteInReverse();
    expect(await outputs()).toEqual(first);
  }, 120_000);
});
