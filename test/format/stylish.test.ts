import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/format/index.js';
import { sampleDiagnostics } from './diagnostics.js';

const ANSI = /\u001b\[\d+m/;

describe('stylish format', () => {
  it('groups findings by file, in order, with a summary, wrapped to 80 columns under the message', () => {
    const output = formatDiagnostics(sampleDiagnostics(), 'stylish', { color: false });
    // line breaks become spaces and control characters visible, so a message cannot move the cursor
    expect(output).toBe(
      [
        'plans/a.yaml',
        '  1:1   info     this plan is partial  partial-plan',
        `  3:17  warning  100% done: a, b next <script>alert("x")</script> & 'quoted'`,
        '                 end\\u0007\\u001b[31m  hostile-text',
        '',
        'plans/b.yaml',
        '   12:5  error    Outcome O.1 refers to goal G9, which is not defined',
        '                  dangling-ref',
        '                  hint: define G9 or fix the reference',
        '  101:3  warning  output has no indicator (OUT.4)  missing-kpi',
        '',
        '✖ 4 problems (1 error, 2 warnings, 1 info)',
        '',
      ].join('\n'),
    );
  });

  it('fits every line into the width, however long the message, and pads no line', () => {
    const [first] = sampleDiagnostics();
    const long = { ...first, message: `goal "3" (${'Manage the challenges resulting from telecommunication/ICT development '.repeat(3)}) has no target` };
    for (const width of [80, 60]) {
      const lines = formatDiagnostics([long, first], 'stylish', { color: false, width }).split('\n');
      expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(width);
      expect(lines.filter((line) => line.endsWith(' '))).toEqual([]);
    }
  });

  it('says in one line that a clean run is clean, when it knows how many plans were checked', () => {
    expect(formatDiagnostics([], 'stylish', { color: false, checkedPlans: 4 })).toBe('✔ 4 plans checked, no problems\n');
    expect(formatDiagnostics([], 'stylish', { color: false, checkedPlans: 1 })).toBe('✔ 1 plan checked, no problems\n');
  });

  it('has no escape codes with colour off, even for a message that carries them', () => {
    const output = formatDiagnostics(sampleDiagnostics(), 'stylish', { color: false });
    expect(output).not.toMatch(ANSI);
    expect(output).not.toContain('\u001b');
    expect(output).not.toContain('\u0007');
  });

  it('colours file, severities, code and summary with colour on', () => {
    const output = formatDiagnostics(sampleDiagnostics(), 'stylish', { color: true });
    expect(output).toContain('\u001b[4mplans/a.yaml\u001b[24m');
    expect(output).toContain('\u001b[31merror\u001b[39m');
    expect(output).toContain('\u001b[33mwarning\u001b[39m');
    expect(output).toContain('\u001b[34minfo\u001b[39m');
    expect(output).toContain('\u001b[2mdangling-ref\u001b[22m');
    expect(output.replace(/\u001b\[\d+m/g, '')).toBe(formatDiagnostics(sampleDiagnostics(), 'stylish', { color: false }));
  });

  it('uses singular nouns for one of a kind', () => {
    const [error] = sampleDiagnostics();
    const output = formatDiagnostics([error], 'stylish', { color: false });
    expect(output.trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (1 error, 0 warnings, 0 infos)');
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatDiagnostics([], 'stylish', { color: false })).toBe('');
    expect(formatDiagnostics([], 'stylish', { color: true })).toBe('');
  });

  it('lists no suppressed finding, but counts them by where they are suppressed', () => {
    const [error, warning, ...rest] = sampleDiagnostics();
    const inline = { ...warning, suppression: { kind: 'inSource' as const, justification: 'on purpose', file: warning.file, line: 2 } };
    const baseline = { ...error, suppression: { kind: 'external' as const, file: 'plan-baseline.json', line: 3 } };
    const output = formatDiagnostics([inline, baseline, ...rest], 'stylish', { color: false });
    expect(output).not.toContain('hostile-text');
    expect(output).not.toContain('dangling-ref');
    expect(output.trimEnd().split('\n').slice(-2)).toEqual(['✖ 2 problems (0 errors, 1 warning, 1 info)', '2 suppressed (1 by the baseline, 1 by plan-ignore comments)']);
    expect(formatDiagnostics([baseline], 'stylish', { color: false })).toBe('1 suppressed (1 by the baseline, 0 by plan-ignore comments)\n');
  });
});

