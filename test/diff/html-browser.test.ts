import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDiffDocument } from '../../src/diff/render.js';
import { buildDiffView } from '../../src/diff/view-model.js';
import { diffFixture } from './helpers.js';

/** The HTML diff in a real browser (Debian's Chromium, as CI installs it): hostile plan text stays text. */
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file));
let browser: Browser;

describe.skipIf(CHROMIUM === undefined)('diff as HTML, in a browser', () => {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => browser?.close());

  it('runs nothing and shows the plan text as text', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.setContent(await renderDiffDocument(buildDiffView(diffFixture('hostile')), 'html'));
    const facts = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      bold: document.querySelectorAll('main b').length,
      fate: document.querySelector('#goals + table tbody tr')?.textContent ?? '',
      headings: [...document.querySelectorAll('h2')].map((heading) => heading.textContent),
    }));
    expect(facts).toMatchObject({ scripts: 0, bold: 0, headings: ['Summary', 'Goals and their fate', 'Goals', 'Targets'] });
    expect(facts.fate).toContain('Growth | <script>alert(1)</script>');
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
