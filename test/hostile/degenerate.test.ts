/**
 * The degenerate inputs of the benchmark (bench/degenerate.mjs), at a size a test can afford: many items
 * with one text, many texts from ten words, and two plans of identical items diffed. What the benchmark
 * times at full size, this pins for correctness: a group of copies is one finding in every format, a
 * near-duplicate one finding per item, and the diff of identical items pairs each with its namesake.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/diff/index.js';
import { loadPlan } from '../../src/index.js';
import { plan, ROOT, Workspace } from './harness.js';

/** What the tests use of bench/degenerate.mjs (plain JavaScript, loaded by path). */
interface Degenerate {
  sharedTitle(dir: string, count: number): { groups: { ids: string[] }[] };
  tenWordOutputs(dir: string, seed: number, count: number): { outputs: { id: string; text: string }[] };
  expectedTenWords(outputs: { id: string; text: string }[]): { duplicateGroups: string[][]; similar: Map<string, { other: string; score: number }> };
  identicalDiff(dir: string, count: number): { from: string; to: string; same: number; renumbered: string[] };
}

const { sharedTitle, tenWordOutputs, expectedTenWords, identicalDiff } = (await import(path.join(ROOT, 'bench/degenerate.mjs'))) as Degenerate;
const workspace = new Workspace();
afterAll(() => workspace.remove());

interface JsonDiagnostic {
  code: string;
  id: string;
  line: number;
  args: { other?: string; others?: string[]; score?: number };
}

