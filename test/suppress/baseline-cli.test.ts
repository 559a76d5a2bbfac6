import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../cli/run-cli.js';

const NEAR_DUPLICATE = path.join(ROOT, 'test/fixtures/suppress/baseline/near-duplicate-objective.yaml');

interface Report {
  diagnostics: { code: string; severity: string; id?: string; args?: Record<string, unknown> }[];
  suppressed: { code: string; suppression: { kind: string; file: string; line: number } }[];
  summary: { errors: number; warnings: number; infos: number; suppressed: number };
}

/** A fresh copy of the bundled plans, as a team adopting `plan` has them; every command runs in it. */
function copyOfBundledPlans(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-baseline-'));
  cpSync(path.join(ROOT, 'plans'), path.join(dir, 'plans'), { recursive: true });
  return dir;
}

/** Removes a list item (its `- id:` line and the lines indented under it) from a YAML file. */
function removeItem(file: string, id: string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((line) => line.trim() === `- id: "${id}"`);
  const indent = lines[start].indexOf('-');
  let end = start + 1;
  while (end < lines.length && (lines[end].trim() === '' || lines[end].search(/\S/) > indent)) end++;
  lines.splice(start, end - start);
  writeFileSync(file, lines.join('\n'));
}

function json(dir: string, ...args: string[]): { status: number | null; report: Report } {
  const result = runCli(['validate', '--format', 'json', ...args], { cwd: dir });
  return { status: result.status, report: JSON.parse(result.stdout) as Report };
}

/** The findings that count against --max-warnings 0: errors and warnings. */
function problems(report: Report) {
  return report.diagnostics.filter((d) => d.severity !== 'info').map((d) => ({ code: d.code, id: d.id, other: d.args?.other }));
}

