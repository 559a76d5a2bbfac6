/**
 * `__proto__`, `constructor` and `prototype` as YAML keys pollute nothing (they are schema errors), and as
 * ids they are ordinary ids through validate, report, diff and export: no lookup finds an inherited
 * property where an item should be.
 */
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReportModel, checkPlan, diffPlans, exportPlan, loadPlan, renderReport } from '../../src/index.js';
import type { ReportModel } from '../../src/render/index.js';
import { findings, HOSTILE, plan, snapshot, Workspace } from './harness.js';

const KEYS = path.join(HOSTILE, 'proto-keys/2030-2033');
const IDS = path.join(HOSTILE, 'proto-ids/2030-2033');
const VALID = path.join(HOSTILE, 'valid/2030-2033');

const workspace = new Workspace();
const cwd = workspace.root;
afterAll(() => workspace.remove());

// Each case must leave every fixture (and the working folder) as it found it.
let before: unknown;
const state = () => [snapshot(HOSTILE), snapshot(cwd)];
beforeEach(() => {
  before = state();
});
afterEach(() => {
  expect(state()).toEqual(before);
});

/** Object.prototype as it is: its own property names and no `polluted`. */
function prototypeState(): string[] {
  return [...Object.getOwnPropertyNames(Object.prototype), String(({} as { polluted?: unknown }).polluted)];
}

describe('prototype names as keys', () => {
  it('are schema errors where they stand, and the CLI exits 1', () => {
    const run = plan(['validate', KEYS, '--format', 'json'], { cwd, maxMs: 5000 });
    expect(findings(run, cwd, KEYS)).toEqual([
      'schema anchors.yaml:6',
      // merge keys are applied: the merged item inherits the unknown key, once
      'schema anchors.yaml:7',
      'schema anchors.yaml:9',
      // the alias makes the gap an object: no text, and an unknown key
      'schema anchors.yaml:13',
      'schema anchors.yaml:13',
      'schema keys.yaml:2',
      'schema keys.yaml:4',
      'schema keys.yaml:12',
      'schema keys.yaml:14',
      'schema keys.yaml:17',
    ]);
    expect(run.status).toBe(1);
  });

  it('pollute no prototype while loading, checking, reporting, diffing and exporting', async () => {
    const clean = prototypeState();
    const loaded = loadPlan(KEYS);
    const { graph, diagnostics } = checkPlan(loaded);
    await renderReport(buildReportModel(graph, diagnostics), { format: 'html' });
    diffPlans(loaded.plan, loadPlan(VALID).plan);
    const exported = JSON.stringify(exportPlan(loaded.plan));
    expect(prototypeState()).toEqual(clean);
    expect(exported).not.toContain('polluted');
    for (const value of loaded.plan.values) expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});

describe('prototype names as ids', () => {
  it('validate: only the id-format warnings any unusual id would get, exit 0', () => {
    const run = plan(['validate', IDS, '--format', 'json'], { cwd });
    expect(findings(run, cwd, IDS)).toEqual(['id-format plan.yaml:18', 'id-format plan.yaml:28', 'id-format plan.yaml:46']);
    expect(run.status).toBe(0);
  });

  it('report: goals, targets and objectives are found by these ids, and nothing inherited is', () => {
    const goalReport = (goal: string): ReportModel => {
      const run = plan(['report', IDS, '--goal', goal, '--format', 'json'], { cwd });
      expect([run.status, run.stderr]).toEqual([0, '']);
      return JSON.parse(run.stdout) as ReportModel;
    };
    const ids = (list: { id: string }[] | undefined) => list?.map((item) => item.id);
    const proto = goalReport('__proto__');
    expect([ids(proto.targets!), ids(proto.objectives!.primary), ids(proto.objectives!.secondary)]).toEqual([['__proto__.1'], ['toString'], ['valueOf']]);
    const constructor = goalReport('constructor');
    expect([ids(constructor.targets!), ids(constructor.objectives!.primary)]).toEqual([['constructor.1'], ['toString', 'hasOwnProperty']]);
    expect(constructor.goal!.source).toEqual({ id: '__proto__', anchor: 'source--x5f--x5f-proto-x5f--x5f-', isInReport: true });
    for (const inherited of ['toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
      const run = plan(['report', IDS, '--goal', inherited], { cwd });
      expect(run.status).toBe(2);
      // a suggestion may name one of the plan's own goals, never an inherited property
      expect(run.stderr).toMatch(new RegExp(`^plan: unknown goal "${inherited}" in 2030-2033 \\((did you mean "(constructor|__proto__|prototype)"\\? )?goals: constructor, __proto__, prototype\\)\n$`));
    }
    const html = plan(['report', IDS, '--format', 'html'], { cwd });
    expect(html.status).toBe(0);
    for (const anchor of ['goal-constructor', 'goal--x5f--x5f-proto-x5f--x5f-', 'objective-toString', 'risk--x5f--x5f-defineGetter-x5f--x5f-']) expect(html.stdout).toContain(`id="${anchor}"`);
  });

  it('diff: the plan against itself is all same; against ordinary ids, items pair by text', () => {
    const self = plan(['diff', IDS, IDS, '--exit-code'], { cwd });
    expect(self.status).toBe(0);
    const run = plan(['diff', VALID, IDS, '--format', 'json'], { cwd });
    expect(run.status).toBe(0);
    const outline = (JSON.parse(run.stdout).changes as { entity: string; kind: string; from: string[]; to: string[] }[]).map((change) => `${change.entity} ${change.kind} ${change.from} -> ${change.to}`);
    expect(outline).toEqual([
      'goal renumbered 1 -> constructor',
      'goal renumbered 2 -> __proto__',
      'goal added  -> prototype',
      'target renumbered 1.1 -> constructor.1',
      'target renumbered 2.1 -> __proto__.1',
      'target added  -> prototype.1',
      'objective renumbered R.1 -> toString',
      'objective renumbered D.1 -> valueOf',
      'objective added  -> hasOwnProperty',
      'outcome renumbered R.1-a -> toString-a',
      'outcome renumbered D.1-a -> valueOf-a',
      'output renumbered R.1-1 -> toString-1',
      'output added  -> hasOwnProperty-1',
    ]);
  });

  it('export: every id comes out as written', () => {
    const run = plan(['export', IDS], { cwd });
    expect(run.status).toBe(0);
    const exported = JSON.parse(run.stdout) as { goals: { id: string }[]; objectives: { id: string }[]; risks: { id: string }[] };
    expect([exported.goals, exported.objectives, exported.risks].map((list) => list.map((item) => item.id))).toEqual([
      ['constructor', '__proto__', 'prototype'],
      ['toString', 'valueOf', 'hasOwnProperty'],
      ['__defineGetter__'],
    ]);
  });
});
