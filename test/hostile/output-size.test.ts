/**
 * A small plan that makes a huge document: a 400 KB file whose long id is aliased 98 times made a 143 MB
 * HTML report (it is now refused when read: aliases may copy only so much, test/hostile/yaml-limits.test.ts;
 * the plan below stays within that limit and still makes a report over the output limit). Reports, progress reports and diffs are capped (16 MiB, or 8 times the plan files): past
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
// Aliases may copy only so much (docs/design.md, "Limits": as much as a file writes, or 1,000,000
// characters if that is more), so the plan is 14 files of 10 outputs sharing one 100 KiB id through an
// anchor and 9 aliases each: 1.4 MB of YAML, 14 MiB of ids in the data.
for (let file = 0; file < 14; file++) {
  const id = `R.1-${file}-${'x'.repeat(100 * 1024)}`;
  const outputs = Array.from({ length: 9 }, (_, index) => `  - id: *long\n    objective: "R.1"\n    text: "Output ${file}.${index}"\n`);
  writeFileSync(path.join(cycle, `long-${file}.yaml`), `outputs:\n  - id: &long "${id}"\n    objective: "R.1"\n    text: "Output ${file}"\n${outputs.join('')}`);
}
const planBytes = readdirSync(cycle).reduce((sum, name) => sum + readFileSync(path.join(cycle, name), 'utf8').length, 0);
const LIMIT = `over the ${Math.max(16_777_216, 8 * planBytes)}-byte limit (16777216 bytes, or 8 times the size of the plan files); nothing written`;

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
    // the ten outputs of a file share one id; their generated texts are alike (similar-outputs) too
    expect(new Set(codes)).toEqual(new Set(['duplicate-id', 'id-format', 'similar-outputs']));
  });
});
