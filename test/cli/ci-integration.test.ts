import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sarifErrors, gitlabErrors } from '../format/report-schemas.js';
import { ROOT, runCli } from './run-cli.js';

interface ActionStep {
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
}

interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;

function copyOfBundledPlans(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-ci-'));
  cpSync(path.join(ROOT, 'plans'), path.join(dir, 'plans'), { recursive: true });
  return dir;
}

/** `${{ inputs.name }}` in a step's env, as the runner fills it in from the inputs (defaults, then given). */
function stepEnv(step: ActionStep, inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(step.env ?? {})) {
    env[name] = value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => inputs[input] ?? action.inputs[input]?.default ?? '');
  }
  return env;
}

/**
 * Runs the action's `run` steps as the runner would, in order, in the workspace `dir` (Node is already
 * set up here, so the setup-node step is the one step not run). Stops at the first step that fails.
 */
function runAction(dir: string, inputs: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  let last = { status: 0 as number | null, stdout: '', stderr: '' };
  for (const step of action.runs.steps.filter((candidate) => candidate.run !== undefined)) {
    const env = { ...process.env, ...stepEnv(step, inputs), GITHUB_ACTION_PATH: ROOT, GITHUB_WORKSPACE: dir, NO_COLOR: '1' };
    const result = spawnSync('bash', ['-e', '-c', step.run ?? ''], { cwd: dir, env, encoding: 'utf8' });
    last = { status: result.status, stdout: result.stdout, stderr: result.stderr };
    if (result.status !== 0) return last;
  }
  return last;
}

