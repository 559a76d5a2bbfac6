import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/format/index.js';
import { HOSTILE_MESSAGE, sampleDiagnostics } from './diagnostics.js';
import { gitlabErrors } from './report-schemas.js';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

function gitlab(diagnostics = sampleDiagnostics()): Issue[] {
  const output = formatDiagnostics(diagnostics, 'gitlab', { color: false, cwd: process.cwd() });
  expect(output.charCodeAt(0)).not.toBe(0xfeff); // GitLab's parser refuses a byte order mark
  return JSON.parse(output) as Issue[];
}

describe('gitlab format', () => {
  it('is a GitLab Code Quality report: one issue per finding, in order', () => {
    const issues = gitlab();
    expect(gitlabErrors(issues)).toEqual([]);
    expect(issues.map((issue) => [issue.check_name, issue.severity, issue.location.path, issue.location.lines.begin])).toEqual([
      ['partial-plan', 'info', 'plans/a.yaml', 1],
      ['hostile-text', 'minor', 'plans/a.yaml', 3],
      ['dangling-ref', 'major', 'plans/b.yaml', 12],
      ['missing-kpi', 'minor', 'plans/b.yaml', 101],
    ]);
    expect(issues[1].description).toBe(HOSTILE_MESSAGE);
    expect(issues[2].description).toBe('Outcome O.1 refers to goal G9, which is not defined — hint: define G9 or fix the reference');
  });

  it('gives each issue its own fingerprint, the same when lines move', () => {
    const issues = gitlab();
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
    const moved = gitlab(sampleDiagnostics().map((diagnostic) => ({ ...diagnostic, line: diagnostic.line + 5 })));
    expect(moved.map((issue) => issue.fingerprint)).toEqual(issues.map((issue) => issue.fingerprint));
  });

  it('leaves suppressed findings out, and starts a finding without a position at line 1', () => {
    const [error, warning] = sampleDiagnostics();
    const issues = gitlab([{ ...error, suppression: { kind: 'external', file: 'plan-baseline.json', line: 3 } }, { ...warning, line: 0 }]);
    expect(issues.map((issue) => [issue.check_name, issue.location.lines.begin])).toEqual([['hostile-text', 1]]);
    expect(gitlabErrors(issues)).toEqual([]);
  });

  it('is an empty array when there is nothing to report', () => {
    expect(gitlab([])).toEqual([]);
  });

  it('is checked by a schema that refuses what GitLab refuses', () => {
    const [issue] = gitlab();
    expect(gitlabErrors([{ ...issue, severity: 'warning' }])).not.toEqual([]);
    expect(gitlabErrors([{ ...issue, location: { path: 'a.yaml', lines: { begin: '3' } } }])).not.toEqual([]);
    expect(gitlabErrors({ issues: [issue] })).not.toEqual([]);
  });
});
