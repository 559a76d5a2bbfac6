/**
 * `--out` is safe: it never writes into the plans folder (however the path is spelt, links included), over
 * an input (the plan, the template, the configuration) or over a YAML file, and never replaces anything but
 * a regular file (a device, a FIFO, a folder, a link to one of those); it replaces a file atomically (a new file renamed over the old one), and a
 * run that fails, while rendering or while writing, leaves the previous file as it was and no temporary
 * file behind.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, linkSync, lstatSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE, plan, ROOT, snapshot, Workspace } from './harness.js';

const workspace = new Workspace();
afterAll(() => workspace.remove());

// <root>/plans/2030-2033 (the valid plan), <root>/out/ for reports, <root>/link -> plans/2030-2033.
const root = workspace.root;
const cycle = path.join(root, 'plans', '2030-2033');
cpSync(path.join(HOSTILE, 'valid/2030-2033'), cycle, { recursive: true });
const outDir = workspace.folder('out');
symlinkSync(cycle, path.join(root, 'link'));
symlinkSync(path.join(cycle, 'plan.yaml'), path.join(outDir, 'points-at-plan.md'));
execFileSync('mkfifo', [path.join(outDir, 'fifo.md')]);
symlinkSync('fifo.md', path.join(outDir, 'to-fifo.md'));
symlinkSync('/dev/null', path.join(outDir, 'to-null.md'));
symlinkSync('.', path.join(outDir, 'folder-link'));
symlinkSync('nowhere.md', path.join(outDir, 'broken.md'));
const TEMPLATES = path.join(HOSTILE, 'templates');

/** Runs in the workspace; the plans folder must be untouched whatever happens. */
function run(args: string[]) {
  const before = snapshot(path.join(root, 'plans'));
  const result = plan(args, { cwd: root });
  expect(snapshot(path.join(root, 'plans'))).toEqual(before);
  return result;
}

