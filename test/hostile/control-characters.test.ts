/**
 * Control characters in a file name, a YAML key and plan text (ESC sequences, BEL, CR, a line break, a
 * bidi override) must not reach a terminal or a CI log raw: stylish and text outputs and stderr show them
 * as visible escapes, a GitHub annotation stays one line (no forged annotation), and JUnit, SARIF and
 * GitLab stay well-formed.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseXml } from '../format/xml-check.js';
import { HOSTILE, plan, Workspace } from './harness.js';

const workspace = new Workspace();
afterAll(() => workspace.remove());
const root = workspace.root;
const ESCAPES = '\u001b]0;pwned\u0007\u001b[31m\r\u202e';
/** Raw controls a terminal or a log would act on (a line feed is checked separately, per format). */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

// plans/2030-2033: the valid plan, plus a part whose name and content carry the escapes
const cycle = path.join(root, 'plans', '2030-2033');
cpSync(path.join(HOSTILE, 'valid/2030-2033'), cycle, { recursive: true });
const evilName = `evil${ESCAPES}\n::error file=forged.yaml::forged.yaml`;
writeFileSync(path.join(cycle, evilName), `goals:\n  - id: "9"\n    name: "Goal${ESCAPES}\\nname"\n    "key${ESCAPES}": 1\n`);
const from = path.join(root, 'plans', '2026-2029');
mkdirSync(from);
writeFileSync(path.join(from, 'plan.yaml'), `cycle: 2026-2029\ntitle: "Title${ESCAPES}"\nstatus: adopted\nperiod: {start: 2026, end: 2029}\ngoals:\n  - {id: "1", name: "Growth${ESCAPES}"}\n`);

const run = (...args: string[]) => plan(args, { cwd: root });

describe('control characters never reach a terminal or a CI log raw', () => {
  it('stylish: each finding on its own lines, every control visible', () => {
    const result = run('validate', '2030-2033');
    expect(result.status).toBe(1);
    expect(result.stdout).not.toMatch(RAW);
    // the file name exactly, its line break as \n; in a message, a line break is a space
    expect(result.stdout).toContain('plans/2030-2033/evil\\u001b]0;pwned\\u0007\\u001b[31m\\r\\u202e\\n::error file=forged.yaml::forged.yaml\n');
    expect(result.stdout).toContain('unknown property `key\\u001b]0;pwned\\u0007\\u001b[31m \\u202e`');
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
  });

  it('github: one annotation per finding, none forged, no raw control', () => {
    const result = run('validate', '2030-2033', '--format', 'github');
    expect(result.stdout).not.toMatch(RAW);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.every((line) => /^::(error|warning|notice) file=plans\/2030-2033\/evil[^:,]*,line=\d+,col=\d+,title=[a-z-]+::/.test(line))).toBe(true);
    expect(lines.some((line) => line.startsWith('::error file=forged.yaml'))).toBe(false);
  });

  it('junit, sarif, gitlab and json stay well-formed', () => {
    expect(() => parseXml(run('validate', '2030-2033', '--format', 'junit').stdout)).not.toThrow();
    for (const format of ['sarif', 'gitlab', 'json']) {
      // JSON escapes C0 controls itself; what a viewer shows of the rest is its own escaping
      const result = run('validate', '2030-2033', '--format', format);
      expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
      expect(() => JSON.parse(result.stdout)).not.toThrow();
    }
  });

  it('stderr: a usage error and the load errors of a diff, one line each', () => {
    const unknown = run('report', `x${ESCAPES}`);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).not.toMatch(RAW);
    expect(unknown.stderr.trimEnd().split('\n')).toHaveLength(1);
    const diff = run('diff', '2026-2029', '2030-2033');
    expect(diff.stderr).not.toMatch(RAW);
    expect(diff.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('plan: '))).toEqual([]);
  });

  it('text outputs: diff, progress and list', () => {
    for (const args of [['diff', '2026-2029', '2030-2033'], ['diff', '2026-2029', '2030-2033', '--verbose'], ['progress', '2026-2029'], ['list']]) {
      const result = run(...args);
      expect([args.join(' '), result.status]).toEqual([args.join(' '), 0]);
      expect(result.stdout).not.toMatch(RAW);
    }
  });

  it('documents printed to a terminal: report and progress in Markdown and HTML, bundled template or not', () => {
    const template = path.join(root, 'title.md.hbs');
    writeFileSync(template, '# {{plan.title}}\r\n\r\n{{#each goals}}- {{goal.name}}\r\n{{/each}}');
    const runs = [['report', '2026-2029'], ['report', '2026-2029', '--format', 'html'], ['progress', '2026-2029', '--format', 'md'], ['progress', '2026-2029', '--format', 'html'], ['report', '2026-2029', '--template', template]];
    for (const args of runs) {
      const result = run(...args);
      expect([args.join(' '), result.status]).toEqual([args.join(' '), 0]);
      expect(result.stdout.replaceAll('\r\n', '\n')).not.toMatch(RAW);
      expect(result.stdout).toContain('\\u001b');
    }
    // a template's own CRLF line ends stay as they are
    expect(run('report', '2026-2029', '--template', template).stdout).toMatch(/^# Title.*\r\n\r\n- Growth/);
  });
});
