import { describe, expect, it } from 'vitest';
import { renderDiffDocument } from '../../src/diff/render.js';
import { buildDiffView } from '../../src/diff/view-model.js';
import { diffFixture } from './helpers.js';

const hostile = () => buildDiffView(diffFixture('hostile'));

describe('diff as Markdown', () => {
  it('shows the summary, the goals and each change with figures and a word diff', async () => {
    const md = await renderDiffDocument(buildDiffView(diffFixture('changed')), 'md');
    expect(md).toContain('# Plan diff: from → to');
    expect(md).toContain('| Goals | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 2 |');
    expect(md).toContain('- **measure.value:** 55% → 65% (+10 points)');
    expect(md).toContain('~~55%~~ **By 2023, 65%** of households');
  });

  it('keeps plan text from breaking tables or injecting HTML or escape sequences', async () => {
    const md = await renderDiffDocument(hostile(), 'md');
    const goalRow = md.split('\n').find((line) => line.startsWith('| 1 Growth'))!;
    // four cells: every | from the plan text is escaped
    expect(goalRow.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    expect(md).not.toMatch(/<script|<b>/);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).not.toContain('\u001b');
    expect(md).toContain('!\\[image\\](javascript:alert(3))');
  });

  it('lists the parts of a split', async () => {
    const md = await renderDiffDocument(buildDiffView(diffFixture('split')), 'md');
    expect(md).toContain('| 4 Innovation and partnership | split | 4 Innovation<br>5 Partnership | 0.57 |');
    expect(md).toContain('- to 5: Partnership');
  });
});

describe('diff as HTML', () => {
  it('escapes all plan text', async () => {
    const html = await renderDiffDocument(hostile(), 'html');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<b>|javascript:alert\(3\)"/);
    expect(html).toContain('<del>&lt;script&gt;alert(1)&lt;/script&gt;</del> <ins>&lt;script&gt;alert(2)&lt;/script&gt;</ins>');
    expect(html).not.toContain('\u001b');
  });

  it('says when there is no difference', async () => {
    expect(await renderDiffDocument(buildDiffView(diffFixture('unchanged')), 'html')).toContain('<p>No differences.</p>');
  });
});
