import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/diff/index.js';
import { loadPlanFromGit } from '../../src/load/from-git.js';
import { runCli } from '../cli/run-cli.js';
import { FIXTURES, outline } from './helpers.js';

/**
 * A throwaway repository: the `changed` fixture's `from` plan committed as plans/x, then its `to` plan
 * committed over it, so HEAD~1:plans/x and HEAD:plans/x are the two versions.
 */
let repo: string;

function git(...args: string[]): string {
  const identity = ['-c', 'user.name=Plan Tests', '-c', 'user.email=tests@example.org', '-c', 'commit.gpgsign=false'];
  return execFileSync('git', [...identity, ...args], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function commitPlan(side: 'from' | 'to', message: string): void {
  const text = readFileSync(path.resolve(FIXTURES, 'changed', side, 'plan.yaml'), 'utf8');
  // the fixture names its cycle after its folder; here the folder is x
  writeFileSync(path.join(repo, 'plans', 'x', 'plan.yaml'), text.replace(/^cycle: .*$/m, 'cycle: x'));
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'plan-diff-git-'));
  git('init', '-q');
  mkdirSync(path.join(repo, 'plans', 'x'), { recursive: true });
  commitPlan('from', 'first version');
  commitPlan('to', 'second version');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('diff of two git revisions', () => {
  it('reads both revisions through the library', () => {
    const before = loadPlanFromGit('HEAD~1:plans/x', { cwd: repo });
    const after = loadPlanFromGit('HEAD:plans/x', { cwd: repo });
    expect(before.findings).toEqual([]);
    expect(before.files).toEqual(['HEAD~1:plans/x/plan.yaml']);
    expect(before.plan.cycle).toBe('x');
    const diff = diffPlans(before.plan, after.plan);
    expect(outline(diff, 'goal')).toEqual(['changed 1 -> 1', 'same 2 -> 2']);
    expect(diff.changes.find((change) => change.entity === 'target' && change.from[0] === '1.1')?.fields['measure.value']).toMatchObject({ from: 55, to: 65 });
  });

  it('reads both revisions through the built CLI, and exits 1 on differences with --exit-code', () => {
    const result = runCli(['diff', 'HEAD~1:plans/x', 'HEAD:plans/x', '--format', 'json', '--exit-code'], { cwd: repo });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const diff = JSON.parse(result.stdout);
    expect(diff.summary.goal.changed).toBe(1);
    expect(diff.summary.target.changed).toBe(1);
  });

  it('compares a revision with the working folder: no change since the last commit', () => {
    const result = runCli(['diff', 'HEAD:plans/x', 'plans/x', '--exit-code'], { cwd: repo });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No differences.');
  });

  it('says clearly when the revision or the path does not exist', () => {
    const revision = runCli(['diff', 'no-such-branch:plans/x', 'HEAD:plans/x'], { cwd: repo });
    expect(revision).toMatchObject({ status: 2, stdout: '' });
    expect(revision.stderr).toBe('plan: unknown git revision "no-such-branch" (in no-such-branch:plans/x)\n');
    const missing = runCli(['diff', 'HEAD:plans/y', 'HEAD:plans/x'], { cwd: repo });
    expect(missing).toMatchObject({ status: 2, stderr: 'plan: no such path in revision HEAD: plans/y\n' });
  });

  it('says clearly when run outside a git repository', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'plan-diff-nogit-'));
    try {
      const result = runCli(['diff', 'HEAD:plans/x', 'HEAD:plans/x'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: path.dirname(outside) } });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^plan: cannot read HEAD:plans\/x: not in a git repository/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
