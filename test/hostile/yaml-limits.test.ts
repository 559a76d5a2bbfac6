/**
 * The YAML limits of docs/design.md ("Limits"), through the built CLI with its heap capped at 1 GiB:
 * nesting (100 levels, from a scan of the text before either parser sees it) and what aliases copy (at
 * most what the file writes, or 10,000 nodes and 1,000,000 characters). The files, up to 10 MB, are
 * written at test time.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findings, plan, VALID_PLAN, Workspace } from './harness.js';

const workspace = new Workspace();
afterAll(() => workspace.remove());

interface LimitCase {
  name: string;
  file: string;
  text: () => string;
  /** the finding on the generated file, `code line`, and a phrase of its message */
  finding: string;
  message: string;
}

const repeat = (count: number, line: (index: number) => string): string => Array.from({ length: count }, (_, index) => line(index)).join('');
/** 100,000 notes, then 61 lists aliasing them (each alias under the count limit of 100) */
const aliasedList = `notes: &notes\n${repeat(100_000, (index) => `  - "note ${index}"\n`)}gaps:\n${repeat(61, () => '  - *notes\n')}`;
const LONG_ID = 'x'.repeat(380_000);

const CASES: LimitCase[] = [
  {
    name: 'flow sequences nested five million deep (10 MB)',
    file: 'deep.yaml',
    text: () => `notes: ${'['.repeat(5_000_000)}${']'.repeat(5_000_000)}\n`,
    finding: 'yaml-syntax 1',
    message: 'deeper than 100 levels',
  },
  {
    name: 'the same with an anchor (the yaml package would read it)',
    file: 'deep.yaml',
    text: () => `gaps: []\nnotes: &deep ${'{a: '.repeat(2_000_000)}1${'}'.repeat(2_000_000)}\n`,
    finding: 'yaml-syntax 2',
    message: 'deeper than 100 levels',
  },
  {
    name: 'block sequences nested three million deep in one line (- - - x)',
    file: 'deep.yaml',
    text: () => `notes:\n${'- '.repeat(3_000_000)}x\n`,
    finding: 'yaml-syntax 2',
    message: 'deeper than 100 levels',
  },
  {
    name: 'block mappings nested by indentation, 200 deep',
    file: 'deep.yaml',
    text: () => `notes:\n${repeat(200, (depth) => `${' '.repeat(depth + 1)}k${depth}:\n`)}`,
    // line n holds level n (`notes` is level 1)
    finding: 'yaml-syntax 101',
    message: 'deeper than 100 levels',
  },
  {
    name: 'a 100,000-item list aliased 61 times (1.3 MB, under the alias count)',
    file: 'aliases.yaml',
    text: () => aliasedList,
    // each alias copies 100,000 nodes; the second takes the copies past the 100,003 nodes the file writes
    finding: `yaml-syntax ${100_000 + 4}`,
    message: 'YAML aliases copy 200,000 nodes by here',
  },
  {
    name: 'a 380 KB id aliased 98 times',
    file: 'aliases.yaml',
    text: () => `objectives:\n  - id: &long "${LONG_ID}"\n${repeat(98, () => '  - id: *long\n')}`,
    // the third copy passes 1,000,000 characters
    finding: 'yaml-syntax 5',
    message: 'YAML aliases copy 1,140,000 characters by here',
  },
];

describe('YAML limits, through the CLI under a 1 GiB heap', () => {
  it.each(CASES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const dir = workspace.folder(`${entry.name.replace(/\W+/g, '-')}/2030-2033`, VALID_PLAN);
    writeFileSync(path.join(dir, entry.file), entry.text());
    const cwd = workspace.root;
    const options = { cwd, maxMs: 10_000, maxHeapMb: 1024 };

    const validate = plan(['validate', dir, '--format', 'json'], options);
    expect([validate.status, validate.stderr]).toEqual([1, '']);
    const [code, line] = entry.finding.split(' ');
    expect(findings(validate, cwd, dir)).toEqual([`${code} ${entry.file}:${line}`]);
    expect(JSON.parse(validate.stdout).diagnostics[0].message).toContain(entry.message);

    // the rest of the plan is still reported on and compared
    const report = plan(['report', dir, '--format', 'html'], options);
    expect([report.status, report.stderr]).toEqual([0, '']);
    const diff = plan(['diff', VALID_PLAN, dir, '--format', 'json'], options);
    expect(diff.status).toBe(0);
  });

  it('nesting up to the limit is read, and the schema judges it', () => {
    const dir = workspace.folder('nested-90/2030-2033', VALID_PLAN);
    writeFileSync(path.join(dir, 'nested.yaml'), `notes: ${'['.repeat(90)}"deep"${']'.repeat(90)}\n`);
    const run = plan(['validate', dir, '--format', 'json'], { cwd: workspace.root });
    expect(findings(run, workspace.root, dir)).toEqual(['schema nested.yaml:1']);
  });
});
