/**
 * Hostile plans folders, built in a scratch workspace at test time (links, modes and 10,000 files do not
 * travel well in a commit): symlink loops, unreadable files, special files, a folder of 10,000 parts,
 * cycle names that try to leave the plans folder, and links that do (`unsafe-link`, folder and git alike). Each case: the findings or usage error, the exit code,
 * a time bound, and no file changed.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPlan, loadPlan } from '../../src/index.js';
import { loadPlanFromGit } from '../../src/load/from-git.js';
import { fastTemporaryFolder, findings, HOSTILE, plan, snapshot, Workspace, type Run } from './harness.js';

const VALID = path.join(HOSTILE, 'valid/2030-2033');
const workspace = new Workspace(fastTemporaryFolder());
afterAll(() => workspace.remove());

/** `<workspace>/<name>/plans/2030-2033/`, a copy of the valid plan; returns the plans folder. */
function plansFolder(name: string): string {
  const plans = workspace.folder(`${name}/plans`);
  cpSync(VALID, path.join(plans, '2030-2033'), { recursive: true });
  return plans;
}

/** Runs the CLI in `cwd` and checks that nothing under `watched` changed. */
function runUnchanged(args: string[], options: { cwd: string; watched: string; asNobody?: Workspace; maxMs?: number }): Run {
  const before = snapshot(options.watched);
  const run = plan(args, { maxMs: 5000, ...options });
  expect(snapshot(options.watched)).toEqual(before);
  return run;
}

describe('hostile plans folders', () => {
  it('symlink loops: a folder linking to itself or its parent is read once, a file loop is unreadable', () => {
    const plans = plansFolder('loops');
    const cycle = path.join(plans, '2030-2033');
    symlinkSync('.', path.join(cycle, 'itself'));
    mkdirSync(path.join(cycle, 'sub'));
    symlinkSync('..', path.join(cycle, 'sub', 'up'));
    symlinkSync('b.yaml', path.join(cycle, 'a.yaml'));
    symlinkSync('a.yaml', path.join(cycle, 'b.yaml'));
    symlinkSync('plans', path.join(plans, 'plans'));
    const cwd = path.dirname(plans);
    const run = runUnchanged(['validate', '--format', 'json'], { cwd, watched: cwd });
    expect(findings(run, cwd, cycle)).toEqual(['unreadable-file a.yaml:1', 'unreadable-file b.yaml:1']);
    expect(run.status).toBe(1);
  });

  it('an unreadable file and an unreadable folder are findings (run as an unprivileged user, since root reads anything)', () => {
    const plans = plansFolder('unreadable');
    const cycle = path.join(plans, '2030-2033');
    writeFileSync(path.join(cycle, 'secret.yaml'), 'values:\n  - {name: "Secret", text: "UNREADABLE CONTENT"}\n');
    chmodSync(path.join(cycle, 'secret.yaml'), 0o000);
    mkdirSync(path.join(cycle, 'locked'));
    writeFileSync(path.join(cycle, 'locked', 'x.yaml'), 'notes: ["x"]\n');
    chmodSync(path.join(cycle, 'locked'), 0o000);
    const cwd = path.dirname(plans);
    const run = runUnchanged(['validate', '--format', 'json'], { cwd, watched: cwd, asNobody: workspace });
    expect(findings(run, cwd, cycle)).toEqual(['unreadable-file locked:1', 'unreadable-file secret.yaml:1']);
    expect(run.status).toBe(1);
    const report = runUnchanged(['report', '2030-2033'], { cwd, watched: cwd, asNobody: workspace });
    expect([report.status, report.stderr]).toEqual([0, '']);
    expect(report.stdout).not.toContain('UNREADABLE CONTENT');
  });

  it('special files named *.yaml (a FIFO, /dev/zero, /dev/urandom) are not read, so nothing hangs', () => {
    const plans = plansFolder('special');
    const cycle = path.join(plans, '2030-2033');
    execFileSync('mkfifo', [path.join(cycle, 'fifo.yaml')]);
    symlinkSync('fifo.yaml', path.join(cycle, 'to-fifo.yaml'));
    symlinkSync('/dev/zero', path.join(cycle, 'zero.yaml'));
    symlinkSync('/dev/urandom', path.join(cycle, 'random.yml'));
    const cwd = path.dirname(plans);
    const run = runUnchanged(['validate', '--format', 'json'], { cwd, watched: cwd });
    // the FIFO (and a link to it) are skipped; the links to devices lead out of the plan folder
    expect([run.status, findings(run, cwd, cycle)]).toEqual([1, ['unsafe-link random.yml:1', 'unsafe-link zero.yaml:1']]);
  });

  it('a cycle of 10,000 part files is validated, listed and reported in time', () => {
    const plans = plansFolder('ten-thousand');
    const cycle = path.join(plans, '2030-2033');
    for (let index = 0; index < 10_000; index++) writeFileSync(path.join(cycle, `part-${String(index).padStart(5, '0')}.yaml`), `notes:\n  - "Note ${index}"\n`);
    const cwd = path.dirname(plans);
    const before = snapshot(cwd);
    for (const args of [['validate'], ['list', '--format', 'json'], ['report', '2030-2033', '--format', 'json']]) {
      const run = plan(args, { cwd, maxMs: 15_000 });
      expect([args[0], run.status, run.stderr]).toEqual([args[0], 0, '']);
    }
    expect(snapshot(cwd)).toEqual(before);
  });
});

