/**
 * HTML reports and diffs of a plan with hostile text in every field, opened in headless Chromium (the
 * Debian package, driven by playwright-core; never downloaded, and a missing browser fails the tests):
 * no script runs, no dialog opens, nothing is requested, every payload shows as text, links are http(s)
 * or in-page only, and the page has the structure of the same report made from harmless text.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDiffDocument } from '../../src/diff/render.js';
import { buildDiffView } from '../../src/diff/view-model.js';
import { buildReportModel, checkPlan, diffPlans, loadPlan, renderReport } from '../../src/index.js';
import type { ReportScope } from '../../src/render/index.js';
import { HOSTILE as HOSTILE_FIXTURES, Workspace } from './harness.js';
import { FIELDS, hostilePlan, payload, plain, writePlan } from './hostile-plan.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const workspace = new Workspace();
const HOSTILE_DIR = writePlan(workspace.folder('hostile'), hostilePlan());
const PLAIN_DIR = writePlan(workspace.folder('plain'), hostilePlan(plain));
const CHANGED_DIR = writePlan(workspace.folder('changed'), hostilePlan((field) => `${payload(field)} changed`));
/** Fields the bundled templates leave out (the view model has all but the notes; see every-field.html.hbs). */
const NOT_IN_REPORTS = new Set(['note', 'plan source', 'measure scope']);
const EVERY_FIELD = path.join(HOSTILE_FIXTURES, 'templates/every-field.html.hbs');

/** The texts a diff compares (docs/diff.md, What a change shows). */
const DIFF_FIELDS = ['goal name', 'goal statement', 'goal description', 'second goal name', 'target text', 'measure unit', 'measure scope', 'second target text', 'sector', 'objective title', 'objective statement', 'second objective title', 'outcome text', 'second outcome text', 'output text'];

let browser: Browser | undefined;
let launchError: Error | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    launchError = new Error(`no Chromium at ${CHROMIUM}: install the Debian package (apt-get install -y chromium) or set CHROMIUM_PATH`);
    return;
  }
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  } catch (error) {
    launchError = new Error(`cannot start Chromium at ${CHROMIUM}: ${(error as Error).message}`);
  }
});

afterAll(async () => {
  await browser?.close();
  workspace.remove();
});

async function report(dir: string, scope: ReportScope = {}, template?: string): Promise<string> {
  const { graph, diagnostics } = checkPlan(loadPlan(dir));
  return renderReport(buildReportModel(graph, diagnostics, scope), { format: 'html', template });
}

async function diff(from: string, to: string): Promise<string> {
  return renderDiffDocument(buildDiffView(diffPlans(loadPlan(from).plan, loadPlan(to).plan)), 'html');
}

/** Opens the page from a file and records everything that must not happen. */
async function open(html: string, name: string): Promise<{ page: Page; problems: string[] }> {
  if (!browser) throw launchError;
  const file = path.join(workspace.root, `${name}.html`);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => problems.push(`console ${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url() !== url) problems.push(`request: ${request.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  // folded sections (the diff's) unfolded, so that their text is read too
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  await page.waitForTimeout(50);
  return { page, problems };
}

/** What the page holds that plan text could have smuggled in. */
function inspect(page: Page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      forbidden: all.filter((element) => /^(script|iframe|object|embed|img|base|link|form|input|textarea|frame|frameset|video|audio|source)$/i.test(element.tagName)).map((element) => element.outerHTML),
      eventHandlers: all.flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`)),
      unsafeLinks: [...document.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href]')]
        .flatMap((element) => ['href', 'src', 'action', 'formaction', 'xlink:href'].map((name) => element.getAttribute(name)))
        .filter((value): value is string => value !== null && !/^(#|https?:\/\/)/i.test(value)),
      metas: [...document.querySelectorAll('meta')].map((meta) => meta.getAttribute('http-equiv') ?? meta.getAttribute('name') ?? meta.getAttribute('charset')),
      styles: document.querySelectorAll('style').length,
      skeleton: [...document.body.querySelectorAll('*')].map((element) => element.tagName).join(' '),
      text: document.body.innerText,
      ragged: [...document.querySelectorAll('table')].flatMap((table, index) => {
        const widths = [...table.querySelectorAll('tr')].map((row) => [...row.children].reduce((sum, cell) => sum + ((cell as HTMLTableCellElement).colSpan || 1), 0));
        return new Set(widths).size > 1 ? [`table ${index}: ${widths.join(',')}`] : [];
      }),
    };
  });
}

async function expectInert(html: string, name: string, twin?: string) {
  const { page, problems } = await open(html, name);
  const facts = await inspect(page);
  expect(problems).toEqual([]);
  expect(facts.forbidden).toEqual([]);
  expect(facts.eventHandlers).toEqual([]);
  expect(facts.unsafeLinks).toEqual([]);
  expect(facts.metas).toEqual(['utf-8', 'viewport', 'Content-Security-Policy', 'generator']);
  expect(facts.styles).toBe(1);
  expect(facts.ragged).toEqual([]);
  expect(facts.text).toContain('<script>alert(');
  if (twin !== undefined) {
    const plainPage = await open(twin, `${name}-plain`);
    expect(facts.skeleton).toBe((await inspect(plainPage.page)).skeleton);
    await plainPage.page.close();
  }
  await page.close();
  return facts;
}

describe('HTML with hostile text in every field, in Chromium', () => {
  it('the whole-plan report runs nothing, loads nothing, shows every payload as text and keeps its structure', async () => {
    const facts = await expectInert(await report(HOSTILE_DIR), 'report', await report(PLAIN_DIR));
    const shown = FIELDS.filter((field) => !NOT_IN_REPORTS.has(field));
    expect(shown.filter((field) => !facts.text.includes(`${field}: <script>alert("${field}")</script>`))).toEqual([]);
  });

  it('a template printing the whole view model escapes every field the bundled ones leave out', async () => {
    const facts = await expectInert(await report(HOSTILE_DIR, {}, EVERY_FIELD), 'every-field');
    const json = (text: string) => JSON.stringify(text).slice(1, -1);
    expect(FIELDS.filter((field) => field !== 'note' && !facts.text.includes(json(`${field}: <script>alert("${field}")</script>`)))).toEqual([]);
    expect(facts.text).toContain('plan source: <script>alert("plan source")</script>');
  });

  it.each([['1'], ['2"><script>alert(6)</script>']])('the report of goal %s likewise', async (goal) => {
    await expectInert(await report(HOSTILE_DIR, { goal }), `goal-${goal.length}`, await report(PLAIN_DIR, { goal }));
  });

  it.each([
    ['hostile to hostile, every text changed', HOSTILE_DIR, CHANGED_DIR],
    ['plain to hostile', PLAIN_DIR, HOSTILE_DIR],
    ['hostile to plain', HOSTILE_DIR, PLAIN_DIR],
  ])('the diff, %s, runs nothing, loads nothing and shows every compared text as text', async (_name, from, to) => {
    const facts = await expectInert(await diff(from, to), `diff-${path.basename(path.dirname(from))}-${path.basename(path.dirname(to))}`);
    // A word diff may interleave a payload with the other side's words; its script tag stays whole text.
    expect(DIFF_FIELDS.filter((field) => !facts.text.includes(`<script>alert("${field}")</script>`))).toEqual([]);
  });
});
