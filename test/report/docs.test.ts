/** docs/reports.md documents the view model and the helpers: keep it from drifting away from the code. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELPER_DOCS } from '../../src/render/index.js';
import { modelOf, PLANS, reportOf, ROOT } from './helpers.js';

const DOCS = readFileSync(path.join(ROOT, 'docs/reports.md'), 'utf8');

describe('docs/reports.md', () => {
  it('documents every helper', () => {
    for (const name of Object.keys(HELPER_DOCS)) expect(DOCS, name).toContain(`| \`${name}\` |`);
  });

  it('documents every top-level key of the view model', () => {
    for (const key of Object.keys(modelOf(path.join(PLANS, '2020-2023')))) expect(DOCS, key).toContain(`| \`${key}\` |`);
  });

  it('shows a template that works', async () => {
    const example = /```handlebars[^\n]*\n([\s\S]*?)```/.exec(DOCS)?.[1];
    expect(example).toBeDefined();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'plan-docs-')), 'example.md.hbs');
    writeFileSync(file, example!);
    const markdown = await reportOf(path.join(PLANS, '2020-2023'), 'md', { goal: '2' }, file);
    expect(markdown).toContain('- **R.1** Spectrum/orbit regulation and management (6 outcomes)');
    expect(markdown).toContain('## ITU-T: T.1, T.3, T.5');
  });
});
