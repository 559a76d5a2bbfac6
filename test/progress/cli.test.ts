/** `plan progress` end to end: the built CLI (`npm test` builds it first). */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProgressReport } from '../../src/progress/types.js';
import { runCli } from '../cli/run-cli.js';
import { FIXTURE_PLANS } from './helpers.js';

const fixture = (...args: string[]) => runCli(['--plans', FIXTURE_PLANS, 'progress', ...args], { env: { NO_COLOR: '1' } });

describe('plan progress', () => {
  it('prints a table per goal and the observations of each target, with their sources', () => {
    const { status, stdout, stderr } = fixture('fixture-increasing');
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/Goal 1: Growth \(2 achieved, 1 off-track, 2 no-data\)/);
    expect(stdout).toMatch(/│ 1\.2 +│ 80% by 2023 +│ 58% \(2021\) +│ off-track ≠ │ on-track \(2021\) │ \+11 +│ \+4 +│/);
    expect(stdout).toContain('2021  63%                        series-2021, edition 2021 (revised by a later edition)');
  });

  it('keeps to the JSON contract: cycle, asOf, targets and goals with their counts', () => {
    const { status, stdout } = fixture('fixture-decreasing', '--format', 'json', '--as-of', '2021', '--goal', '1');
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as ProgressReport;
    expect(Object.keys(report)).toEqual(['version', 'cycle', 'title', 'asOf', 'goal', 'targets', 'goals', 'sources']);
    expect(report).toMatchObject({ cycle: 'fixture-decreasing', asOf: 2021, goal: '1' });
    const keys = ['id', 'goal', 'figure', 'deadline', 'baseline', 'observations', 'status', 'statedStatus', 'neededRate', 'observedRate'];
    for (const target of report.targets) expect(Object.keys(target)).toEqual(expect.arrayContaining(keys));
    expect(report.targets[0]).toMatchObject({ id: '1.1', status: 'off-track', deadline: 2023, baseline: { year: 2019, value: 7 }, neededRate: -1.25, observedRate: -0.75 });
    expect(report.goals).toEqual([{ id: '1', name: 'Affordability', counts: { achieved: 0, 'on-track': 1, 'off-track': 1, 'no-data': 2, 'no-figure': 0 }, targets: ['1.1', '1.2', '1.3', '1.4'] }]);
  });

  it('writes Markdown and HTML to --out, atomically, printing nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-progress-'));
    for (const format of ['md', 'html']) {
      const out = path.join(dir, `progress.${format}`);
      const { status, stdout } = fixture('fixture-increasing', '--format', format, '--out', out);
      expect(status).toBe(0);
      expect(stdout).toBe('');
      expect(readFileSync(out, 'utf8')).toBe(fixture('fixture-increasing', '--format', format).stdout);
    }
    expect(readdirSync(dir).sort()).toEqual(['progress.html', 'progress.md']);
    expect(readFileSync(path.join(dir, 'progress.md'), 'utf8')).toContain('| [2.4](#target-2.4) | 50% change by 2023 (baseline 2019) | 30% change (2021) | **on-track** |');
  });

  it('renders a template of your own with the same data', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-progress-'));
    const template = path.join(dir, 'mine.md.hbs');
    writeFileSync(template, '{{#each targets}}{{id}}={{#if status}}{{status}}{{else}}none{{/if}};{{/each}}');
    const { status, stdout } = fixture('fixture-increasing', '--format', 'md', '--template', template, '--goal', '2');
    expect(status).toBe(0);
    expect(stdout).toBe('2.1=none;2.2=off-track;2.3=off-track;2.4=on-track;');
  });

  it('defaults to the newest adopted cycle', () => {
    const { status, stdout } = runCli(['progress', '--format', 'json']);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as ProgressReport).cycle).toBe('2024-2027');
  });

  it.each([
    [['--as-of', '20x1'], '--as-of takes a year (e.g. 2021), not "20x1"'],
    [['--goal', '9'], 'unknown goal "9" in fixture-increasing (goals: 1, 2)'],
    [['--template', 'x.md.hbs'], '--template renders Markdown or HTML'],
    [['--format', 'pdf'], "argument 'pdf' is invalid"],
  ])('refuses %j with exit code 2', (args, message) => {
    const { status, stderr } = fixture('fixture-increasing', ...args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });

  it('refuses to write into the plans folder', () => {
    const { status, stderr } = fixture('fixture-increasing', '--out', path.join(FIXTURE_PLANS, 'fixture-increasing', 'progress.md'));
    expect(status).toBe(2);
    expect(stderr).toContain('refusing to write into the plans folder');
  });

  it('keeps hostile plan text inert in Markdown: no raw HTML, no table broken by a pipe or a line break', () => {
    const { status, stdout } = runCli(['--plans', 'test/fixtures/progress/hostile', 'progress', 'fixture-hostile', '--format', 'md']);
    expect(status).toBe(0);
    expect(stdout).not.toMatch(/<(script|img|svg|b|i)\b/i);
    // every row of a table has as many cells as the table's header (an escaped \| is text, not a border)
    const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length;
    const tables = stdout.split(/\n(?!\|)/).map((block) => block.split('\n').filter((line) => line.startsWith('|'))).filter((rows) => rows.length > 0);
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const [header, ...rows] of tables) for (const row of rows) expect(cells(row), row).toBe(cells(header));
  });

  it('computes progress for a plan with errors, and says so on stderr', () => {
    const { status, stderr } = runCli(['progress', './test/fixtures/checks/dangling-ref/observation-target']);
    expect(status).toBe(0);
    expect(stderr).toContain('has 1 error-level finding');
  });
});
