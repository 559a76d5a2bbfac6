/**
 * The HTML reports in a real browser: headless Chromium from the Debian package (never downloaded),
 * driven by playwright-core. Without Chromium these tests fail: CI installs it in .ci/run.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CYCLES, HOSTILE, modelOf, OUTPUT, PLANS, reportOf } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** A4 less the 12 mm side margins of the print stylesheet, at 96 px per inch. */
const A4_CONTENT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

let browser: Browser | undefined;
/** Why there is no browser: every test then fails with it (a missing browser must not pass as skipped). */
let launchError: Error | undefined;

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  if (!existsSync(CHROMIUM)) {
    launchError = new Error(`no Chromium at ${CHROMIUM}: install the Debian package (apt-get install -y chromium) or set CHROMIUM_PATH`);
    return;
  }
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  } catch (error) {
    launchError = new Error(`cannot start Chromium at ${CHROMIUM}: ${(error as Error).message}`);
  }
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  /** console errors and warnings, page errors, dialogs, and any request beyond the file itself */
  problems: string[];
}

async function open(html: string, name: string): Promise<Opened> {
  const file = path.join(OUTPUT, name);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  if (!browser) throw launchError;
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url() !== url) problems.push(`request: ${request.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/** Internal links whose target is missing, and ids used twice. */
async function brokenAnchors(page: Page): Promise<{ missing: string[]; duplicated: string[] }> {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    const links = [...document.querySelectorAll('a[href^="#"]')].map((link) => decodeURIComponent(link.getAttribute('href')!.slice(1)));
    return { missing: links.filter((id) => !document.getElementById(id)), duplicated: ids.filter((id, index) => ids.indexOf(id) !== index) };
  });
}

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
