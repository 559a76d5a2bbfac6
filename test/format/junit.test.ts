import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/format/index.js';
import { escapeXmlAttribute, escapeXmlText } from '../../src/format/xml.js';
import { HOSTILE_MESSAGE, sampleDiagnostics } from './diagnostics.js';
import { parseXml, type XmlElement } from './xml-check.js';

function junit(checkedFiles?: string[], diagnostics = sampleDiagnostics(), failOn: 'error' | 'warning' = 'warning'): XmlElement {
  const output = formatDiagnostics(diagnostics, 'junit', { color: false, cwd: process.cwd(), checkedFiles, failOn });
  expect(output.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  return parseXml(output);
}

function testcases(root: XmlElement): XmlElement[] {
  return root.children.flatMap((suite) => suite.children);
}

describe('junit format', () => {
  it('has one testcase per checked file, passing the files without failures', () => {
    const root = junit(['plans/c.yaml', 'plans/b.yaml', 'plans/a.yaml']);
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toEqual({ name: 'plan validate', tests: '3', failures: '2' });
    expect(root.children.map((suite) => suite.name)).toEqual(['testsuite']);
    const cases = testcases(root);
    expect(cases.map((testcase) => testcase.attributes.classname)).toEqual(['plans/a.yaml', 'plans/b.yaml', 'plans/c.yaml']);
    expect(cases.map((testcase) => testcase.children.map((child) => child.name))).toEqual([
      ['failure', 'system-out'],
      ['failure', 'failure'],
      [],
    ]);
  });

  it('has one testcase per file with findings when no checked files are given', () => {
    const cases = testcases(junit());
    expect(cases.map((testcase) => testcase.attributes.name)).toEqual(['plans/a.yaml', 'plans/b.yaml']);
  });

  it('describes each failure and keeps infos out of the failures', () => {
    const [first, second] = testcases(junit());
    const [hostile, output] = first.children;
    expect(hostile.attributes.type).toBe('hostile-text');
    // the characters XML 1.0 forbids (BEL, ESC) are dropped; everything else survives the round trip
    const readable = HOSTILE_MESSAGE.replace(/[\u0007\u001b]/g, '');
    expect(hostile.attributes.message).toBe(readable);
    expect(hostile.text).toBe(`plans/a.yaml:3:17 warning hostile-text: ${readable}`);
    expect(output.text).toBe('plans/a.yaml:1:1 info partial-plan: this plan is partial');
    expect(second.children[0].text).toBe(
      'plans/b.yaml:12:5 error dangling-ref: Outcome O.1 refers to goal G9, which is not defined\n' +
        'id: O.1\nhint: define G9 or fix the reference',
    );
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXmlText(`<script>&"'\r\u0000\u0007\uFFFE\uD800ok😀`)).toBe('&lt;script&gt;&amp;&quot;&apos;&#13;ok😀');
    expect(escapeXmlAttribute('a\tb\nc')).toBe('a&#9;b&#10;c');
    const raw = formatDiagnostics(sampleDiagnostics(), 'junit', { color: false });
    expect(raw).not.toContain('<script>');
    expect(raw).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quoted&apos;');
  });

  it('is a valid, empty report when nothing was checked', () => {
    const root = junit(undefined, []);
    expect(root.attributes).toEqual({ name: 'plan validate', tests: '0', failures: '0' });
    expect(testcases(root)).toEqual([]);
  });

  it('fails only on findings at or above the fail level; the others go to system-out', () => {
    const root = junit(['plans/a.yaml', 'plans/b.yaml'], sampleDiagnostics(), 'error');
    expect(root.attributes).toEqual({ name: 'plan validate', tests: '2', failures: '1' });
    const [first, second] = testcases(root);
    expect(first.children.map((child) => child.name)).toEqual(['system-out']);
    expect(first.children[0].text).toContain('plans/a.yaml:3:17 warning hostile-text: ');
    expect(second.children.map((child) => child.name)).toEqual(['failure', 'system-out']);
    expect(second.children[0].attributes.type).toBe('dangling-ref');
    expect(second.children[1].text).toBe('plans/b.yaml:101:3 warning missing-kpi: output has no indicator\nid: OUT.4');
  });

  it('never fails on a suppressed finding, and says why it is suppressed', () => {
    const [error, ...rest] = sampleDiagnostics();
    const suppressed = { ...error, suppression: { kind: 'inSource' as const, justification: 'kept on purpose', file: 'plans/b.yaml', line: 11 } };
    const [, second] = testcases(junit(undefined, [suppressed, ...rest], 'warning'));
    expect(second.children.map((child) => child.name)).toEqual(['failure', 'system-out']);
    expect(second.children[1].text).toContain('dangling-ref: Outcome O.1 refers to goal G9, which is not defined (suppressed: kept on purpose)');
  });
});

