/** End to end: the built CLI (run `npm run build` first; `npm test` does). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/render/index.js';
import { FIXTURES, HOSTILE, ROOT } from './helpers.js';

function plan(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/plan', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/cli/report.js'))) throw new Error('dist/ is missing: run `npm run build` before these tests');
});

describe('plan report', () => {
  it('prints the goal 2 data as JSON: primary and secondary objectives as Table 3 marks them', () => {
    const { code, stdout } = plan('report', '2020-2023', '--goal', '2', '--format', 'json');
    expect(code).toBe(0);
    const model = JSON.parse(stdout) as ReportModel;
    expect(model.objectives?.primary.map((objective) => objective.id)).toEqual(['R.1', 'R.2', 'R.3', 'T.2', 'T.4', 'D.1', 'D.4', 'I.3', 'I.4']);
    expect(model.objectives?.secondary.map((objective) => objective.id)).toEqual(['T.1', 'T.3', 'T.5', 'D.2', 'D.3', 'I.1', 'I.6']);
    expect(model.objectives?.primary[0].outcomes[0].id).toBe('R.1-a');
    expect(model.objectives?.primary[0].outputs[0].id).toBe('R.1-1');
  });

  it('defaults to the adopted cycle that ends last, then to the greatest name', () => {
    const { code, stdout } = plan('--plans', path.join(FIXTURES, 'plans'), 'report', '--format', 'json');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as ReportModel).plan.cycle).toBe('2005-2008-rev');
  });

  it('writes --out atomically and prints nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-report-'));
    const out = path.join(dir, 'goal-2.html');
    const { code, stdout } = plan('report', '2020-2023', '--goal', '2', '--format', 'html', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(plan('report', '2020-2023', '--goal', '2', '--format', 'html').stdout);
    expect(readdirSync(dir)).toEqual(['goal-2.html']);
  });

  it('reports a plan with error-level findings all the same', () => {
    const { code, stdout } = plan('report', HOSTILE);
    expect(code).toBe(0);
    expect(stdout).toContain('> [!WARNING]');
  });

  it.each([
    [['report', '2020-2023', '--goal', '9'], /^plan: unknown goal "9" in 2020-2023 \(goals: 1, 2, 3, 4, 5\)\n$/],
    [['report', '2020-2023', '--sector', 'ITU-X'], /^plan: unknown Sector "ITU-X" in 2020-2023 \(did you mean "ITU-R"\? Sectors: ITU-R, ITU-T, ITU-D, Inter-Sectoral, General Secretariat\)\n$/],
    [['report', '2020-2023', '--out', 'plans/report.md'], /^plan: refusing to write into the plans folder: plans\/report\.md\n$/],
    [['report', '2020-2023', '--template', path.join(FIXTURES, 'templates/missing-helper.md.hbs')], /^plan: template .*: unknown helper "shout" .*\n$/],
    [['--plans', path.join(FIXTURES, 'no-adopted'), 'report'], /^plan: no adopted plan cycle in .*no-adopted: name the cycle to report on\n$/],
  ])('exits 2 with one line for a usage mistake: %j', (args, message) => {
    const { code, stdout, stderr } = plan(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});