describe('cycle names that try to leave the plans folder', () => {
  // <root>/work/plans/2030-2033 is the plans folder; <root>/etc (no YAML) and <root>/work/secret.yaml lie outside it.
  const root = workspace.folder('escape');
  const plans = plansFolder('escape/work');
  const cwd = workspace.folder('escape/work/here');
  mkdirSync(path.join(root, 'etc'));
  writeFileSync(path.join(root, 'etc', 'passwd'), 'root:x:0:0::/root:/bin/sh\n');
  writeFileSync(path.join(root, 'work', 'secret.yaml'), 'values:\n  - name: "Secret"\n    text: "SECRET TITLE"\n');
  const plansArgument = path.relative(cwd, plans);

  it.each([['validate'], ['report'], ['export']])('%s ../../etc: not a plan folder, exit 2, nothing read', (command) => {
    const run = runUnchanged(['--plans', plansArgument, command, '../../etc'], { cwd, watched: root });
    expect([run.status, run.stdout, run.stderr]).toEqual([2, '', 'plan: not a plan folder (no *.yaml or *.yml file in it): ../../etc\n']);
  });

  it.each(['%2e%2e', '...', '..%2f..%2fetc', '..\\..\\etc', '~', '$HOME', '2030-2033%00', '-'])('the bare name %j is an unknown cycle: exit 2', (name) => {
    const run = runUnchanged(['--plans', plansArgument, 'report', name], { cwd, watched: root });
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(/^plan: (unknown cycle|no such plan folder or file)/);
    expect(run.stderr.split('\n')).toHaveLength(2);
  });

  it('the bare name ".." reads nothing outside the plans folder (docs/cli.md: a bare name never reaches outside it)', () => {
    for (const command of ['report', 'export']) {
      const run = runUnchanged(['--plans', plansArgument, command, '..'], { cwd, watched: root });
      expect(run.stdout).not.toContain('SECRET TITLE');
      expect(run.status).toBe(2);
    }
  });
});

describe('links out of the plan folder', () => {
  it('plans/x -> / and plans/y -> a folder outside: unsafe-link findings, nothing outside read, in time', () => {
    const plans = plansFolder('links-out');
    const outside = workspace.folder('links-out/elsewhere');
    writeFileSync(path.join(outside, 'plan.yaml'), 'cycle: y\ntitle: "OUTSIDE TITLE"\n');
    symlinkSync('/', path.join(plans, 'x'));
    symlinkSync(outside, path.join(plans, 'y'));
    const cwd = path.dirname(plans);
    const run = runUnchanged(['validate', '--format', 'json'], { cwd, watched: cwd });
    expect([run.status, findings(run, cwd, plans)]).toEqual([1, ['unsafe-link x:1', 'unsafe-link y:1']]);
    expect(run.stdout).not.toContain('OUTSIDE TITLE');
    const report = runUnchanged(['report', 'y', '--format', 'json'], { cwd, watched: cwd });
    expect(report.status).toBe(0);
    expect(report.stdout).not.toContain('OUTSIDE TITLE');
  });

  it('the folder and the git loader agree: the same findings and the same plan', () => {
    // <repo>/secret.yaml outside the plan; plans/2030-2033 holds links out (by path, absolute, a folder) and in
    const repo = workspace.folder('git-links');
    const cycle = path.join(repo, 'plans', '2030-2033');
    cpSync(VALID, cycle, { recursive: true });
    writeFileSync(path.join(repo, 'secret.yaml'), 'notes: ["SECRET"]\n');
    writeFileSync(path.join(cycle, 'notes.txt'), 'notes: ["read under the link\'s name"]\n');
    symlinkSync('../../secret.yaml', path.join(cycle, 'outside.yaml'));
    symlinkSync('/etc/hostname', path.join(cycle, 'absolute.yaml'));
    symlinkSync('../..', path.join(cycle, 'up'));
    symlinkSync('plan.yaml', path.join(cycle, 'alias.yaml'));
    symlinkSync('notes.txt', path.join(cycle, 'notes.yaml'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Plan Tests', '-c', 'user.email=tests@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'links');
    const fromFolder = loadPlan('plans/2030-2033', { cwd: repo });
    const fromGit = loadPlanFromGit('HEAD:plans/2030-2033', { cwd: repo });
    const shown = (plan: { findings: typeof fromFolder.findings }, prefix: string) => plan.findings.map((finding) => `${finding.code} ${finding.file.replace(prefix, '')}`).sort();
    expect(shown(fromFolder, 'plans/2030-2033/')).toEqual(['unsafe-link absolute.yaml', 'unsafe-link outside.yaml', 'unsafe-link up']);
    expect(shown(fromGit, 'HEAD:plans/2030-2033/')).toEqual(shown(fromFolder, 'plans/2030-2033/'));
    expect(exportPlan(fromGit.plan)).toEqual(exportPlan(fromFolder.plan));
    expect(exportPlan(fromFolder.plan).notes).toEqual(["read under the link's name"]);
  });
});