describe('--out refuses', () => {
  it.each([
    ['plans/2030-2033/report.md', 'write into the plans folder'],
    ['plans', 'write into the plans folder'],
    ['out/../plans/2030-2033/report.md', 'write into the plans folder'],
    ['link/report.md', 'write into the plans folder'],
    ['out/points-at-plan.md', 'write into the plans folder'],
    ['out/report.yaml', 'write a report over a YAML file'],
    ['out/report.YML', 'write a report over a YAML file'],
  ])('report --out %s: %s', (out, refusal) => {
    const result = run(['report', '2030-2033', '--out', out]);
    expect([result.status, result.stdout, result.stderr]).toEqual([2, '', `plan: refusing to ${refusal}: ${out}\n`]);
  });

  it.each([
    ['/dev/null', 'a device'],
    ['/dev/stdout', 'a device'],
    ['out/to-null.md', 'a device'],
    ['out/fifo.md', 'a FIFO (named pipe)'],
    ['out/to-fifo.md', 'a FIFO (named pipe)'],
    ['out', 'a folder'],
    ['out/folder-link', 'a folder'],
  ])('report --out %s: %s is never replaced by a file', (out, kind) => {
    const before = lstatSync(out.startsWith('/') ? out : path.join(root, out));
    const result = run(['report', '2030-2033', '--out', out]);
    expect([result.status, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toMatch(new RegExp(`^plan: refusing to write over ${kind.replace(/[()]/g, '\\$&')}: ${out} \\(--out takes a regular file or a new path; .*\\)\n$`));
    const after = lstatSync(out.startsWith('/') ? out : path.join(root, out));
    expect([after.mode, after.ino, after.rdev]).toEqual([before.mode, before.ino, before.rdev]);
    expect(readdirSync(outDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a broken link: refused, left as it is', () => {
    const result = run(['report', '2030-2033', '--out', 'out/broken.md']);
    expect([result.status, result.stderr]).toEqual([2, 'plan: refusing to write through a broken link: out/broken.md\n']);
    expect(readlinkSync(path.join(outDir, 'broken.md'))).toBe('nowhere.md');
  });

  it('a link to a regular file: the file is replaced, the link kept', () => {
    writeFileSync(path.join(outDir, 'real.md'), 'old\n');
    symlinkSync('real.md', path.join(outDir, 'to-real.md'));
    expect(run(['report', '2030-2033', '--out', 'out/to-real.md']).status).toBe(0);
    expect(readlinkSync(path.join(outDir, 'to-real.md'))).toBe('real.md');
    expect(readFileSync(path.join(outDir, 'real.md'), 'utf8')).toBe(run(['report', '2030-2033']).stdout);
  });

  it('the configuration in use, given with --config (whatever its name) or found beside the plans', () => {
    const config = path.join(outDir, 'rules.txt');
    writeFileSync(config, 'rules:\n  id-format: warning\n');
    for (const args of [['validate'], ['report', '2030-2033'], ['progress', '2030-2033'], ['diff', '2030-2033', '2030-2033'], ['export', '2030-2033']]) {
      const result = run(['--config', config, ...args, '--out', config]);
      expect([args[0], result.status, result.stderr]).toEqual([args[0], 2, `plan: refusing to overwrite an input: ${config}\n`]);
    }
    expect(readFileSync(config, 'utf8')).toBe('rules:\n  id-format: warning\n');
    // a hard link to the found plan.config.yaml, under a name that is not YAML
    const found = path.join(root, 'plans', 'plan.config.yaml');
    writeFileSync(found, 'rules: {}\n');
    linkSync(found, path.join(outDir, 'config-too.md'));
    const result = run(['report', '2030-2033', '--out', 'out/config-too.md']);
    rmSync(found);
    expect([result.status, result.stderr]).toEqual([2, 'plan: refusing to overwrite an input: out/config-too.md\n']);
  });

  it('the baseline and the cache of plan validate (the default files and those named)', () => {
    const baseline = path.join(outDir, 'recorded.json');
    writeFileSync(baseline, '{"version": 1, "findings": []}\n');
    const cases = [
      [['--baseline', baseline, '--out', baseline], baseline],
      [['--out', 'plan-baseline.json'], 'plan-baseline.json'],
      [['--cache', '--out', '.plancache'], '.plancache'],
      [['--cache-location', 'out/cache.bin', '--out', 'out/cache.bin'], 'out/cache.bin'],
    ] as const;
    for (const [args, shown] of cases) {
      const result = run(['validate', ...args]);
      expect([args.join(' '), result.status, result.stderr]).toEqual([args.join(' '), 2, `plan: refusing to overwrite an input: ${shown}\n`]);
    }
    expect(readFileSync(baseline, 'utf8')).toBe('{"version": 1, "findings": []}\n');
  });

  it('the same for validate, export and diff', () => {
    for (const args of [['validate'], ['export', '2030-2033'], ['diff', '2030-2033', '2030-2033']]) {
      const result = run([...args, '--out', 'link/out.txt']);
      expect([args[0], result.status, result.stderr]).toEqual([args[0], 2, 'plan: refusing to write into the plans folder: link/out.txt\n']);
    }
  });

  it('an input given as a path: the plan folder, or the template', () => {
    const copy = workspace.folder('drafts/2030-2033', cycle);
    const template = path.join(outDir, 'mine.md.hbs');
    writeFileSync(template, '{{report.title}}\n');
    for (const [args, out] of [
      [['report', copy], path.join(copy, 'notes.md')],
      [['report', '2030-2033', '--template', template], template],
      [['diff', '2030-2033', copy], path.join(copy, 'diff.md')],
    ] as const) {
      const result = run([...args, '--out', out]);
      expect([result.status, result.stderr]).toEqual([2, `plan: refusing to overwrite an input: ${out}\n`]);
    }
    expect(readFileSync(template, 'utf8')).toBe('{{report.title}}\n');
    expect(readdirSync(copy).sort()).toEqual(['plan.yaml']);
  });
});

describe('--out keeps the previous file when the run fails', () => {
  it.each([
    ['a template that does not compile', ['--template', path.join(TEMPLATES, 'missing-helper.md.hbs')]],
    ['a template that fails while rendering', ['--template', path.join(TEMPLATES, 'dynamic-partial.md.hbs')]],
    ['an unknown goal', ['--goal', '9']],
  ])('%s', (_name, args) => {
    const out = path.join(outDir, 'previous.md');
    writeFileSync(out, 'the previous report\n');
    const result = run(['report', '2030-2033', ...args, '--out', out]);
    expect(result.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('the previous report\n');
    expect(readdirSync(outDir).filter((name) => name.includes('previous'))).toEqual(['previous.md']);
  });

  it('a folder that cannot be written (as an unprivileged user): exit 2, no temporary file left', () => {
    const locked = workspace.folder('locked');
    writeFileSync(path.join(locked, 'report.md'), 'old\n');
    chmodSync(locked, 0o555);
    const result = plan(['report', '2030-2033', '--out', path.join(locked, 'report.md')], { cwd: root, asNobody: workspace });
    expect([result.status, result.stderr]).toEqual([2, `plan: cannot write ${path.join(locked, 'report.md')}: EACCES\n`]);
    expect(readdirSync(locked)).toEqual(['report.md']);
    expect(readFileSync(path.join(locked, 'report.md'), 'utf8')).toBe('old\n');
  });

  it('a folder that does not exist: exit 2, one line', () => {
    const result = run(['report', '2030-2033', '--out', 'missing/report.md']);
    expect([result.status, result.stderr]).toEqual([2, 'plan: cannot write missing/report.md: ENOENT\n']);
  });
});

describe('--out writes atomically', () => {
  it('replaces the file by renaming a complete new one over it', () => {
    const out = path.join(outDir, 'atomic.html');
    writeFileSync(out, 'old\n');
    const inode = statSync(out).ino;
    expect(run(['report', '2030-2033', '--format', 'html', '--out', out]).status).toBe(0);
    expect(statSync(out).ino).not.toBe(inode);
    expect(readFileSync(out, 'utf8')).toBe(run(['report', '2030-2033', '--format', 'html']).stdout);
    expect(readdirSync(outDir).filter((name) => name.includes('atomic'))).toEqual(['atomic.html']);
  });

  it('leaves one whole output when several runs write the same file at once', async () => {
    const out = path.join(outDir, 'race.txt');
    const formats = ['md', 'html', 'json', 'md', 'html', 'json'];
    const expected = new Set(formats.map((format) => run(['report', '2030-2033', '--format', format]).stdout));
    const codes = await Promise.all(
      formats.map(
        (format) =>
          new Promise<number | null>((resolve) => {
            const child = spawn(process.execPath, [path.join(ROOT, 'bin/plan'), 'report', '2030-2033', '--format', format, '--out', out], { cwd: root, stdio: 'ignore' });
            child.on('close', resolve);
          }),
      ),
    );
    expect(codes).toEqual(formats.map(() => 0));
    expect(expected.has(readFileSync(out, 'utf8'))).toBe(true);
    expect(readdirSync(outDir).filter((name) => name.includes('race'))).toEqual(['race.txt']);
  });
});
