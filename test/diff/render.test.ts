import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/diff/index.js';
import { renderDiffDocument } from '../../src/diff/render.js';
import { buildDiffView } from '../../src/diff/view-model.js';
import { diffFixture, FIXTURES, loadClean } from './helpers.js';

const hostile = () => buildDiffView(diffFixture('hostile'));
const partial = () => buildDiffView(diffPlans(loadClean(`${FIXTURES}/partial/from`), loadClean(`${FIXTURES}/partial/to`)));

describe('diff as Markdown', () => {
  it('opens with the summary, the goals and the figures that moved, then each change with figures and a word diff', async () => {
    const md = await renderDiffDocument(buildDiffView(diffFixture('changed')), 'md');
    expect(md).toContain('# Plan diff: from → to');
    expect(md).toContain('| Goals | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 2 |');
    expect(md).toContain('### Goals and their fate\n\n- 1 Growth → 1 Growth: changed (statement reworded)');
    expect(md).toContain('### Targets whose figures moved\n\n- 1.1 → 1.1: 55% by 2020 → 65% by 2023 (+10 points, +3 years)');
    expect(md).toContain('  - **measure.value:** 55% → 65% (+10 points)');
    expect(md).toContain('~~55%~~ **By 2023, 65%** of households');
  });

  it('says which plan is partial, shows what it does not know as not known, and unknown items with their gap', async () => {
    const md = await renderDiffDocument(partial(), 'md');
    expect(md).toMatch(/^> \*\*Partial plan\.\*\* from is partial \(2 recorded gaps\)\./m);
    expect(md).toContain('  - **description:** not known in from (to: Access to broadband supports the digital economy in every country.)');
    expect(md).toContain('- **unknown** — → T.1\n  - T.1: Development of standards\n  - matched to a recorded gap of from: Objective T.1: title, outcomes and outputs not available.');
    expect(md).toMatch(/- \*\*removed\*\* D\.9 → —\n {2}- D\.9: Rural telephony, radio and digital programmes\n {2}- nearest: D\.2 Digital skills for all \(score 0\.\d\d\)/);
    expect(md).not.toContain('(none)');
  });

  it('keeps plan text from breaking tables or injecting HTML or escape sequences', async () => {
    const md = await renderDiffDocument(hostile(), 'md');
    const fate = md.split('\n').find((line) => line.startsWith('- 1 Growth'))!;
    // every | from the plan text is escaped
    expect(fate.replace(/\\\|/g, '')).not.toContain('|');
    expect(md).not.toMatch(/<script|<b>/);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).not.toContain('\u001b');
    expect(md).toContain('!\\[image\\](javascript:alert(3))');
  });

  it('lists the parts of a split', async () => {
    const md = await renderDiffDocument(buildDiffView(diffFixture('split')), 'md');
    expect(md).toContain('- 4 Innovation and partnership → 4 Innovation + 5 Partnership: split');
    expect(md).toContain('  - to 5: Partnership');
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

  it('folds each kind in a section of its own, and long texts behind "show the wording"', async () => {
    const html = await renderDiffDocument(partial(), 'html');
    expect(html.match(/<details class="section" id="section-(\w+)">/g)).toHaveLength(4);
    expect(html).toContain('<span class="field-name">description:</span> not known in from <span class="aside">(to: Access to broadband supports the digital economy in every country.)</span>');
    const long = await renderDiffDocument(buildDiffView(diffPlans(loadClean('plans/2016-2019'), loadClean('plans/2020-2023'), { entities: ['goal'] })), 'html');
    expect(long).toContain('not known in 2016-2019 <details class="wording"><summary>show the wording of 2020-2023</summary><div>Recognizing the role');
    expect(long).toContain('<div class="callout warning" role="note"><p><strong>Partial plan.</strong> 2016-2019 is partial');
  });

  it('says when there is no difference', async () => {
    expect(await renderDiffDocument(buildDiffView(diffFixture('unchanged')), 'html')).toContain('<p>No differences.</p>');
  });
});
