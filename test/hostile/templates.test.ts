/**
 * `--template` files that reach for prototypes, or for helpers and partials that do not exist: each is a
 * usage error (one line, exit 2, nothing on stdout) before or while rendering, within a time bound, and
 * changes no file. A template may still look names up from the data; a plan id such as "constructor"
 * then finds nothing rather than an inherited function.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE, plan, snapshot, Workspace } from './harness.js';

const TEMPLATES = path.join(HOSTILE, 'templates');
const IDS = path.join(HOSTILE, 'proto-ids/2030-2033');
const workspace = new Workspace();
afterAll(() => workspace.remove());

const PROTOTYPE = /"(constructor|__proto__|prototype|__defineGetter__)" is not a field of the report data \(prototype access is not allowed\)/;
const CASES: [string, RegExp][] = [
  ['constructor-call.md.hbs', PROTOTYPE],
  ['proto-lookup.html.hbs', PROTOTYPE],
  ['proto-bracket.md.hbs', PROTOTYPE],
  ['proto-with.md.hbs', PROTOTYPE],
  ['define-getter.html.hbs', PROTOTYPE],
  ['nested-lookup.md.hbs', PROTOTYPE],
  ['missing-helper.md.hbs', /unknown helper "shout" \(helpers: eq, not, .*\)/],
  ['missing-block-helper.html.hbs', /unknown helper "repeat"/],
  ['missing-subexpression-helper.md.hbs', /unknown helper "split"/],
  ['missing-partial.md.hbs', /unknown partial "evil" \(partials: .*\)/],
  ['dynamic-partial.md.hbs', /unknown partial "plan"/],
  ['helper-missing.md.hbs', /"helperMissing" is Handlebars' own, not a helper of report templates/],
  // {{log}} would write into the report on stdout
  ['log.md.hbs', /unknown helper "log"/],
  ['log-error.html.hbs', /unknown helper "log"/],
];

function render(template: string, extra: string[] = []) {
  const watched = [snapshot(HOSTILE), snapshot(workspace.root)];
  const run = plan(['report', IDS, '--template', path.join(TEMPLATES, template), ...extra], { cwd: workspace.root, maxMs: 5000 });
  expect([snapshot(HOSTILE), snapshot(workspace.root)]).toEqual(watched);
  return run;
}

describe('hostile --template files', () => {
  it.each(CASES)('%s: a one-line usage error, exit 2', (template, message) => {
    const run = render(template);
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr.startsWith(`plan: template ${path.join(TEMPLATES, template)}: `)).toBe(true);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    ['5,000 nested {{#if}}', `${'{{#if report.title}}'.repeat(5000)}x${'{{/if}}'.repeat(5000)}`, 'nested 101 levels deep'],
    ['an {{else if}} chain of 5,000', `{{#if report.title}}x${'{{else if report.title}}x'.repeat(5000)}{{/if}}`, 'nested 101 levels deep'],
    ['subexpressions 5,000 deep', `{{join ${'(join '.repeat(5000)}report.title${')'.repeat(5000)}}}`, 'nested 5000 levels deep'],
  ])('%s: refused before parsing, at once, with its line', (_name, source, message) => {
    const file = path.join(workspace.root, 'deep.md.hbs');
    writeFileSync(file, `line 1\n${source}\n`);
    const run = plan(['report', IDS, '--template', file], { cwd: workspace.root, maxMs: 5000 });
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(`plan: template ${file}: ${message} (blocks, else-if chains and subexpressions); templates may nest 100 at most (line 2)\n`);
  });

  it('a lookup whose name comes from the data ("constructor", "__proto__") finds nothing', () => {
    const run = render('data-names-prototype.md.hbs');
    expect([run.status, run.stdout, run.stderr]).toEqual([0, '[][][]\n', '']);
  });

  it('a template cannot overwrite itself, nor a report land in the plan it reads, with --out', () => {
    for (const out of [path.join(TEMPLATES, 'data-names-prototype.md.hbs'), path.join(IDS, 'report.md')]) {
      const run = render('data-names-prototype.md.hbs', ['--out', out]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^plan: refusing to (overwrite an input|write a report over a YAML file|write into the plans folder)/);
    }
  });
});
