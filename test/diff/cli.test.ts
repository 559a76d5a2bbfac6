import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { FIXTURES } from './helpers.js';

const ANSI = /\u001b\[/;
const scratch = mkdtempSync(path.join(tmpdir(), 'plan-diff-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('plan diff, end to end', () => {
  it('prints tables without colour when not on a terminal, and exits 0 on differences', () => {
    const result = runCli(['diff', '2016-2019', '2020-2023']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toContain('Goals and their fate');
    expect(result.stdout).not.toMatch(ANSI);
  });

  it('fits the diff of 2016-2019 and 2020-2023 in 200 lines, one per change, and shows no change from nothing', () => {
    const { stdout } = runCli(['diff', '2016-2019', '2020-2023']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(200);
    expect(lines.every((line) => line.length <= 100)).toBe(true);
    expect(stdout).toContain('2016-2019 is partial (19 recorded gaps).');
    expect(stdout).not.toContain('(none) \u2192');
    expect(stdout).not.toContain('{+');
    const verbose = runCli(['diff', '2016-2019', '2020-2023', '--verbose']).stdout;
    expect(verbose).toContain('{+');
    expect(verbose.split('\n').length).toBeGreaterThan(lines.length);
    for (const format of ['md', 'html']) expect(runCli(['diff', '2016-2019', '2020-2023', '--format', format]).stdout, format).not.toMatch(/\(none\) (→|&rarr;)/);
  });

  it('says in JSON that 2024-2027 is partial, and removes no objective, outcome or output', () => {
    const diff = JSON.parse(runCli(['diff', '2020-2023', '2024-2027', '--format', 'json']).stdout);
    expect(diff.sides.to).toMatchObject({ cycle: '2024-2027', completeness: 'partial' });
    expect(diff.overview.caveats[0]).toMatch(/^2024-2027 is partial/);
    const removed = diff.changes.filter((change: { entity: string; kind: string }) => change.kind === 'removed' && !['goal', 'target'].includes(change.entity));
    expect(removed).toEqual([]);
    expect(diff.summary.output.unknown).toBe(70);
  });

  it('colours with FORCE_COLOR, never with --no-color', () => {
    expect(runCli(['diff', '2016-2019', '2020-2023', '--kind', 'goal'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(runCli(['diff', '2016-2019', '2020-2023', '--kind', 'goal', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });

  it('exits 1 with --exit-code only when there are differences', () => {
    expect(runCli(['diff', '2020-2023', '2020-2023', '--exit-code']).status).toBe(0);
    expect(runCli(['diff', '2016-2019', '2020-2023', '--exit-code']).status).toBe(1);
  });

  it('reports only the kinds asked for', () => {
    const diff = JSON.parse(runCli(['diff', '2016-2019', '2020-2023', '--kind', 'targets', '--format', 'json']).stdout);
    expect(Object.keys(diff.summary)).toEqual(['target']);
    expect(new Set(diff.changes.map((change: { entity: string }) => change.entity))).toEqual(new Set(['target']));
  });

  it('takes paths to plan folders', () => {
    const result = runCli(['diff', `${FIXTURES}/split/from`, `${FIXTURES}/split/to`, '--format', 'json']);
    expect(JSON.parse(result.stdout).summary.goal.split).toBe(1);
  });

  it('exits 2 with one line on a usage mistake', () => {
    for (const args of [['--kind', 'goal,risk'], ['--threshold', '1.5'], ['--format', 'pdf']]) {
      const result = runCli(['diff', '2016-2019', '2020-2023', ...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
    }
    const unknown = runCli(['diff', '2016-2019', '1999-2002']);
    expect(unknown.stderr).toMatch(/^plan: unknown cycle "1999-2002" \(cycles in plans: .*\)\n$/);
  });

  it('writes Markdown and HTML to a file, never into the plans folder', () => {
    const file = path.join(scratch, 'diff.html');
    const result = runCli(['diff', '2016-2019', '2020-2023', '--format', 'html', '--out', file]);
    expect(result).toMatchObject({ status: 0, stdout: '' });
    expect(readFileSync(file, 'utf8')).toContain('<h2 id="goals">Goals and their fate</h2>');
    const refused = runCli(['diff', '2016-2019', '2020-2023', '--format', 'md', '--out', 'plans/diff.md']);
    expect(refused).toMatchObject({ status: 2, stderr: 'plan: refusing to write into the plans folder: plans/diff.md\n' });
  });

  it('still compares a plan with load errors, and says what it left out', () => {
    const result = runCli(['diff', 'test/fixtures/cli/mixed/mixed', 'test/fixtures/cli/mixed/mixed', '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/yaml-syntax/);
    expect(result.stderr).toMatch(/the diff leaves out what they make unreadable\n$/);
  });
});
