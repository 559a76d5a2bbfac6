/**
 * Hostile file contents, each through the built CLI: `validate` gives the expected findings and exit code,
 * `report` and `diff` still work, within a time bound, and no file changes. The cases that fit in a
 * commit are in test/fixtures/hostile/<case>/2030-2033/; the huge ones are written at test time.
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlan, loadPlan } from '../../src/index.js';
import { findings, HOSTILE, plan, snapshot, Workspace } from './harness.js';

const workspace = new Workspace();
afterAll(() => workspace.remove());

const VALID = path.join(HOSTILE, 'valid/2030-2033');

interface InputCase {
  name: string;
  /** the plan folder: a committed fixture, or one written into the workspace */
  folder: () => string;
  /** `code file:line`, the file relative to the plan folder */
  findings: string[];
  exit: 0 | 1;
  maxMs: number;
}

const fixture = (name: string) => () => path.join(HOSTILE, name, '2030-2033');

/** The valid plan plus one generated file, in the workspace. */
function validPlus(name: string, file: string, write: (target: string) => void): () => string {
  return () => {
    const dir = workspace.folder(`${name}/2030-2033`, VALID);
    write(path.join(dir, file));
    return dir;
  };
}

/** A 50 MB part: a YAML list of notes, written in chunks. */
function fiftyMegabytes(target: string): void {
  const descriptor = openSync(target, 'w');
  writeSync(descriptor, 'notes:\n');
  const chunk = `  - "${'x'.repeat(1000)}"\n`.repeat(1024);
  for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(descriptor, chunk);
  closeSync(descriptor);
}

const ONE_MEGABYTE = 'x'.repeat(1024 * 1024);

const CASES: InputCase[] = [
  { name: 'alias bomb (billion laughs)', folder: fixture('alias-bomb'), findings: ['yaml-syntax laughs.yaml:7'], exit: 1, maxMs: 5000 },
  { name: '10,000-level nesting', folder: fixture('deep-nesting'), findings: ['yaml-syntax deep.yaml:2'], exit: 1, maxMs: 5000 },
  {
    name: 'invalid UTF-8 (Latin-1, overlong, surrogate)',
    folder: fixture('invalid-utf8'),
    findings: ['encoding latin-1.yaml:3', 'encoding overlong.yaml:3', 'encoding surrogate.yaml:3'],
    exit: 1,
    maxMs: 5000,
  },
  { name: 'NUL bytes (and UTF-16)', folder: fixture('nul-bytes'), findings: ['binary-file notes.yaml:2', 'binary-file utf-16.yaml:1'], exit: 1, maxMs: 5000 },
  { name: 'UTF-8 BOM: valid', folder: fixture('bom'), findings: [], exit: 0, maxMs: 5000 },
  { name: 'CRLF line ends: valid', folder: fixture('crlf'), findings: [], exit: 0, maxMs: 5000 },
  { name: 'BOM and CRLF together: valid', folder: fixture('bom-crlf'), findings: [], exit: 0, maxMs: 5000 },
  { name: 'a 50 MB file', folder: validPlus('huge', 'huge.yaml', fiftyMegabytes), findings: ['file-too-large huge.yaml:1'], exit: 1, maxMs: 10_000 },
  { name: 'a 1 MB single line (a valid note)', folder: validPlus('long-line', 'long.yaml', (file) => writeFileSync(file, `notes: ["${ONE_MEGABYTE}"]`)), findings: [], exit: 0, maxMs: 10_000 },
  {
    name: 'a 1 MB single line (an unclosed quote and bracket)',
    folder: validPlus('long-line-broken', 'long.yaml', (file) => writeFileSync(file, `notes: ["${ONE_MEGABYTE}`)),
    findings: ['yaml-syntax long.yaml:1', 'yaml-syntax long.yaml:1'],
    exit: 1,
    maxMs: 10_000,
  },
];

describe('hostile inputs, through the CLI', () => {
  it.each(CASES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const dir = entry.folder();
    const before = { plan: snapshot(dir), cwd: snapshot(workspace.root) };
    const cwd = workspace.root;

    const validate = plan(['validate', dir, '--format', 'json'], { cwd, maxMs: entry.maxMs });
    expect(validate.stderr).toBe('');
    expect(findings(validate, cwd, dir).sort()).toEqual([...entry.findings].sort());
    expect(validate.status).toBe(entry.exit);

    // A report is made all the same (with a banner of the errors), and a diff leaves out what it cannot read.
    const report = plan(['report', dir, '--format', 'html'], { cwd, maxMs: entry.maxMs });
    expect([report.status, report.stderr]).toEqual([0, '']);
    expect(report.stdout).toContain('</html>');
    const diff = plan(['diff', VALID, dir, '--format', 'json'], { cwd, maxMs: entry.maxMs });
    expect(diff.status).toBe(0);
    expect(JSON.parse(diff.stdout).to).toBe('2030-2033');

    expect({ plan: snapshot(dir), cwd: snapshot(workspace.root) }).toEqual(before);
  });
});

describe('BOM and CRLF', () => {
  it('leave every finding on the line and column it has without them', () => {
    // The valid plan with a dangling reference, an unknown property and a duplicate key planted in it.
    const text = readFileSync(path.join(VALID, 'plan.yaml'), 'utf8')
      .replace('goal: "2"', 'goal: "9"')
      .replace('    title: "Digital inclusion"', '    title: "Digital inclusion"\n    titel: "typo"')
      .replace('status: draft', 'status: draft\nstatus: adopted');
    const placed = (name: string, bytes: string) => {
      const dir = path.join(workspace.root, 'positions', name, '2030-2033');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'plan.yaml'), bytes);
      return checkPlan(loadPlan(dir)).diagnostics.map(({ code, line, column }) => `${code} ${line}:${column}`);
    };
    const plain = placed('plain', text);
    expect(plain.length).toBeGreaterThan(0);
    expect(placed('bom', `\ufeff${text}`)).toEqual(plain);
    expect(placed('crlf', text.replace(/\n/g, '\r\n'))).toEqual(plain);
    expect(placed('bom-crlf', `\ufeff${text.replace(/\n/g, '\r\n')}`)).toEqual(plain);
  });
});