describe('the GitHub Action (action.yml)', () => {
  it('is a composite action that sets up Node and takes plans, format, fail-on and baseline', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps[0].uses).toMatch(/^actions\/setup-node@v\d+$/);
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['plans', 'format', 'fail-on', 'baseline', 'max-warnings', 'output']));
    expect(action.inputs.format.default).toBe('github');
    expect(action.runs.steps.filter((step) => step.run).every((step) => step.shell === 'bash')).toBe(true);
  });

  it('annotates every finding on the bundled plans and passes, as plan validate --format github does', () => {
    const dir = copyOfBundledPlans();
    const result = runAction(dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(runCli(['validate', '--format', 'github'], { cwd: dir, env: { GITHUB_WORKSPACE: dir } }).stdout);
    expect(result.stdout).toMatch(/^::warning file=plans\/2020-2023\/itu-t\.yaml,line=28,col=12,title=similar-objectives::/m);
  });

  it('fails on warnings with fail-on: warning, and checks only the plans named', () => {
    const dir = copyOfBundledPlans();
    expect(runAction(dir, { 'fail-on': 'warning' }).status).toBe(1);
    const some = runAction(dir, { plans: '2016-2019  2024-2027', 'fail-on': 'warning' });
    expect(some.status).toBe(1);
    expect(some.stdout).not.toContain('2020-2023');
    expect(some.stdout).toContain('file=plans/2016-2019/');
  });

  it('passes with a recorded baseline and max-warnings: 0, and writes a report file when asked', () => {
    const dir = copyOfBundledPlans();
    expect(runCli(['validate', '--update-baseline', '--baseline', 'ci/baseline.json'], { cwd: dir }).status).toBe(0);
    const result = runAction(dir, { baseline: 'ci/baseline.json', 'max-warnings': '0', format: 'sarif', output: 'plan.sarif' });
    expect(result.status).toBe(0);
    const log = JSON.parse(readFileSync(path.join(dir, 'plan.sarif'), 'utf8'));
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0].results.filter((result: { suppressions?: unknown[] }) => result.suppressions)).toHaveLength(15);
  });

  it('takes its inputs as data: shell syntax in an input runs nothing', () => {
    const dir = copyOfBundledPlans();
    const result = runAction(dir, { plans: '$(touch injected) `touch injected`; touch injected' });
    expect(result.status).toBe(2);
    expect(existsSync(path.join(dir, 'injected'))).toBe(false);
  });
});

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const [hook] = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string; pass_filenames: boolean }[];

  /** The hook's command as pre-commit runs it: the entry, with the package's `plan` on PATH. */
  function runHook(dir: string, args: string[] = []) {
    const env = { ...process.env, PATH: `${path.join(ROOT, 'bin')}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' };
    return spawnSync('sh', ['-c', `${hook.entry} "$@"`, 'hook', ...args], { cwd: dir, env, encoding: 'utf8' });
  }

  it('checks the whole plan when a plan file or the baseline changes', () => {
    expect(hook).toMatchObject({ id: 'plan-validate', language: 'node', pass_filenames: false });
    const files = new RegExp(hook.files);
    expect(['plans/2020-2023/itu-t.yaml', 'plan.config.yaml', 'plan-baseline.json'].every((file) => files.test(file))).toBe(true);
    expect(files.test('README.md')).toBe(false);
  });

  it('passes on the bundled plans and fails on a broken one', () => {
    const dir = copyOfBundledPlans();
    const clean = runHook(dir);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('15 warnings');
    writeFileSync(path.join(dir, 'plans/2020-2023/broken.yaml'), 'objectives:\n  - id: "X.1\n');
    expect(runHook(dir).status).toBe(1);
    expect(runHook(dir, ['2024-2027']).status).toBe(0);
  });
});

describe('reports and exit codes agree', () => {
  it.each([
    { name: 'by default', args: [] },
    { name: 'with --fail-on warning', args: ['--fail-on', 'warning'] },
    { name: 'with --max-warnings 0', args: ['--max-warnings', '0'] },
    { name: 'with --max-warnings 100', args: ['--max-warnings', '100'] },
  ])('JUnit has a failure exactly when the run fails, $name', ({ args }) => {
    const result = runCli(['validate', '--format', 'junit', ...args]);
    expect([0, 1]).toContain(result.status);
    expect(result.stdout.includes('<failure ')).toBe(result.status === 1);
  });

  it('SARIF of a run with suppressions of both kinds validates against the official schema', () => {
    const dir = copyOfBundledPlans();
    cpSync(path.join(ROOT, 'test/fixtures/suppress/inline/with-reason'), path.join(dir, 'plans/with-reason'), { recursive: true });
    expect(runCli(['validate', '--update-baseline', '2020-2023'], { cwd: dir }).status).toBe(0);
    const result = runCli(['validate', '--format', 'sarif', '2020-2023', 'with-reason'], { cwd: dir });
    const log = JSON.parse(result.stdout);
    expect(sarifErrors(log)).toEqual([]);
    const kinds = log.runs[0].results.flatMap((r: { suppressions?: { kind: string }[] }) => (r.suppressions ?? []).map((s) => s.kind));
    expect(new Set(kinds)).toEqual(new Set(['external', 'inSource']));
    const { driver } = log.runs[0].tool;
    expect(driver.version).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    expect(driver.informationUri).toBe('https://plan-toolkit.dev');
    expect(driver.rules.find((rule: { id: string }) => rule.id === 'dangling-ref').helpUri).toBe('https://plan-toolkit.dev/docs/checks.md#dangling-ref');
    const pair = log.runs[0].results.find((r: { ruleId: string; suppressions?: unknown }) => r.ruleId === 'similar-objectives' && !r.suppressions);
    expect(pair).toBeUndefined();
  });

  it('the GitLab report of the bundled plans validates, one issue per open finding', () => {
    const result = runCli(['validate', '--format', 'gitlab']);
    const issues = JSON.parse(result.stdout);
    expect(gitlabErrors(issues)).toEqual([]);
    // 17 of the plans' text and partial plans, and 15 targets with a figure that no observation measures yet
    expect(issues).toHaveLength(32);
    expect(issues.find((issue: { check_name: string }) => issue.check_name === 'similar-objectives').location).toEqual({ path: 'plans/2020-2023/itu-t.yaml', lines: { begin: 28 } });
  });
});
