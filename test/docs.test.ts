import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../src/index.js';
import { readFences } from './docs/fences.js';
import { anchorsOf, brokenLinks } from './docs/links.js';
import { REPO, runPage } from './docs/page-runner.js';

const PAGES = ['README.md', ...readdirSync(path.join(REPO, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const read = (page: string) => readFileSync(path.join(REPO, page), 'utf8');

describe('the documentation', () => {
  it('keeps the README short: at most 250 lines', () => {
    const text = read('README.md');
    // lines as wc -l counts them: a final newline ends the last line, it does not start another
    expect(text.split('\n').length - (text.endsWith('\n') ? 1 : 0)).toBeLessThanOrEqual(250);
  });

  it('gives the quick start as the commands CI runs', () => {
    const quickStart = readFences(read('README.md')).find((fence) => fence.attrs['ci-run']);
    expect(quickStart?.body).toBe('npm ci && ./bin/plan validate\nnpm test\n');
  });

  it('has a heading in docs/checks.md for every check, with its default severity', () => {
    const checks = read('docs/checks.md');
    const anchors = anchorsOf(checks);
    for (const check of CHECKS) {
      expect(anchors, check.code).toContain(check.code);
      expect(checks, check.code).toContain(`Default severity: **${check.defaultSeverity}**`);
    }
  });

  it('links only to files and headings that exist', () => {
    expect(PAGES.flatMap((page) => brokenLinks(REPO, page))).toEqual([]);
  });

  // Every code block of every page is run: commands must exit and print as shown, snippets must give the findings the text names.
  it.concurrent.each(PAGES)('%s says what the code does', { timeout: 600_000 }, async (page) => {
    expect(await runPage(page)).toEqual([]);
  });
});
