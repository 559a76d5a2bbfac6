/**
 * Output that fails on the way: a full disk (a small tmpfs where the test may mount one, else a file size
 * limit, which the kernel enforces with a real short write), stdout that takes no more (/dev/full, a
 * reader that stops early) and an interrupt while `--out` writes. Each: one line on stderr, the documented
 * exit code, the previous file intact and no temporary file left.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE, isRoot, plan, ROOT, Workspace } from './harness.js';

const BIN = path.join(ROOT, 'bin/plan');
const workspace = new Workspace();
const root = workspace.root;
cpSync(path.join(HOSTILE, 'valid/2030-2033'), path.join(root, 'plans/2030-2033'), { recursive: true });
const small = workspace.folder('small');
const isMounted = isRoot && tryMount(small);
afterAll(() => {
  if (isMounted) execFileSync('umount', [small]);
  workspace.remove();
});

/** A 64 KiB tmpfs at `dir`, where root may mount one (not in every container). */
function tryMount(dir: string): boolean {
  return spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0755', 'tmpfs', dir], { stdio: 'ignore' }).status === 0;
}

/** `plan <args>` under a file size limit of `blocks` × 512 bytes (writes past it are cut short, then EFBIG). */
function limited(blocks: number, args: string[], stdout: 'pipe' | number = 'pipe') {
  return spawnSync('sh', ['-c', `ulimit -f ${blocks} && exec "$0" "$@"`, process.execPath, BIN, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', stdout, 'pipe'], timeout: 20_000 });
}

const temporaries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('a full disk', () => {
  it('--out: exit 2, one line, the previous report intact, no temporary file (a full tmpfs, or a file size limit)', () => {
    const out = path.join(small, 'report.html');
    writeFileSync(out, 'the previous report\n');
    // fill the tmpfs but for a few KiB: less than the report needs
    if (isMounted) writeFileSync(path.join(small, 'filler'), Buffer.alloc(48 * 1024));
    const args = ['report', '2030-2033', '--format', 'html', '--out', out];
    const result = isMounted ? plan(args, { cwd: root }) : limited(8, args);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`plan: cannot write ${out}: ${isMounted ? 'ENOSPC (no space left on device)' : 'EFBIG (file too large for this file system or this process)'}\n`);
    expect(readFileSync(out, 'utf8')).toBe('the previous report\n');
    expect(temporaries(small)).toEqual([]);
    rmSync(path.join(small, 'filler'), { force: true });
  });

  it('--out under a file size limit: a write cut short is never renamed over the previous file', () => {
    const out = path.join(root, 'short.html');
    writeFileSync(out, 'old\n');
    const result = limited(8, ['report', '2030-2033', '--format', 'html', '--out', out]);
    expect([result.status, result.stderr]).toEqual([2, `plan: cannot write ${out}: EFBIG (file too large for this file system or this process)\n`]);
    expect(readFileSync(out, 'utf8')).toBe('old\n');
    expect(temporaries(root)).toEqual([]);
  });

  it('stdout redirected to a file: a short write is an error, exit 2', () => {
    const descriptor = openSync(path.join(root, 'redirected.html'), 'w');
    const result = limited(8, ['report', '2030-2033', '--format', 'html'], descriptor);
    closeSync(descriptor);
    expect([result.status, result.stderr]).toEqual([2, 'plan: cannot write the output: EFBIG (file too large for this file system or this process)\n']);
  });
});

describe('stdout that takes no more', () => {
  it('/dev/full: one line, exit 2, no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    const result = spawnSync(process.execPath, [BIN, 'validate'], { cwd: root, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
    closeSync(full);
    expect([result.status, result.stderr]).toEqual([2, 'plan: cannot write the output: ENOSPC (no space left on device)\n']);
  });

  it('a reader that stops early (| head): quiet, with the exit code of the run', async () => {
    mkdirSync(path.join(root, 'broken/2030-2033'), { recursive: true });
    writeFileSync(path.join(root, 'broken/2030-2033/plan.yaml'), readFileSync(path.join(HOSTILE, 'valid/2030-2033/plan.yaml'), 'utf8').replace('goal: "1"', 'goal: 1'));
    writeFileSync(path.join(root, 'broken/2030-2033/notes.yaml'), `notes:\n${`  - "${'x'.repeat(1000)}"\n`.repeat(2000)}`);
    const child = spawn(process.execPath, [BIN, 'export', './broken/2030-2033'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((resolve) => child.on('close', resolve));
    // export exits 1 for a plan with load errors, and names them; nothing else is said
    expect(status).toBe(1);
    expect(Buffer.concat(stderr).toString('utf8')).toMatch(/^plan: broken\/2030-2033\/plan\.yaml:\d+:\d+: [^\n]*\(schema\)\n$/);
  });
});

describe('an interrupt while --out writes', () => {
  // A 12 MB export takes many writes: time for a signal to arrive between two of them.
  const big = path.join(root, 'big/2030-2033');
  cpSync(path.join(HOSTILE, 'valid/2030-2033'), big, { recursive: true });
  writeFileSync(path.join(big, 'notes.yaml'), `notes:\n${`  - "${'y'.repeat(1000)}"\n`.repeat(12_000)}`);
  const outDir = workspace.folder('interrupted');

  it.each(['SIGINT', 'SIGTERM'] as const)('%s: the temporary file is removed, the previous file kept', async (signal) => {
    const out = path.join(outDir, `${signal}.json`);
    const interrupted: number[] = [];
    // A signal may come too late (after the rename); then the new file must be whole. Try until one lands.
    for (let attempt = 0; attempt < 5 && interrupted.length === 0; attempt++) {
      writeFileSync(out, 'previous\n');
      const watcher = watch(outDir);
      const child = spawn(process.execPath, [BIN, 'export', './big/2030-2033', '--out', out], { cwd: root, stdio: 'ignore' });
      watcher.on('change', (_event, name) => {
        if (String(name).endsWith('.tmp')) child.kill(signal);
      });
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      watcher.close();
      expect(temporaries(outDir)).toEqual([]);
      const text = readFileSync(out, 'utf8');
      if (status === 0) expect(JSON.parse(text).notes).toHaveLength(12_000);
      else {
        expect(status).toBe(signal === 'SIGINT' ? 130 : 143);
        expect(text).toBe('previous\n');
        interrupted.push(attempt);
      }
    }
    expect(interrupted.length).toBe(1);
  });
});
