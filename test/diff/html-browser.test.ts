/**
 * The HTML diff in a real browser (Debian's Chromium, as CI installs it): hostile plan text stays text,
 * and the 2016-2019 → 2020-2023 page is short with its sections folded yet loses nothing when unfolded.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/diff/index.js';
import { renderDiffDocument } from '../../src/diff/render.js';
import { buildDiffView } from '../../src/diff/view-model.js';
import { launchChromium } from '../chromium.js';
import { diffFixture, loadClean } from './helpers.js';

/** The bound on the folded page of the bundled diff, at a laptop's width. */
const MAX_FOLDED_HEIGHT = 6000;
const WIDTH = 1280;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function open(html: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => problems.push(`console ${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.setContent(html);
  return { page, problems };
}

const height = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

describe('diff as HTML, in a browser', () => {
  it('runs nothing and shows the plan text as text', async () => {
    const { page, problems } = await open(await renderDiffDocument(buildDiffView(diffFixture('hostile')), 'html'));
    const facts = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      bold: document.querySelectorAll('main b').length,
      fate: document.querySelector('#goals + ul li')?.textContent ?? '',
      headings: [...document.querySelectorAll('h2')].map((heading) => heading.textContent),
    }));
    expect(facts).toMatchObject({ scripts: 0, bold: 0, headings: ['Summary', 'Goals and their fate', 'Targets whose figures moved', 'Goals', 'Targets'] });
    expect(facts.fate).toContain('Growth | <script>alert(1)</script>');
    expect(problems).toEqual([]);
    await page.close();
  });

  describe('2016-2019 → 2020-2023', () => {
    const diff = diffPlans(loadClean('plans/2016-2019'), loadClean('plans/2020-2023'));
    let page: Page;
    let problems: string[];

    beforeAll(async () => {
      ({ page, problems } = await open(await renderDiffDocument(buildDiffView(diff), 'html')));
    });
    afterAll(async () => page?.close());

    it(`is at most ${MAX_FOLDED_HEIGHT} px tall at ${WIDTH} px with its sections folded, and has a table of contents that works`, async () => {
      expect(await page.locator('details.section').count()).toBe(5);
      expect(await page.locator('details[open]').count()).toBe(0);
      expect(await height(page)).toBeLessThanOrEqual(MAX_FOLDED_HEIGHT);
      const toc = await page.evaluate(() => [...document.querySelectorAll('nav.toc a')].map((link) => link.getAttribute('href')!.slice(1)));
      expect(toc).toEqual(['summary', 'goals', 'figures', 'endings', 'section-goal', 'section-target', 'section-objective', 'section-outcome', 'section-output']);
      expect(await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), toc)).toEqual([]);
      expect(await page.locator('.callout').innerText()).toContain('2016-2019 is partial');
      expect(problems).toEqual([]);
    });

    it('loses nothing when unfolded: every id and label of every change, every field, nearest candidate and gap', async () => {
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      const wordsOf = (what: string) => what.split(/[\s()]+/).filter((word) => word !== '');
      const shownWords = new Set(wordsOf(text));
      const missing: string[] = [];
      /** a text shown whole, or (a text shown as a word diff against another) each of its words */
      const expectShown = (what: string, asWords = false) => {
        const isShown = asWords ? wordsOf(what).every((word) => shownWords.has(word)) : text.includes(what.replace(/\s+/g, ' ').trim());
        if (!isShown) missing.push(what);
      };
      for (const change of diff.changes.filter((each) => each.kind !== 'same' || Object.keys(each.fields).length > 0)) {
        const isPair = change.from.length === 1 && change.to.length === 1;
        [...change.from, ...change.to].forEach((id) => expectShown(id));
        for (const label of [...change.labels.from, ...change.labels.to]) expectShown(label, isPair);
        for (const [name, field] of Object.entries(change.fields)) {
          expectShown(`${name}:`);
          for (const value of [field.from, field.to]) if (typeof value === 'string') expectShown(value, true);
        }
        if (change.nearest) expectShown(change.nearest.label);
        if (change.gap) expectShown(change.gap.text);
      }
      expect(missing).toEqual([]);
      expect(await height(page)).toBeGreaterThan(MAX_FOLDED_HEIGHT);
    });

    it('pads no cell with blank lines: no cell keeps the line breaks of the template', async () => {
      const kept = await page.evaluate(() =>
        [...document.querySelectorAll('main td, main li')].filter((cell) => !['normal', 'nowrap'].includes(getComputedStyle(cell).whiteSpace)).length,
      );
      expect(kept).toBe(0);
      // a one-line cell is one line high: the "What" cell of a removed outcome holds its label and its nearest candidate
      const row = page.locator('tr.change-renumbered').filter({ hasText: 'T.4-3' });
      const [cell, line] = await row.locator('td').nth(4).evaluate((td) => [td.getBoundingClientRect().height, parseFloat(getComputedStyle(td).lineHeight)]);
      expect(cell).toBeLessThan(2.5 * line);
    });

    it('filters the changes by kind without a script', async () => {
      await page.locator('nav.filter a[href="#show-unknown"]').click();
      const shown = await page.evaluate(() => [...document.querySelectorAll('tr.change')].filter((row) => (row as HTMLElement).offsetParent !== null).map((row) => row.className));
      expect(shown.length).toBe(diff.changes.filter((change) => change.kind === 'unknown').length);
      expect(new Set(shown)).toEqual(new Set(['change change-unknown']));
      expect(await page.locator('details.section#section-goal').isVisible()).toBe(false);
      await page.locator('nav.filter a[href="#show-all"]').click();
      expect(await page.locator('details.section#section-goal').isVisible()).toBe(true);
    });
  });
});
