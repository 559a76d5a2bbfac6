import { describe, expect, it } from 'vitest';
import { anchorFor, escapeMarkdown, escapeMermaid, safeUrl } from '../../src/render/escape.js';
import { HOSTILE, reportOf } from './helpers.js';

describe('escapeMarkdown', () => {
  it('keeps a table cell one cell: pipes escaped, line breaks as <br>', () => {
    expect(escapeMarkdown('a | b\nc')).toBe('a \\| b<br>c');
    expect(escapeMarkdown('a\\|b')).toBe('a\\\\\\|b');
  });

  it('turns HTML into entities', () => {
    expect(escapeMarkdown('<script>x()</script> & more')).toBe('&lt;script&gt;x()&lt;/script&gt; &amp; more');
  });

  it('neutralises block markers at the start and inline markup anywhere', () => {
    expect(escapeMarkdown('# Heading')).toBe('\\# Heading');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('> quote')).toBe('&gt; quote');
    expect(escapeMarkdown('[x](javascript:y) *b* _i_ `c`')).toBe('\\[x\\](javascript:y) \\*b\\* \\_i\\_ \\`c\\`');
  });

  it('leaves ordinary plan text alone', () => {
    expect(escapeMarkdown('Target 2.1: 60% by 2023 (telecommunications/ICTs)')).toBe('Target 2.1: 60% by 2023 (telecommunications/ICTs)');
    expect(escapeMarkdown('2.10')).toBe('2.10');
    expect(escapeMarkdown(null)).toBe('');
  });
});

describe('escapeMermaid', () => {
  it('leaves no quote, entity start, HTML or backtick, and no line break', () => {
    expect(escapeMermaid('a "b" #c <d> & `e`\nf')).toBe('a #34;b#34; #35;c #60;d#62; #38; #96;e#96; f');
  });
});

describe('safeUrl', () => {
  it('accepts http, https and relative addresses', () => {
    expect(safeUrl('https://www.itu.int/x?y=1#z')).toBe('https://www.itu.int/x?y=1#z');
    expect(safeUrl('HTTP://example.org')).toBe('HTTP://example.org');
    expect(safeUrl('docs/report.md')).toBe('docs/report.md');
  });

  it('refuses other schemes and what a browser would strip to find one', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', ' javascript:x', 'java\nscript:x', 'java\tscript:x', '\\\\evil', '']) {
      expect(safeUrl(url), JSON.stringify(url)).toBeNull();
    }
  });
});

describe('anchorFor', () => {
  it('prefixes the kind and keeps ids readable', () => {
    expect(anchorFor('objective', 'R.1')).toBe('objective-R.1');
    expect(anchorFor('outcome', 'R.1-a')).toBe('outcome-R.1-a');
  });

  it('encodes anything else so any id makes a valid HTML id', () => {
    expect(anchorFor('goal', 'a b"<')).toBe('goal-a-x20-b-x22--x3c-');
  });
});

/** The table rows of a Markdown text, as the number of cells each one has. */
function cellCounts(markdown: string): number[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.replace(/\\\\/g, '').split(/(?<!\\)\|/).length - 2);
}

describe('hostile plan', () => {
  it('keeps every Markdown table rectangular and injects no HTML', async () => {
    for (const scope of [{}, { goal: '1' }]) {
      const markdown = await reportOf(HOSTILE, 'md', scope);
      const tables = markdown.split(/\n\n/).filter((block) => block.startsWith('|'));
      expect(tables.length).toBeGreaterThanOrEqual(2);
      for (const table of tables) expect(new Set(cellCounts(table)).size, table).toBe(1);
      expect(markdown).not.toMatch(/<(script|img|i|b|dd|dl|td|li|h3)[\s>]/i);
      expect(markdown).not.toMatch(/^(# A heading|- a list|1\. an ordered|> a quote|\| forged)/m);
      expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/i);
    }
  });

  it('keeps the Mermaid block closed and its labels quoted', async () => {
    const markdown = await reportOf(HOSTILE, 'md', { goal: '1' });
    const mermaid = markdown.split('```mermaid\n')[1].split('\n```\n')[0];
    for (const line of mermaid.split('\n').filter((text) => text.includes('['))) {
      expect(line, line).toMatch(/^ {2}\w+\["[^"\n`]*"\]:::\w+( (==>|-\.->) goal)?$/);
    }
  });

  it('escapes all plan text in HTML and links no unsafe address', async () => {
    const html = await reportOf(HOSTILE, 'html');
    expect(html.match(/<script/gi)).toBeNull();
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/href="(?!#|https?:)/);
    expect(html).toContain('href="https://example.org/&quot;&gt;&lt;script&gt;window.__pwned&#x3D;2&lt;/script&gt;"');
    expect(html).toContain('{{constructor.constructor &#x27;window.__pwned&#x3D;6&#x27;}}');
  });
});