const diagnosticsOf = (stdout: string): JsonDiagnostic[] => (JSON.parse(stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;

describe('300 objectives with one shared title', () => {
  let plans: string;
  let ids: string[];
  beforeAll(() => {
    plans = workspace.folder('shared/plans');
    ids = sharedTitle(plans, 300).groups[0].ids;
  });

  it('are one duplicate-objective finding, at the first, naming the 299 others (JSON)', () => {
    const run = plan(['validate', 'shared-title', '--plans', plans, '--format', 'json'], { cwd: workspace.root });
    expect(run.status).toBe(0);
    const diagnostics = diagnosticsOf(run.stdout);
    expect(diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.id}`)).toEqual([`duplicate-objective ${ids[0]}`]);
    expect(diagnostics[0].args.others).toEqual(ids.slice(1));
  });

  it('are one line in the stylish output, which counts the others it does not name', () => {
    const run = plan(['validate', 'shared-title', '--plans', plans], { cwd: workspace.root });
    // stylish wraps a finding under its message; its continuation lines are indented further than its position
    const findings = run.stdout.replace(/\n {4,}/g, ' ').split('\n').filter((line) => line.includes('duplicate-objective'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toContain(`objective "${ids[0]}" has the same title and statement as "${ids[1]}", "${ids[2]}", "${ids[3]}" and 296 more`);
    expect(run.stdout).toContain('1 problem (0 errors, 1 warning, 0 infos)');
  });

  it('is one annotation in the github output, one result in the SARIF output with every other copy related', () => {
    const github = plan(['validate', 'shared-title', '--plans', plans, '--format', 'github'], { cwd: workspace.root });
    expect(github.stdout.trim().split('\n')).toHaveLength(1);
    const sarif = JSON.parse(plan(['validate', 'shared-title', '--plans', plans, '--format', 'sarif'], { cwd: workspace.root }).stdout);
    expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toEqual(['duplicate-objective']);
    // the other 299 copies are its related locations, each named
    const related = sarif.runs[0].results[0].relatedLocations as { message: { text: string }; physicalLocation: { region: { startLine: number } } }[];
    expect(related.map((location) => location.message.text)).toEqual(ids.slice(1).map((id) => `"${id}"`));
    expect(new Set(related.map((location) => location.physicalLocation.region.startLine)).size).toBe(299);
  });

  it('is one GitLab Code Quality entry and one JUnit failure', () => {
    const gitlab = JSON.parse(plan(['validate', 'shared-title', '--plans', plans, '--format', 'gitlab'], { cwd: workspace.root }).stdout) as { check_name: string; description: string }[];
    expect(gitlab.map((issue) => issue.check_name)).toEqual(['duplicate-objective']);
    expect(gitlab[0].description).toContain('and 296 more');
    const junit = plan(['validate', 'shared-title', '--plans', plans, '--format', 'junit', '--fail-on', 'warning'], { cwd: workspace.root });
    expect(junit.status).toBe(1);
    expect(junit.stdout.match(/<failure /g)).toHaveLength(1);
    expect(junit.stdout).toContain('failures="1"');
  });

  it('are one baseline entry naming every copy, which settles the group', () => {
    const baseline = path.join(workspace.root, 'shared-baseline.json');
    expect(plan(['validate', 'shared-title', '--plans', plans, '--baseline', baseline, '--update-baseline'], { cwd: workspace.root }).status).toBe(0);
    const { findings } = JSON.parse(readFileSync(baseline, 'utf8')) as { findings: { code: string; id: string; other: string }[] };
    expect(findings).toHaveLength(1);
    expect([findings[0].id, ...findings[0].other.split(', ')].sort()).toEqual([...ids].sort());
    const settled = plan(['validate', 'shared-title', '--plans', plans, '--baseline', baseline, '--format', 'json'], { cwd: workspace.root });
    expect(JSON.parse(settled.stdout).summary).toMatchObject({ warnings: 0, suppressed: 1 });
  });
});

describe('2,000 outputs drawn from ten words', () => {
  let plans: string;
  let outputs: { id: string; text: string }[];
  beforeAll(() => {
    plans = workspace.folder('crowd/plans');
    ({ outputs } = tenWordOutputs(plans, 7, 2_000));
  });

  it('give one finding per group of copies and one per near-duplicate output, as worked out by brute force', () => {
    const run = plan(['validate', 'ten-words', '--plans', plans, '--format', 'json'], { cwd: workspace.root });
    const diagnostics = diagnosticsOf(run.stdout);
    const expected = expectedTenWords(outputs);
    expect(expected.duplicateGroups.length).toBeGreaterThan(2);
    expect(expected.similar.size).toBeGreaterThan(500);
    const groups = diagnostics.filter((diagnostic) => diagnostic.code === 'duplicate-output').map((diagnostic) => [diagnostic.id, ...(diagnostic.args.others ?? [])]);
    expect(groups).toEqual(expect.arrayContaining(expected.duplicateGroups));
    expect(groups).toHaveLength(expected.duplicateGroups.length);
    const similar = diagnostics.filter((diagnostic) => diagnostic.code === 'similar-outputs');
    expect(Object.fromEntries(similar.map((diagnostic) => [diagnostic.id, `${diagnostic.args.other} ${diagnostic.args.score}`]))).toEqual(
      Object.fromEntries([...expected.similar].map(([id, { other, score }]) => [id, `${other} ${Math.round(score * 100) / 100}`])),
    );
    expect(diagnostics.filter((diagnostic) => !['duplicate-output', 'similar-outputs'].includes(diagnostic.code))).toEqual([]);
  });
});

describe('two plans of 300 identical outputs diffed', () => {
  let plans: string;
  let expected: ReturnType<Degenerate['identicalDiff']>;
  beforeAll(() => {
    plans = workspace.folder('identical/plans');
    expected = identicalDiff(plans, 300);
  });

  it('pair each output with its namesake and call the one with a new number renumbered', () => {
    const run = plan(['diff', expected.from, expected.to, '--plans', plans, '--format', 'json'], { cwd: workspace.root });
    expect(run.status).toBe(0);
    const { summary, changes } = JSON.parse(run.stdout) as { summary: Record<string, Record<string, number>>; changes: { kind: string; from: string[]; to: string[] }[] };
    expect(summary.output).toMatchObject({ same: expected.same, renumbered: 1, added: 0, removed: 0 });
    expect(changes.filter((change) => change.kind !== 'same').map((change) => [change.kind, ...change.from, ...change.to])).toEqual([['renumbered', ...expected.renumbered]]);
  });

  it('give the diff of comparing every pair, both ways, although the search pairs the crowd by rank', () => {
    const [a, b] = [expected.from, expected.to].map((cycle) => loadPlan(path.join(plans, cycle)).plan);
    expect(diffPlans(a, b)).toEqual(diffPlans(a, b, { exhaustive: true }));
    expect(diffPlans(b, a)).toEqual(diffPlans(b, a, { exhaustive: true }));
  });
});
