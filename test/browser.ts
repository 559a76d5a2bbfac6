/**
 * Headless Chromium for the tests of HTML output: the Debian package (never downloaded), driven by
 * playwright-core. Without Chromium the tests that need it fail with the reason (a missing browser must
 * not pass as skipped); CI installs it in .ci/run.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** A4 less the 12 mm side margins of the print stylesheet, at 96 px per inch. */
export const A4_CONTENT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

/** A browser, or the reason there is none (thrown by `open`, so that every test using it fails with it). */
export async function launchChromium(): Promise<Browser | Error> {
  if (!existsSync(CHROMIUM)) return new Error(`no Chromium at ${CHROMIUM}: install the Debian package (apt-get install -y chromium) or set CHROMIUM_PATH`);
  try {
    return await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  } catch (error) {
    return new Error(`cannot start Chromium at ${CHROMIUM}: ${(error as Error).message}`);
  }
}

export interface Opened {
  page: Page;
  /** console errors and warnings, page errors, dialogs, and any request beyond the file itself */
  problems: string[];
}

/** Writes the HTML to `dir/name` and opens it from there, collecting every problem the page shows. */
export async function openHtml(browser: Browser | Error | undefined, html: string, dir: string, name: string): Promise<Opened> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  if (browser === undefined || browser instanceof Error) throw browser ?? new Error('Chromium was not started');
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
export async function brokenAnchors(page: Page): Promise<{ missing: string[]; duplicated: string[] }> {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    const links = [...document.querySelectorAll('a[href^="#"]')].map((link) => decodeURIComponent(link.getAttribute('href')!.slice(1)));
    return { missing: links.filter((id) => !document.getElementById(id)), duplicated: ids.filter((id, index) => ids.indexOf(id) !== index) };
  });
}
