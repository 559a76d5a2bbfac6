import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { ROOT, runCli } from './run-cli.js';

const MIXED = 'test/fixtures/cli/mixed/mixed';
const ANSI = /\u001b\[/;

describe('plan validate, end to end', () => {
  it('exits 0 on the bundled plans with no error', () => {
    const result = runCli(['validate', '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.summary.errors).toBe(0);
  });

  it('checks a broken file beside good ones and exits 1', () => {
    const result = runCli(['validate', MIXED, '--format', 'json']);
    expect(result.status).toBe(1);
    const codes = JSON.parse(result.stdout).diagnostics.map((d: { code: string; file: string; line: number }) => `${d.code} ${d.file}:${d.line}`);
    expect(codes).toEqual([
      `yaml-syntax ${MIXED}/broken.yaml:6`,
      `dangling-ref ${MIXED}/objectives.yaml:10`,
      `goal-without-targets ${MIXED}/plan.yaml:11`,
    ]);
  });

  it('writes each format', () => {
    const github = runCli(['validate', MIXED, '--format', 'github']).stdout.trim().split('\n');
    expect(github[0]).toMatch(/^::error file=test\/fixtures\/cli\/mixed\/mixed\/broken\.yaml,line=6,col=1,title=yaml-syntax::/);
    expect(github[2]).toMatch(/^::warning /);
    const sarif = JSON.parse(runCli(['validate', MIXED, '--format', 'sarif']).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toEqual(['yaml-syntax', 'dangling-ref', 'goal-without-targets']);
    expect(sarif.runs[0].tool.driver.rules.length).toBeGreaterThan(20);
    const junit = runCli(['validate', MIXED, '--format', 'junit']).stdout;
    expect(junit).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(junit.match(/<testcase /g)).toHaveLength(3);
    // the warning is no failure: the run exits 0 on warnings, and the report agrees
    expect(junit.match(/<failure /g)).toHaveLength(2);
    const stylish = runCli(['validate', MIXED]).stdout;
    expect(stylish).toContain('3 problems (2 errors, 1 warning, 0 infos)');
  });

  it('names files from the repository root in CI formats, wherever it runs', () => {
    const fromSubfolder = runCli(['validate', '--plans', '../fixtures/cli/mixed', '--format', 'github'], { cwd: path.join(ROOT, 'test', 'cli') });
    expect(fromSubfolder.stdout.split('\n')[0]).toMatch(/^::error file=test\/fixtures\/cli\/mixed\/mixed\/broken\.yaml,/);
    const inWorkspace = runCli(['validate', MIXED, '--format', 'github'], { env: { GITHUB_WORKSPACE: path.join(ROOT, 'test') } });
    expect(inWorkspace.stdout.split('\n')[0]).toMatch(/^::error file=fixtures\/cli\/mixed\/mixed\/broken\.yaml,/);
  });

  it('colours only on a terminal or when forced, never with NO_COLOR', () => {
    expect(runCli(['validate', MIXED]).stdout).not.toMatch(ANSI);
    expect(runCli(['validate', MIXED], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(runCli(['validate', MIXED], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(runCli(['validate', MIXED, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });

  it('fails on warnings only when asked', () => {
    expect(runCli(['validate', '2020-2023']).status).toBe(0);
    expect(runCli(['validate', '2020-2023', '--fail-on', 'warning']).status).toBe(1);
    expect(runCli(['validate', '2020-2023', '--max-warnings', '0']).status).toBe(1);
    expect(runCli(['validate', '2020-2023', '--max-warnings', '100']).status).toBe(0);
    const quiet = JSON.parse(runCli(['validate', MIXED, '--quiet', '--format', 'json']).stdout);
    expect(quiet.diagnostics.every((d: { severity: string }) => d.severity === 'error')).toBe(true);
  });

  it('keeps the gates with --quiet: it hides warnings from the report, not from --fail-on or --max-warnings', () => {
    const all = JSON.parse(runCli(['validate', '2020-2023', '--format', 'json']).stdout);
    const below = all.diagnostics.filter((d: { severity: string }) => d.severity !== 'error').length;
    for (const gate of [['--fail-on', 'warning'], ['--max-warnings', '0']]) {
      const quiet = runCli(['validate', '2020-2023', '--quiet', ...gate]);
      expect(quiet.status).toBe(1);
      expect(quiet.stdout).toBe(`${below} findings below error not shown (--quiet)\n`);
    }
    expect(runCli(['validate', '2020-2023', '--quiet']).status).toBe(0);
  });

  it('says a clean run is clean in one line, and why warnings fail a run', () => {
    const clean = runCli(['validate', 'test/fixtures/checks/schema/merge-keys']);
    expect([clean.status, clean.stdout, clean.stderr]).toEqual([0, '✔ 1 plan checked, no problems\n', '']);
    const tooMany = runCli(['validate', '2020-2023', '--max-warnings', '2']);
    expect(tooMany.status).toBe(1);
    expect(tooMany.stderr).toMatch(/^plan: \d+ warnings, more than --max-warnings 2 allows\n$/);
    expect(runCli(['validate', '2020-2023', '--fail-on', 'warning']).stderr).toMatch(/^plan: failing on warnings \(--fail-on warning\): \d+ warnings\n$/);
    const lines = runCli(['validate']).stdout.split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  it('exits 2 with one line for usage mistakes, and no stack trace', () => {
    for (const args of [['validate', 'no-such-cycle'], ['validate', './no/such/path'], ['validate', '--format', 'xml'], ['validate', '--max-warnings', 'many'], ['nonsense']]) {
      const result = runCli(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(runCli(['validate', 'no-such-cycle']).stderr).toBe(
      'plan: unknown cycle "no-such-cycle" (cycles in plans: 2016-2019, 2020-2023, 2020-2023-proposal, 2024-2027)\n',
    );
    expect(runCli(['validate', '2020-2032']).stderr).toBe('plan: unknown cycle "2020-2032" (did you mean "2020-2023"? cycles in plans: 2016-2019, 2020-2023, 2020-2023-proposal, 2024-2027)\n');
  });

  it('reads another plans folder with --plans and never writes into it', () => {
    const before = snapshot('test/fixtures/cli/mixed');
    const result = runCli(['validate', '--plans', 'test/fixtures/cli/mixed', '--format', 'json']);
    expect(result.status).toBe(1);
    expect(snapshot('test/fixtures/cli/mixed')).toEqual(before);
  });

  it('applies plan.config.yaml from the working directory, and rejects an unknown rule with file and line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-config-'));
    const plans = path.resolve('plans');
    writeFileSync(path.join(dir, 'plan.config.yaml'), 'rules:\n  duplicate-output: error\n  similar-outputs: "off"\n');
    const result = runCli(['validate', '--plans', plans, '2020-2023', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(1);
    const codes = JSON.parse(result.stdout).diagnostics.map((d: { code: string; severity: string }) => `${d.severity} ${d.code}`);
    expect(codes).toContain('error duplicate-output');
    expect(codes).not.toContain('warning similar-outputs');
    writeFileSync(path.join(dir, 'plan.config.yaml'), 'rules:\n  duplicate-outputs: error\n');
    const bad = runCli(['validate', '--plans', plans], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('plan: plan.config.yaml:2:3: unknown rule "duplicate-outputs" (did you mean "duplicate-output"? see `plan rules` for the list)\n');
  });

  it('lists the cycles and exports a merged plan', () => {
    const list = JSON.parse(runCli(['list', '--format', 'json']).stdout);
    expect(list.cycles.map((row: { cycle: string }) => row.cycle)).toContain('2020-2023');
    const exported = JSON.parse(runCli(['export', '2020-2023', '--format', 'json']).stdout);
    expect(exported.objectives).toHaveLength(18);
    const yaml = runCli(['export', '2020-2023', '--format', 'yaml']);
    expect(yaml.status).toBe(0);
    expect(yaml.stdout).toMatch(/^cycle: 2020-2023$/m);
  });

  it('reports schema findings through the validators precompiled at build time as the sources do', async () => {
    const { checkPlan, loadPlan } = await import('../../src/index.js');
    const cases = ['id-as-number', 'missing-required', 'unknown-property', 'wrong-enum', 'wrong-status'].map((name) => `test/fixtures/checks/schema/${name}`);
    const built = JSON.parse(runCli(['validate', ...cases, '--format', 'json']).stdout).diagnostics;
    const fromSources = cases.flatMap((dir) => checkPlan(loadPlan(dir)).diagnostics);
    const key = (d: { code: string; file: string; line: number; column: number; message: string }) => `${d.code} ${d.file}:${d.line}:${d.column} ${d.message}`;
    expect(built.map(key)).toEqual(fromSources.map(key));
    expect(built.length).toBeGreaterThanOrEqual(5);
  });

  it('stops quietly when the reader of a pipe goes away', () => {
    const result = spawnSync('bash', ['-c', 'set -o pipefail; node bin/plan export 2020-2023 | head -c 10 >/dev/null'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('pipes long output whole', () => {
    const result = runCli(['export', '2020-2023', '--format', 'json']);
    expect(result.stdout.endsWith('}\n')).toBe(true);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });
});

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[full] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}
