import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRenderer, formatOfTemplate, TemplateError } from '../../src/render/index.js';
import { FIXTURES, HOSTILE, modelOf, PLANS, reportOf } from './helpers.js';

const TEMPLATES = path.join(FIXTURES, 'templates');
const PLAN_2020 = path.join(PLANS, '2020-2023');

describe('--template', () => {
  it('renders a user template with the same data', async () => {
    const markdown = await reportOf(PLAN_2020, 'md', { goal: '2' }, path.join(TEMPLATES, 'custom.md.hbs'));
    expect(markdown).toContain('# Goal 2: Inclusiveness\n');
    expect(markdown).toContain('- R.1 Spectrum/orbit regulation and management (6 outcomes)\n');
  });

  it('escapes by the template name: Markdown for *.md.hbs, HTML for *.html.hbs', async () => {
    const markdown = await reportOf(HOSTILE, 'html', { goal: '1' }, path.join(TEMPLATES, 'custom.md.hbs'));
    expect(markdown).toContain('Vision: &lt;script&gt;window.\\_\\_pwned=4&lt;/script&gt;');
    const html = await reportOf(HOSTILE, 'md', {}, path.join(TEMPLATES, 'custom.html.hbs'));
    expect(html).toContain('<p>&lt;script&gt;window.__pwned&#x3D;4&lt;/script&gt; and');
    expect(html).toContain('<span class="tag"');
  });

  it('uses --format only for a name that tells nothing', () => {
    expect(formatOfTemplate('a/report.md.hbs', 'html')).toBe('md');
    expect(formatOfTemplate('report.HTML', 'md')).toBe('html');
    expect(formatOfTemplate('report.hbs', 'html')).toBe('html');
    expect(() => formatOfTemplate('report.hbs')).toThrow(/cannot tell the format/);
  });

  it.each([
    ['missing-helper.md.hbs', /: unknown helper "shout" \(helpers: eq, .*\) \(line 2, column 1\)$/],
    ['missing-partial.html.hbs', /: unknown partial "no-such-partial" \(partials: .*page.*\)$/],
    ['prototype.html.hbs', /: "constructor" is not a field of the report data \(prototype access is not allowed\) \(line 2, column 6\)$/],
    ['prototype-lookup.html.hbs', /: "__proto__" is not a field of the report data/],
    ['misspelt.md.hbs', /: "titel" is not a field of the report data here \(line 3, column 7\)$/],
    ['syntax.md.hbs', /: Parse error on line 3: .*got 'EOF'$/],
    ['no-such-file.md.hbs', /^cannot read template .*no-such-file\.md\.hbs: ENOENT$/],
  ])('turns a bad template (%s) into one clear line', async (file, message) => {
    const attempt = reportOf(PLAN_2020, 'md', { goal: '2' }, path.join(TEMPLATES, file));
    await expect(attempt).rejects.toThrow(message);
    const error = await attempt.then(
      () => new Error('rendered'),
      (caught: unknown) => caught as Error,
    );
    expect(error.message).not.toContain('\n');
    expect(error.name).toMatch(/^(TemplateError|UsageError)$/);
  });

  it('refuses --format json with a template', async () => {
    await expect(reportOf(PLAN_2020, 'json', {}, path.join(TEMPLATES, 'custom.md.hbs'))).rejects.toThrow(/use one or the other/);
  });
});

describe('helpers', () => {
  const render = async (format: 'md' | 'html', source: string, data: object = {}) => {
    const renderer = await createRenderer(format);
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'plan-template-')), `t.${format}.hbs`);
    writeFileSync(file, source);
    return renderer.render(file, data);
  };

  it('groups, counts, joins and scales', async () => {
    const data = { list: [{ sector: 'R', id: 1 }, { sector: 'T', id: 2 }, { sector: 'R', id: 3 }], tags: ['a', 'b'] };
    expect(await render('html', '{{#groupBy list "sector"}}{{@index}}{{key}}:{{items.length}};{{/groupBy}}', data)).toBe('0R:2;1T:1;');
    expect(await render('html', '{{#groupBy tags "x"}}x{{else}}empty{{/groupBy}}', { tags: [] })).toBe('empty');
    expect(await render('html', '{{plural 1 "goal" "goals"}}, {{plural 3 "goal" "goals"}}, {{join tags " / "}}', data)).toBe('1 goal, 3 goals, a / b');
    expect(await render('html', '{{scale 3 4 100}} {{add 1 (multiply 2 3)}} {{truncate "abcdef" 4}}')).toBe('75 7 abc…');
    expect(await render('html', '{{#if (and (eq 1 1) (or 0 "x") (not ""))}}yes{{/if}}')).toBe('yes');
  });

  it('links only safe addresses, in the syntax of the format', async () => {
    const data = { good: 'https://itu.int/a_(b)', bad: 'javascript:alert(1)', text: 'A <b> [c]' };
    expect(await render('html', '{{safeLink text good}}|{{safeLink text bad}}|{{safeUrl bad}}', data)).toBe(
      '<a href="https://itu.int/a_(b)">A &lt;b&gt; [c]</a>|A &lt;b&gt; [c]|',
    );
    expect(await render('md', '{{safeLink text good}}|{{safeLink text bad}}', data)).toBe('[A &lt;b&gt; \\[c\\]](<https://itu.int/a_(b)>)|A &lt;b&gt; \\[c\\]');
  });

  it('escapes every {{...}} of a Markdown template, and leaves {{{...}}} raw', async () => {
    expect(await render('md', '{{text}} {{join list ", "}} {{{text}}}', { text: '*x* | y', list: ['<a>', '|'] })).toBe('\\*x\\* \\| y &lt;a&gt;, \\| *x* | y');
  });

  it('throws TemplateError, a usage error, for a template mistake', async () => {
    await expect(render('md', '{{nope.deeper}}')).rejects.toBeInstanceOf(TemplateError);
    await expect(render('html', '{{goal.name}}', { goal: null })).rejects.toThrow(/"name" cannot be read: the field holding it is null here/);
  });
});

describe('bundled templates', () => {
  it('announce a partial plan with its gaps, label texts and error-level findings', async () => {
    const model = modelOf(HOSTILE);
    expect(model.plan.gaps).toHaveLength(1);
    const markdown = await reportOf(HOSTILE, 'md');
    expect(markdown).toContain('> [!NOTE]\n> This plan is **partial**');
    expect(markdown).toContain('*(label)*');
    expect(markdown).toContain('> [!WARNING]\n> The plan has 1 error-level finding');
  });
});
