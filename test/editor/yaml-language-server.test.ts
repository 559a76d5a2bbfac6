/**
 * Editor support, tested with the real Red Hat YAML language server spoken to over LSP: it loads the
 * schema from each file's modeline, shows the schema's descriptions on hover, completes keys, snippets
 * and rule codes, and words mistakes as the schema says them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../cli/run-cli.js';
import { positionOf, YamlLanguageServer } from './lsp-client.js';

const server = new YamlLanguageServer();
beforeAll(() => server.start(ROOT));
afterAll(() => server.stop());

/** The hover text on a key: its first occurrence at the start of a line (after the indentation). */
async function hoverOnKey(file: string, key: string): Promise<string> {
  const source = readFileSync(file, 'utf8');
  const match = new RegExp(`^[ -]*(${key}):`, 'm').exec(source);
  if (!match) throw new Error(`no key ${key} in ${file}`);
  const { line, character } = positionOf(source, match[0]);
  return server.hover(file, line, character + match[0].indexOf(key) + 1);
}

describe('a bundled plan file', () => {
  const objectives = path.join(ROOT, 'plans/2020-2023/itu-r.yaml');
  const framework = path.join(ROOT, 'plans/2020-2023/plan.yaml');

  it('has no diagnostic', async () => {
    expect(await server.open(objectives)).toEqual([]);
    expect(await server.open(framework)).toEqual([]);
  });

  it('shows the descriptions of sector, goals, measure and the provenance fields on hover', async () => {
    expect(await hoverOnKey(objectives, 'sector')).toContain('The organisational unit');
    expect(await hoverOnKey(objectives, 'goals')).toContain('The goals an objective serves');
    expect(await hoverOnKey(objectives, 'notes')).toContain('Remarks on the item');
    expect(await hoverOnKey(framework, 'measure')).toContain('The figure in a target');
    expect(await hoverOnKey(framework, 'units')).toContain('Not units of measurement');
    expect(await hoverOnKey(framework, 'source')).toContain('Where the plan');
  });

  it('completes an objective\'s keys, and offers the objective snippet', async () => {
    const source = readFileSync(objectives, 'utf8');
    const { line } = positionOf(source, '    sector: "ITU-R"');
    const labels = (await server.completion(objectives, line, 4)).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['objective', 'text_kind', 'formerly']));
  });
});

describe('a plan with mistakes', () => {
  const file = path.join(ROOT, 'test/fixtures/editor/mistakes/2030-2033/plan.yaml');

  // The language server words the misspelt key twice (a missing title at the item, the unknown key at the
  // key); `plan validate` folds the two into one finding (below).
  it('gets a diagnostic for each mistake, in the schema\'s plain words', async () => {
    const messages = (await server.open(file)).map((diagnostic) => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^6: Value is not accepted\. Valid values: "adopted", "draft", "proposal"/),
      '13: an SDG target id is the SDG number, a dot and the target number or letter (e.g. "9.c" or "17.8"); quote it',
      '15: an id is a string: quote numbers, e.g. "1.2"',
      '19: Missing property "title".',
      '21: Property titel is not allowed.',
      '27: must be a list of objective ids, or "all"',
      expect.stringMatching(/^32: Value is not accepted\. Valid values: "avoidance", "reduction", "limitation", "transfer", "acceptance"/),
    ]);
  });

  it('gets the same six from plan validate, each with what was meant', () => {
    const run = runCli(['validate', path.dirname(file), '--format', 'json']);
    const diagnostics = JSON.parse(run.stdout).diagnostics as { line: number; message: string; hint?: string }[];
    expect(diagnostics.map((diagnostic) => diagnostic.line)).toEqual([6, 13, 15, 21, 27, 32]);
    expect(diagnostics.filter((diagnostic) => /did you mean|quote/.test(`${diagnostic.message} ${diagnostic.hint ?? ''}`))).toHaveLength(6);
  });
});

describe('plan.config.yaml', () => {
  it('completes the check codes under rules', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-editor-'));
    try {
      const file = path.join(dir, 'plan.config.yaml');
      const text = `# yaml-language-server: $schema=${path.join(ROOT, 'schemas/config.schema.json')}\nrules:\n  \n`;
      await server.open(file, text);
      const labels = (await server.completion(file, 2, 2)).map((item) => item.label);
      expect(labels).toEqual(expect.arrayContaining(['dangling-ref', 'unknown-unit', 'similar-outputs']));
      const wrong = await server.open(file, `# yaml-language-server: $schema=${path.join(ROOT, 'schemas/config.schema.json')}\nrules:\n  dangling-refs: error\n`);
      expect(wrong.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a plan written by plan init outside the repository', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'plan-init-editor-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('loads the schema from the written modeline: no diagnostic, and the descriptions on hover', async () => {
    expect(runCli(['init', 'deep/er/2030-2033'], { cwd: scratch }).status).toBe(0);
    const framework = path.join(scratch, 'deep/er/2030-2033/plan.yaml');
    const objectives = path.join(scratch, 'deep/er/2030-2033/objectives.yaml');
    expect(await server.open(framework)).toEqual([]);
    expect(await server.open(objectives)).toEqual([]);
    expect(await hoverOnKey(objectives, 'sector')).toContain('The organisational unit');
    expect(await hoverOnKey(objectives, 'goals')).toContain('The goals an objective serves');
    expect(await hoverOnKey(framework, 'measure')).toContain('The figure in a target');
    // the schema really is in force: a mistake is flagged
    const broken = readFileSync(objectives, 'utf8').replace('    title: "Objective A.1', '    titel: "Objective A.1');
    expect((await server.open(objectives, broken)).map((diagnostic) => diagnostic.message)).toContain('Property titel is not allowed.');
  });
});
