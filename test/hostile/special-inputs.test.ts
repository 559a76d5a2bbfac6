/**
 * A configuration (given with --config, or found as plan.config.yaml) and a --template that are no
 * regular file, or too large: a device that never ends (/dev/zero, /dev/urandom), a FIFO that would block,
 * a folder, a file that cannot be read. Each is a one-line usage error, exit 2, within a time bound, with
 * nothing written; nothing is read from it.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE, plan, snapshot, Workspace } from './harness.js';

const workspace = new Workspace();
afterAll(() => workspace.remove());
const root = workspace.root;
cpSync(path.join(HOSTILE, 'valid/2030-2033'), path.join(root, 'plans/2030-2033'), { recursive: true });
execFileSync('mkfifo', [path.join(root, 'fifo')]);
mkdirSync(path.join(root, 'folder'));
writeFileSync(path.join(root, 'locked'), 'rules: {}\n');
chmodSync(path.join(root, 'locked'), 0o000);
writeFileSync(path.join(root, 'huge'), '');
truncateSync(path.join(root, 'huge'), 20 * 1024 * 1024 + 1);
const TOO_LARGE = 'is 20971521 bytes, over the 20971520-byte limit';
workspace.cli(); // the copy of the CLI that nobody runs, made before any snapshot

const CASES: [string, string][] = [
  ['/dev/zero', 'is a device, not a regular file'],
  ['/dev/urandom', 'is a device, not a regular file'],
  ['fifo', 'is a FIFO (named pipe), not a regular file'],
  ['folder', 'is a folder, not a regular file'],
  ['huge', TOO_LARGE],
];

/** Runs as `nobody` (root reads any file), held to 5 s, and checks that no file in the workspace changed. */
function run(args: string[]) {
  const before = snapshot(root);
  const result = plan(args, { cwd: root, maxMs: 5000, asNobody: workspace });
  expect(snapshot(root)).toEqual(before);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')).toHaveLength(2);
  return result;
}

describe('--config that is not a regular file', () => {
  it.each(CASES)('%s: %s', (file, why) => {
    expect(run(['--config', file, 'validate'])).toMatchObject({ status: 2, stderr: `plan: config file ${file} ${why}\n` });
  });

  it('a file that cannot be read', () => {
    expect(run(['--config', 'locked', 'validate'])).toMatchObject({ status: 2, stderr: 'plan: config file locked cannot be read: permission denied\n' });
  });
});

describe('plan.config.yaml found beside a plan that is not a regular file', () => {
  it.each([['a link to /dev/zero', '/dev/zero', 'is a device'], ['a link to a FIFO', '../fifo', 'is a FIFO (named pipe)'], ['a link to a folder', '../folder', 'is a folder']])('%s', (_name, target, kind) => {
    const config = path.join(root, 'plans', 'plan.config.yaml');
    symlinkSync(target, config);
    try {
      for (const args of [['validate'], ['report', '2030-2033'], ['rules']]) {
        expect(run(args)).toMatchObject({ status: 2, stderr: `plan: config file plans/plan.config.yaml ${kind}, not a regular file\n` });
      }
    } finally {
      execFileSync('rm', [config]);
    }
  });
});

describe('--template that is not a regular file', () => {
  it.each(CASES)('%s: %s', (file, why) => {
    expect(run(['report', '2030-2033', '--template', file, '--format', 'md'])).toMatchObject({ status: 2, stderr: `plan: template ${file} ${why}\n` });
  });

  it('a file that cannot be read', () => {
    expect(run(['report', '2030-2033', '--template', 'locked', '--format', 'md'])).toMatchObject({ status: 2, stderr: 'plan: cannot read template locked: permission denied\n' });
  });
});
