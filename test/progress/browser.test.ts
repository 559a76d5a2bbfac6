/**
 * `plan progress --format html` in a real browser (Debian's Chromium): the page opens cleanly, every
 * target with values or a line has an SVG chart with a text alternative, the charts read without colour,
 * the page prints on A4, and hostile plan text stays text.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, loadPlan } from '../../src/index.js';
import { buildProgress } from '../../src/progress/model.js';
import { buildProgressView } from '../../src/progress/view.js';
import { renderReport } from '../../src/render/index.js';
import { A4_CONTENT_WIDTH, brokenAnchors, launchChromium, openHtml } from '../browser.js';
import { BUNDLED_PLANS, FIXTURE_PLANS, ROOT } from './helpers.js';

const OUTPUT = path.join(ROOT, 'test/.output');
const HOSTILE = path.join(ROOT, 'test/fixtures/progress/hostile/fixture-hostile');

let browser: Browser | Error | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  if (browser && !(browser instanceof Error)) await browser.close();
});

async function pageOf(dir: string, name: string) {
  const graph = buildGraph(loadPlan(dir));
  const view = buildProgressView(graph, buildProgress(graph), []);
  const opened = await openHtml(browser, await renderReport(view, { format: 'html' }), OUTPUT, name);
  return { ...opened, view };
}

/** Every chart's text alternative: its role, the elements its aria-labelledby names, and their text. */
async function chartAlternatives(page: import('playwright-core').Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.progress-chart svg')].map((svg) => {
      const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ').filter(Boolean);
      return {
        role: svg.getAttribute('role'),
        labels: ids.map((id) => document.getElementById(id)?.tagName ?? 'missing'),
        title: svg.querySelector('title')?.textContent ?? '',
        desc: svg.querySelector('desc')?.textContent ?? '',
      };
    }),
  );
}

describe('plan progress as HTML, in Chromium', () => {
  it('draws one chart per target with values, each with a title and a description naming its status', async () => {
    const { page, problems, view } = await pageOf(path.join(FIXTURE_PLANS, 'fixture-increasing'), 'progress-fixture-increasing.html');
    expect(problems).toEqual([]);
    const charted = view.sections.flatMap((section) => section.targets).filter((target) => target.chart !== null);
    const alternatives = await chartAlternatives(page);
    expect(alternatives).toHaveLength(charted.length);
    alternatives.forEach((alternative, index) => {
      const target = charted[index];
      expect(alternative).toMatchObject({ role: 'img', labels: ['title', 'desc'] });
      expect(alternative.title).toContain(`Target ${target.id}`);
      expect(alternative.desc).toContain(`Status: ${target.status ?? 'no figure'}`);
    });
    // 2.2: two values counted (filled), one revised by a later edition (hollow); the line and the deadline drawn
    // (the legend, a group of its own, draws one of each mark too)
    const revisedChart = page.locator('#target-2\\.2 svg');
    expect(await revisedChart.locator(':scope > circle.observed').count()).toBe(2);
    expect(await revisedChart.locator(':scope > circle.revised').count()).toBe(1);
    expect(await revisedChart.locator(':scope > line.on-track-line').count()).toBe(1);
    expect(await revisedChart.locator(':scope > line.deadline').count()).toBe(1);
    expect(await brokenAnchors(page)).toEqual({ missing: [], duplicated: [] });
    await page.locator('#target-2\\.2').screenshot({ path: path.join(OUTPUT, 'progress-fixture-increasing-2.2.png') });
    await page.close();
  });

  it('reads without colour: marks differ in shape and fill, statuses and legend are words', async () => {
    const { page } = await pageOf(path.join(FIXTURE_PLANS, 'fixture-increasing'), 'progress-fixture-increasing-marks.html');
    const marks = await page.evaluate(() => {
      const style = (selector: string) => {
        const element = document.querySelector(`#target-2\\.2 ${selector}`)!;
        const computed = getComputedStyle(element);
        return { tag: element.tagName, fill: computed.fill, dash: computed.strokeDasharray };
      };
      return {
        observed: style('circle.observed'),
        revised: style('circle.revised'),
        start: style('.start-mark'),
        goal: style('.goal-mark'),
        line: style('line.on-track-line'),
        path: style('polyline.observed-path'),
        legend: [...document.querySelectorAll('#target-2\\.2 .legend text')].map((text) => text.textContent),
        statuses: [...document.querySelectorAll('table.progress .status')].map((status) => status.textContent?.trim()),
      };
    });
    expect(marks.observed.fill).not.toBe(marks.revised.fill);
    expect(marks.revised.fill).toBe('rgb(255, 255, 255)');
    expect([marks.start.tag, marks.goal.tag, marks.observed.tag]).toEqual(['rect', 'path', 'circle']);
    expect(marks.line.dash).not.toBe('none');
    expect(marks.path.dash).toBe('none');
    expect(marks.legend).toEqual(['observed', 'revised later', 'start of line', 'figure', 'on-track line', 'deadline']);
    expect(marks.statuses).toEqual(['✔ achieved', '✘ off-track', '✔ achieved', '– no-data', '– no-data', '– no-figure', '✘ off-track', '✘ off-track', '↗ on-track']);
    await page.close();
  });

  it('prints on A4: nothing wider than the page, every chart whole', async () => {
    const { page } = await pageOf(path.join(BUNDLED_PLANS, '2016-2019'), 'progress-2016-2019.html');
    await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1100 });
    await page.emulateMedia({ media: 'print' });
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, charts: [...document.querySelectorAll('figure.progress-chart')].map((figure) => figure.scrollWidth) }));
    expect(widths.page).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
    expect(widths.charts.every((width) => width <= A4_CONTENT_WIDTH)).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('figure.progress-chart')!).breakInside)).toBe('avoid');
    await page.pdf({ path: path.join(OUTPUT, 'progress-2016-2019.pdf'), format: 'A4', preferCSSPageSize: true });
    await page.close();
  });

  it.each(['2016-2019', '2020-2023'])('opens the %s progress cleanly, a chart for every target observed', async (cycle) => {
    const { page, problems, view } = await pageOf(path.join(BUNDLED_PLANS, cycle), `progress-${cycle}.html`);
    expect(problems).toEqual([]);
    const charted = view.sections.flatMap((section) => section.targets).filter((target) => target.chart !== null).map((target) => target.id);
    expect(charted.length).toBeGreaterThan(0);
    expect(await page.locator('figure.progress-chart svg[role="img"]').count()).toBe(charted.length);
    expect(await brokenAnchors(page)).toEqual({ missing: [], duplicated: [] });
    await page.screenshot({ path: path.join(OUTPUT, `progress-${cycle}.png`), fullPage: true });
    await page.close();
  });

  it('runs nothing from a hostile plan and shows its text as text', async () => {
    const { page, problems } = await pageOf(HOSTILE, 'progress-hostile.html');
    await page.waitForTimeout(100);
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('script, img, iframe, object, embed').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    const text = await page.locator('body').innerText();
    expect(text).toContain('1.1</title><script>window.__pwned=7</script>');
    expect(text).toContain('</desc></svg><script>window.__pwned=10</script>');
    expect(await page.locator('table.progress tbody tr').count()).toBe(2);
    expect(await page.locator('figure.progress-chart svg').count()).toBe(2);
    expect(await brokenAnchors(page)).toEqual({ missing: [], duplicated: [] });
    await page.close();
  });
});
