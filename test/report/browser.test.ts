/**
 * The HTML reports in a real browser: headless Chromium from the Debian package (never downloaded),
 * driven by playwright-core. Without Chromium these tests fail: CI installs it in .ci/run.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A4_CONTENT_WIDTH, brokenAnchors, launchChromium, openHtml } from '../browser.js';
import { BUNDLED_CYCLES, HOSTILE, modelOf, OUTPUT, PLANS, reportOf } from './helpers.js';

let browser: Browser | Error | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  if (browser && !(browser instanceof Error)) await browser.close();
});

const open = (html: string, name: string) => openHtml(browser, html, OUTPUT, name);

describe('HTML report in Chromium', () => {
  it('shows the 2020-2023 plan cleanly: one matrix row per objective, one column per goal', async () => {
    const model = modelOf(path.join(PLANS, '2020-2023'));
    const { page, problems } = await open(await reportOf(path.join(PLANS, '2020-2023'), 'html'), 'report-2020-2023.html');
    expect(problems).toEqual([]);
    expect(await page.locator('table.matrix tbody tr.objective-row').count()).toBe(model.matrix!.rowCount);
    expect(await page.locator('table.matrix thead th[scope="col"]').count()).toBe(1 + model.goals!.length);
    for (const row of await page.locator('table.matrix tbody tr.objective-row').all()) {
      expect(await row.locator('td').count()).toBe(model.goals!.length);
    }
    const alternatives = await page.evaluate(() =>
      [...document.querySelectorAll('table.matrix td')].map((cell) => `${cell.className}:${cell.querySelector('.sr')?.textContent ?? ''}`),
    );
    expect(new Set(alternatives)).toEqual(new Set(['link-primary:primary', 'link-secondary:secondary', 'link-none:']));
    expect(await page.locator('svg[role="img"] title').textContent()).toBe('Objectives per goal');
    expect(await brokenAnchors(page)).toEqual({ missing: [], duplicated: [] });
    await page.screenshot({ path: path.join(OUTPUT, 'report-2020-2023.png'), fullPage: true });
    await page.locator('figure.matrix-figure').screenshot({ path: path.join(OUTPUT, 'report-2020-2023-matrix.png') });

    await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1100 });
    await page.emulateMedia({ media: 'print' });
    const widths = await page.evaluate(() => ({ matrix: document.querySelector('table.matrix')!.scrollWidth, page: document.documentElement.scrollWidth }));
    expect(widths.matrix).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
    expect(widths.page).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
    await page.pdf({ path: path.join(OUTPUT, 'report-2020-2023.pdf'), format: 'A4', preferCSSPageSize: true });
    await page.close();
  });

  it('shows the goal 2 report cleanly', async () => {
    const { page, problems } = await open(await reportOf(path.join(PLANS, '2020-2023'), 'html', { goal: '2' }), 'report-2020-2023-goal-2.html');
    expect(problems).toEqual([]);
    expect(await page.locator('section[aria-labelledby="primary"] article.objective').count()).toBe(9);
    expect(await page.locator('section[aria-labelledby="secondary"] article.objective').count()).toBe(7);
    expect(await brokenAnchors(page)).toEqual({ missing: [], duplicated: [] });
    await page.screenshot({ path: path.join(OUTPUT, 'report-2020-2023-goal-2.png'), fullPage: true });
    await page.close();
  });

  it.each(BUNDLED_CYCLES)('opens the %s report without errors or broken links', async (cycle) => {
    const { page, problems } = await open(await reportOf(path.join(PLANS, cycle), 'html'), `report-${cycle}.html`);
    expect(problems).toEqual([]);
    expect(await brokenAnchors(page)).toEqual({ missing: [], duplicated: [] });
    await page.close();
  });

  it('runs nothing from a hostile plan and keeps its tables whole', async () => {
    const model = modelOf(HOSTILE);
    const { page, problems } = await open(await reportOf(HOSTILE, 'html'), 'report-hostile.html');
    await page.waitForTimeout(100);
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img, iframe, object, embed').count()).toBe(0);
    expect(await page.locator('table.matrix tbody tr.objective-row').count()).toBe(model.matrix!.rowCount);
    for (const row of await page.locator('table.matrix tbody tr.objective-row').all()) {
      expect(await row.locator('td').count()).toBe(model.goals!.length);
    }
    expect(await page.locator('table.targets tbody tr').count()).toBe(1);
    expect(await page.locator('table.targets tbody tr td').count()).toBe(2);
    const text = await page.locator('body').innerText();
    expect(text).toContain('<script>window.__pwned=4</script>');
    expect(text).toContain("{{constructor.constructor 'window.__pwned=6'}}");
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await brokenAnchors(page)).toEqual({ missing: [], duplicated: [] });
    await page.screenshot({ path: path.join(OUTPUT, 'report-hostile.png'), fullPage: true });
    await page.close();
  });
});
