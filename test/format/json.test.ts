import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/format/index.js';
import type { Diagnostic } from '../../src/types/diagnostic.js';
import { HOSTILE_MESSAGE, sampleDiagnostics } from './diagnostics.js';

interface JsonReport {
  diagnostics: Diagnostic[];
  suppressed: Diagnostic[];
  summary: { errors: number; warnings: number; infos: number; suppressed: number };
}

function parse(output: string): JsonReport {
  return JSON.parse(output) as JsonReport;
}

describe('json format', () => {
  it('sorts by file, line, column and code and counts each severity', () => {
    const output = formatDiagnostics(sampleDiagnostics(), 'json', { color: false });
    expect(output.endsWith('}\n')).toBe(true);
    const report = parse(output);
    expect(report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}:${d.code}`)).toEqual([
      'plans/a.yaml:1:1:partial-plan',
      'plans/a.yaml:3:17:hostile-text',
      'plans/b.yaml:12:5:dangling-ref',
      'plans/b.yaml:101:3:missing-kpi',
    ]);
    expect(report.summary).toEqual({ errors: 1, warnings: 2, infos: 1, suppressed: 0 });
  });

  it('keeps every field, hostile text included, exactly', () => {
    const report = parse(formatDiagnostics(sampleDiagnostics(), 'json', { color: false }));
    expect(report.diagnostics[1].message).toBe(HOSTILE_MESSAGE);
    expect(report.diagnostics[2]).toEqual(sampleDiagnostics()[0]);
  });

  it('is a stable sort and leaves its input alone', () => {
    const base = sampleDiagnostics()[0];
    const input = [
      { ...base, code: 'b', message: 'first b' },
      { ...base, code: 'a' },
      { ...base, code: 'b', message: 'second b' },
    ];
    const report = parse(formatDiagnostics(input, 'json', { color: false }));
    expect(report.diagnostics.map((d) => d.message.slice(0, 8))).toEqual(['Outcome ', 'first b', 'second b']);
    expect(input[0].message).toBe('first b');
  });

  it('reports an empty list with zero counts', () => {
    const output = formatDiagnostics([], 'json', { color: false });
    expect(parse(output)).toEqual({ diagnostics: [], suppressed: [], summary: { errors: 0, warnings: 0, infos: 0, suppressed: 0 } });
  });

  it('lists suppressed findings apart, with their suppression, and counts them but not as problems', () => {
    const [error, warning, ...rest] = sampleDiagnostics();
    const suppression = { kind: 'external' as const, file: 'plan-baseline.json', line: 4 };
    const report = parse(formatDiagnostics([{ ...error, suppression }, warning, ...rest], 'json', { color: false }));
    expect(report.suppressed).toEqual([{ ...error, suppression }]);
    expect(report.diagnostics.map((d) => d.code)).not.toContain('dangling-ref');
    expect(report.summary).toEqual({ errors: 0, warnings: 2, infos: 1, suppressed: 1 });
  });
});
