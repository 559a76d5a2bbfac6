/**
 * YAML's non-finite numbers (.nan, .inf, -.inf) where a plan holds figures: a target's value and baseline,
 * an observed value (test/fixtures/hostile/non-finite). Each is a schema finding that names the value;
 * none reaches a report, a progress report, a diff or an export (no NaN%, no Infinity%, no null).
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findings, HOSTILE, plan, snapshot, Workspace } from './harness.js';

const PLAN = path.join(HOSTILE, 'non-finite/2030-2033');
const VALID = path.join(HOSTILE, 'valid/2030-2033');
const workspace = new Workspace();
afterAll(() => workspace.remove());
const cwd = workspace.root;
const NON_FINITE = /NaN|Infinity/;

describe('.nan and .inf as figures', () => {
  it('are schema findings that say what is wrong, at their lines', () => {
    const run = plan(['validate', PLAN, '--format', 'json'], { cwd });
    expect(run.status).toBe(1);
    expect(findings(run, cwd, PLAN)).toEqual(['schema plan.yaml:24', 'schema plan.yaml:27', 'schema progress.yaml:7', 'schema progress.yaml:12', 'schema progress.yaml:17']);
    const messages = (JSON.parse(run.stdout) as { diagnostics: { message: string }[] }).diagnostics.map((diagnostic) => diagnostic.message);
    expect(messages).toEqual([
      'targets[0].measure.value: .nan is not a finite number',
      'targets[0].measure.baseline.value: -.inf is not a finite number',
      'progress[0].value: .inf is not a finite number',
      'progress[1].value: .nan is not a finite number',
      'progress[2].value: .nan is not a finite number',
    ]);
  });

  it.each([
    ['report', 'md'],
    ['report', 'html'],
    ['report', 'json'],
    ['progress', 'text'],
    ['progress', 'md'],
    ['progress', 'html'],
    ['progress', 'json'],
  ])('never reach %s --format %s', (command, format) => {
    const before = snapshot(path.dirname(PLAN));
    const run = plan([command, PLAN, '--format', format], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(0);
    expect(run.stdout).not.toMatch(NON_FINITE);
    expect(snapshot(path.dirname(PLAN))).toEqual(before);
  });

  it.each(['text', 'md', 'html', 'json'])('never reach diff --format %s, either way', (format) => {
    for (const [from, to] of [[VALID, PLAN], [PLAN, VALID]]) {
      const run = plan(['diff', from, to, '--format', format], { cwd });
      expect(run.status).toBe(0);
      expect(run.stdout).not.toMatch(NON_FINITE);
    }
  });

  it.each(['json', 'yaml'])('are not exported (as null or otherwise) by export --format %s', (format) => {
    const run = plan(['export', PLAN, '--format', format], { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/NaN|Infinity|null|\.nan|\.inf/i);
  });
});