describe('plan validate with a baseline, on a copy of the bundled plans', () => {
  let dir: string;
  let recorded: string;

  beforeAll(() => {
    dir = copyOfBundledPlans();
    const update = runCli(['validate', '--update-baseline'], { cwd: dir });
    expect(update.status).toBe(0);
    expect(update.stderr).toBe('plan: wrote plan-baseline.json (15 findings recorded)\n');
    recorded = readFileSync(path.join(dir, 'plan-baseline.json'), 'utf8');
  });

  it('records every warning by cycle, code and ids, one sorted entry per line, and no line number', () => {
    const lines = recorded.split('\n');
    expect(lines.slice(0, 3)).toEqual(['{', '  "version": 1,', '  "findings": [']);
    expect(lines).toContain('    {"cycle": "2020-2023", "code": "similar-objectives", "id": "R.3", "other": "T.4", "count": 1},');
    expect(lines).toContain('    {"cycle": "2020-2023", "code": "id-format", "id": "D.1.e", "count": 1},');
    const entries = (JSON.parse(recorded) as { findings: { cycle: string; code: string; id?: string }[] }).findings;
    expect(entries).toHaveLength(15);
    const keys = entries.map((entry) => `${entry.cycle} ${entry.code} ${entry.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(recorded).not.toMatch(/"line"/);
  });

  it('then --max-warnings 0 passes: every recorded finding is suppressed, counted and listed as such', () => {
    expect(runCli(['validate', '--max-warnings', '0'], { cwd: dir }).status).toBe(0);
    const { status, report } = json(dir, '--max-warnings', '0');
    expect(status).toBe(0);
    expect(problems(report)).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, suppressed: 15 });
    expect(report.suppressed.every((d) => d.suppression.kind === 'external' && d.suppression.file === 'plan-baseline.json')).toBe(true);
  });

  it('writes the same bytes when nothing changed, and leaves the file alone', () => {
    const again = runCli(['validate', '--update-baseline'], { cwd: dir });
    expect(again.stderr).toBe('plan: unchanged: plan-baseline.json (15 findings recorded)\n');
    expect(readFileSync(path.join(dir, 'plan-baseline.json'), 'utf8')).toBe(recorded);
  });

  it('is not fooled by lines moving: edits elsewhere in a file keep its findings recorded', () => {
    const copy = copyOfBundledPlans();
    copyFileSync(path.join(dir, 'plan-baseline.json'), path.join(copy, 'plan-baseline.json'));
    const file = path.join(copy, 'plans/2020-2023/itu-t.yaml');
    writeFileSync(file, `# a comment\n\n${readFileSync(file, 'utf8').replace('objectives:\n', 'objectives:\n\n\n')}`);
    expect(json(copy, '--max-warnings', '0').status).toBe(0);
  });

  it('fails on one new near-duplicate objective, naming only that finding', () => {
    const copy = copyOfBundledPlans();
    copyFileSync(path.join(dir, 'plan-baseline.json'), path.join(copy, 'plan-baseline.json'));
    copyFileSync(NEAR_DUPLICATE, path.join(copy, 'plans/2020-2023/near-duplicate-objective.yaml'));
    const { status, report } = json(copy, '--max-warnings', '0');
    expect(status).toBe(1);
    expect(problems(report)).toEqual([{ code: 'similar-objectives', id: 'T.6', other: 'T.1' }]);
    const stylish = runCli(['validate', '--max-warnings', '0'], { cwd: copy });
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toContain('objective "T.6" is similar to "T.1"');
    expect(stylish.stdout).toContain('1 warning');
  });

  it('reports a recorded finding whose item was deleted as stale, and --prune-baseline removes it', () => {
    const copy = copyOfBundledPlans();
    copyFileSync(path.join(dir, 'plan-baseline.json'), path.join(copy, 'plan-baseline.json'));
    removeItem(path.join(copy, 'plans/2020-2023/inter-sectoral.yaml'), 'I.4-3');
    const { status, report } = json(copy, '--max-warnings', '0');
    expect(status).toBe(1);
    expect(report.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.code, d.args?.code, d.args?.id, d.args?.other])).toEqual([
      ['stale-baseline', 'duplicate-output', 'I.3-4', 'I.4-3'],
    ]);
    expect(json(copy).status).toBe(0); // a warning: it fails only a run that fails on warnings
    const prune = runCli(['validate', '--prune-baseline'], { cwd: copy });
    expect(prune.stderr).toBe('plan: wrote plan-baseline.json (14 findings recorded)\n');
    expect(readFileSync(path.join(copy, 'plan-baseline.json'), 'utf8')).not.toContain('I.4-3');
    expect(json(copy, '--max-warnings', '0').status).toBe(0);
  });

  it('compares only the cycles checked: entries of other cycles are neither stale nor dropped', () => {
    const copy = copyOfBundledPlans();
    copyFileSync(path.join(dir, 'plan-baseline.json'), path.join(copy, 'plan-baseline.json'));
    const { status, report } = json(copy, '2020-2023', '--max-warnings', '0');
    expect(status).toBe(0);
    expect(report.summary.suppressed).toBe(6);
    runCli(['validate', '2020-2023', '--prune-baseline'], { cwd: copy });
    expect(readFileSync(path.join(copy, 'plan-baseline.json'), 'utf8')).toBe(recorded);
  });

  it('is ignored with --no-baseline, and must exist when named with --baseline', () => {
    expect(json(dir, '--no-baseline', '--max-warnings', '0').status).toBe(1);
    const missing = runCli(['validate', '--baseline', 'no-such-baseline.json'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('plan: no such baseline file: no-such-baseline.json (create it with plan validate --update-baseline)\n');
  });

  it('refuses a file that is not a baseline, naming the file and line, and writes nothing', () => {
    const copy = copyOfBundledPlans();
    const file = path.join(copy, 'plan-baseline.json');
    writeFileSync(file, '{\n  "version": 1,\n  "findings": [\n    {"cycle": "2020-2023", "code": "id-format", "count": 0}\n  ]\n}\n');
    const result = runCli(['validate', '--update-baseline'], { cwd: copy });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('plan: plan-baseline.json:4: baseline entry 1 needs a "count" of 1 or more\n');
    expect(readFileSync(file, 'utf8')).toContain('"count": 0');
  });

  it('is found beside plan.config.yaml, or where the config says', () => {
    const copy = copyOfBundledPlans();
    writeFileSync(path.join(copy, 'plan.config.yaml'), 'baseline: ci/recorded.json\n');
    const sub = path.join(copy, 'plans');
    expect(runCli(['validate', '--plans', '.', '--update-baseline'], { cwd: sub }).stderr).toBe('plan: wrote ../ci/recorded.json (15 findings recorded)\n');
    expect(existsSync(path.join(copy, 'ci/recorded.json'))).toBe(true);
    expect(json(sub, '--plans', '.', '--max-warnings', '0').status).toBe(0);
  });
});
