import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/format/github.js';
import { formatDiagnostics } from '../../src/format/index.js';
import { sampleDiagnostics } from './diagnostics.js';

const cwd = process.cwd();

describe('github format', () => {
  it('writes one workflow command per finding, sorted, with exact escaping', () => {
    const output = formatDiagnostics(sampleDiagnostics(), 'github', { color: false, cwd });
    expect(output).toBe(
      [
        '::notice file=plans/a.yaml,line=1,col=1,title=partial-plan::this plan is partial',
        '::warning file=plans/a.yaml,line=3,col=17,title=hostile-text::' +
          // ESC and BEL visible as text: the runner's log would interpret them
          "100%25 done: a, b%0Anext <script>alert(\"x\")</script> & 'quoted'%0D%0Aend\\u0007\\u001b[31m",
        '::error file=plans/b.yaml,line=12,col=5,title=dangling-ref::' +
          'Outcome O.1 refers to goal G9, which is not defined — hint: define G9 or fix the reference',
        '::warning file=plans/b.yaml,line=101,col=3,title=missing-kpi::output has no indicator',
        '',
      ].join('\n'),
    );
  });

  it('escapes property values further than data', () => {
    expect(escapeData('a%b:c,d\r\ne')).toBe('a%25b:c,d%0D%0Ae');
    expect(escapeProperty('a%b:c,d\r\ne')).toBe('a%25b%3Ac%2Cd%0D%0Ae');
    const [finding] = sampleDiagnostics();
    const odd = { ...finding, file: 'plans/odd,name:1%.yaml', code: 'a:b,c', hint: undefined };
    const output = formatDiagnostics([odd], 'github', { color: false, cwd });
    expect(output).toBe(
      '::error file=plans/odd%2Cname%3A1%25.yaml,line=12,col=5,title=a%3Ab%2Cc::' +
        'Outcome O.1 refers to goal G9, which is not defined\n',
    );
  });

  it('makes paths relative to the repository root, with forward slashes', () => {
    const [finding] = sampleDiagnostics();
    const inRoot = formatDiagnostics([finding], 'github', { color: false, cwd: path.join(cwd, 'plans') });
    expect(inRoot).toMatch(/^::error file=b\.yaml,/);
    const nested = { ...finding, file: path.join('plans', 'deep', 'c.yaml') };
    const fromAbove = formatDiagnostics([nested], 'github', { color: false, cwd: path.dirname(cwd) });
    expect(fromAbove).toContain(`file=${path.basename(cwd)}/plans/deep/c.yaml,`);
  });

  it('leaves out a position that is not 1-based', () => {
    const [finding] = sampleDiagnostics();
    const output = formatDiagnostics([{ ...finding, line: 0, column: 0 }], 'github', { color: false, cwd });
    expect(output).toMatch(/^::error file=plans\/b\.yaml,title=dangling-ref::/);
  });

  it('returns an empty string when there is nothing to report', () => {
    expect(formatDiagnostics([], 'github', { color: false, cwd })).toBe('');
  });
});
