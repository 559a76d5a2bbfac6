/**
 * Markdown reports and diffs of a plan with hostile text in every field. Read line by line, the output has
 * exactly the shape of the same report made from harmless text: the same headings, table rows with the
 * same number of cells, the same lists, quotes and code fences. No raw HTML gets through (the only tags
 * are the templates' own), no link points anywhere but http(s) or an anchor, and nothing GitHub acts on
 * (an @mention, $math$, a Mermaid %% directive) survives.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { renderDiffDocument } from '../../src/diff/render.js';
import { buildDiffView } from '../../src/diff/view-model.js';
import { buildReportModel, checkPlan, diffPlans, loadPlan, renderReport } from '../../src/index.js';
import type { ReportScope } from '../../src/render/index.js';
import { Workspace } from './harness.js';
import { FIELDS, hostilePlan, payload, plain, writePlan } from './hostile-plan.js';

const workspace = new Workspace();
afterAll(() => workspace.remove());
const PLANS = {
  hostile: writePlan(workspace.folder('hostile'), hostilePlan()),
  plain: writePlan(workspace.folder('plain'), hostilePlan(plain)),
  hostileChanged: writePlan(workspace.folder('hostile-changed'), hostilePlan((field) => `${payload(field)} changed`)),
  plainChanged: writePlan(workspace.folder('plain-changed'), hostilePlan((field) => `${plain(field)} changed`)),
};

async function report(dir: string, scope: ReportScope = {}): Promise<string> {
  const { graph, diagnostics } = checkPlan(loadPlan(dir));
  return renderReport(buildReportModel(graph, diagnostics, scope), { format: 'md' });
}

async function diff(from: string, to: string): Promise<string> {
  return renderDiffDocument(buildDiffView(diffPlans(loadPlan(from).plan, loadPlan(to).plan)), 'md');
}

/** Cells of a table row: the `|` not escaped by a backslash, less one. */
const cellCount = (line: string): number => (line.match(/(?<!\\)\|/g) ?? []).length - 1;

/** What each line is to a Markdown reader (inside a code fence, only that it is code). */
function shapes(markdown: string): string[] {
  let isFenced = false;
  return markdown.split('\n').map((line) => {
    if (/^ {0,3}(```|~~~)/.test(line)) {
      isFenced = !isFenced;
      return 'fence';
    }
    if (isFenced) return 'code';
    if (line.trim() === '') return 'blank';
    const heading = /^ {0,3}(#{1,6})(\s|$)/.exec(line);
    if (heading) return `heading ${heading[1].length}`;
    if (/^ {0,3}(=+|-+|\*{3,}|_{3,})\s*$/.test(line)) return 'rule or underline';
    if (/^ {0,3}\|/.test(line)) return `row of ${cellCount(line)}`;
    if (/^ {0,3}([-*+]|\d{1,9}[.)])(\s|$)/.test(line)) return 'list item';
    if (/^ {0,3}>/.test(line)) return /^> \[!(WARNING|NOTE)\]$/.test(line) ? line : 'quote';
    if (/^( {4}|\t)/.test(line)) return 'indented code';
    if (/^ {0,3}<!--/.test(line)) return 'html comment';
    return 'text';
  });
}

/** Raw HTML tags outside code fences, and link destinations. */
function tagsAndLinks(markdown: string): { tags: string[]; links: string[] } {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  return {
    tags: [...prose.matchAll(/<\/?[a-zA-Z][^>]*>/g)].map((match) => match[0].replace(/id="[^"]*"/, 'id="…"')),
    links: [...prose.matchAll(/(?<!\\)\]\((<[^>]*>|[^)\s]*)/g)].map((match) => match[1]),
  };
}

/**
 * What GitHub would act on where the Markdown is posted (a pull request comment, an issue): a mention that
 * notifies a team, math (`$…$`, `$$…$$`) that swallows the text, and, in a Mermaid block, a `%%` directive
 * or comment that reconfigures the diagram or hides the rest of the line.
 */
function actionable(markdown: string): string[] {
  const found: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const opening = /^ {0,3}```(\w*)/.exec(line);
    if (opening) fence = fence === null ? opening[1] : null;
    else if (fence === 'mermaid' && line.includes('%%')) found.push(`directive: ${line}`);
    else if (fence === null) {
      found.push(...[...line.matchAll(/(?:^|[^A-Za-z0-9_`])@[A-Za-z0-9][\w/-]*/g)].map((match) => `mention: ${match[0]}`));
      found.push(...[...line.matchAll(/(?<!\\)\$/g)].map(() => `math: ${line.slice(0, 80)}`));
    }
  }
  return found;
}

function expectInert(hostile: string, twin: string): void {
  expect(hostile).not.toMatch(/<script/i);
  expect(actionable(hostile)).toEqual([]);
  expect(shapes(hostile)).toEqual(shapes(twin));
  const [found, expected] = [tagsAndLinks(hostile), tagsAndLinks(twin)];
  expect(new Set(found.tags)).toEqual(new Set(expected.tags));
  expect(found.links.filter((link) => !/^<?(#[A-Za-z0-9.-]+|https?:\/\/)/.test(link))).toEqual([]);
}

describe('Markdown with hostile text in every field', () => {
  it('the whole-plan report keeps the shape of a harmless one and shows every payload escaped', async () => {
    const hostile = await report(PLANS.hostile);
    expectInert(hostile, await report(PLANS.plain));
    const hidden = new Set(['note', 'plan source', 'measure scope']);
    const escaped = (field: string) => `${field}: &lt;script&gt;alert("${field}")&lt;/script&gt;`;
    expect(FIELDS.filter((field) => !hidden.has(field) && !hostile.includes(escaped(field)))).toEqual([]);
  });

  it('the payload itself would be acted on: the check finds its mention, math and directive', () => {
    const raw = payload('goal name');
    expect(actionable(raw).map((entry) => entry.split(':')[0])).toEqual(['mention', 'mention', 'mention', 'math', 'math', 'math', 'math', 'math', 'math']);
    expect(actionable(`\`\`\`mermaid\n${raw}\n\`\`\``)).toHaveLength(1);
  });

  it.each([['1'], ['2"><script>alert(6)</script>']])('the report of goal %s likewise', async (goal) => {
    expectInert(await report(PLANS.hostile, { goal }), await report(PLANS.plain, { goal }));
  });

  it('the diff keeps the shape of a harmless one', async () => {
    expectInert(await diff(PLANS.hostile, PLANS.hostileChanged), await diff(PLANS.plain, PLANS.plainChanged));
    expectInert(await diff(PLANS.plain, PLANS.hostile), await diff(PLANS.plain, PLANS.plainChanged));
  });
});
