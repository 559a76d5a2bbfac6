/**
 * A small plan that makes a huge document: a 400 KB file whose long id is aliased 98 times made a 143 MB
 * HTML report. Reports, progress reports and diffs are capped (16 MiB, or 8 times the plan files): past
 * it, a one-line usage error, exit 2, nothing written, within 10 s and a 1 GiB heap.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE, plan, Workspace } from './harness.js';

const workspace = new Workspace();
afterAll(() => workspace.remove());
const root = workspace.root;
const cycle = path.join(root, 'plans', '2030-2033');
cpSync(path.join(HOSTILE, 'valid/2030-2033'), cycle, { recursive: true });
// 98 outputs sharing one 380 KiB id through an anchor and its aliases
const id = `R.1-${'x'.repeat(380 * 1024)}`;
const outputs = Array.from({ length: 97 }, (_, index) => `  - id: *long\n    objective: "R.1"\n    text: "Output ${index}"\n`);
writeFileSync(path.join(cycle, 'long.yaml'), `outputs:\n  - id: &long "${id}"\n    objective: "R.1"\n    text: "Output"\n${outputs.join('')}`);
const LIMIT = 'over the 16777216-byte limit (16777216 bytes, or 8 times the size of the plan files); nothing written';

describe('a document larger than the output limit', () => {
  it.each([
    ['report', 'md'],
    ['report', 'html'],
    ['report', 'json'],
    ['progress', 'html'],
  ])('%s --format %s: a usage error, exit 2, the previous file kept', (command, format) => {
    const out = path.join(root, `previous.${format}`);
    writeFileSync(out, 'previous\n');
    const run = plan([command, '2030-2033', '--format', format, '--out', out], { cwd: root, maxMs: 10_000, maxHeapMb: 1024 });
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(new RegExp(`^plan: the (report|progress report) would be ${LIMIT.replace(/[()]/g, '\\$&')}\\. [^\\n]*\\n$`));
    expect(readFileSync(out, 'utf8')).toBe('previous\n');
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('validate still lists the findings (duplicate ids) of the same plan', () => {
    const run = plan(['validate', '2030-2033', '--format', 'json'], { cwd: root, maxMs: 10_000, maxHeapMb: 1024 });
    expect(run.status).toBe(1);
    const codes = (JSON.parse(run.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((diagnostic) => diagnostic.code);
    expect(new Set(codes)).toEqual(new Set(['duplicate-id', 'id-format']));
  });
});
