import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics, type FormatOptions, type RuleMeta } from '../../src/format/index.js';
import type { Diagnostic } from '../../src/types/diagnostic.js';
import { HOSTILE_MESSAGE, sampleDiagnostics } from './diagnostics.js';
import { sarifErrors } from './report-schemas.js';

const RULES: RuleMeta[] = [
  { code: 'dangling-ref', description: 'References point to defined items', defaultSeverity: 'error' },
  { code: 'missing-kpi', description: 'Outputs have indicators', defaultSeverity: 'warning' },
  { code: 'partial-plan', description: 'The plan is complete', defaultSeverity: 'info' },
  { code: 'noisy', description: 'Off unless asked for', defaultSeverity: 'off' },
];

// Only the fields these tests read; the formatter's output is checked against them after parsing.
interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region?: { startLine: number; startColumn?: number };
    };
  }[];
}

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version?: string;
        informationUri?: string;
        rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[];
      };
    };
    results: SarifResult[];
  }[];
}

function format(options: Partial<FormatOptions> = {}, diagnostics = sampleDiagnostics()): SarifLog {
  const output = formatDiagnostics(diagnostics, 'sarif', { color: false, cwd: process.cwd(), ...options });
  return JSON.parse(output) as SarifLog;
}

describe('sarif format', () => {
  it('is one SARIF 2.1.0 run from the plan driver', () => {
    const log = format({ toolVersion: '1.2.3', rules: RULES });
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver.name).toBe('plan');
    expect(log.runs[0].tool.driver.version).toBe('1.2.3');
    expect(log.runs[0].tool.driver).not.toHaveProperty('informationUri');
  });

  it('lists the rules with their default levels', () => {
    const { rules } = format({ rules: RULES }).runs[0].tool.driver;
    expect(rules.map((rule) => [rule.id, rule.defaultConfiguration.level])).toEqual([
      ['dangling-ref', 'error'],
      ['missing-kpi', 'warning'],
      ['partial-plan', 'note'],
      ['noisy', 'none'],
    ]);
    expect(rules[0].shortDescription.text).toBe('References point to defined items');
  });

  it('gives each result its rule, level, message and location', () => {
    const results = format({ rules: RULES }).runs[0].results;
    expect(results.map((result) => [result.ruleId, result.ruleIndex, result.level])).toEqual([
      ['partial-plan', 2, 'note'],
      ['hostile-text', undefined, 'warning'],
      ['dangling-ref', 0, 'error'],
      ['missing-kpi', 1, 'warning'],
    ]);
    expect(results[1]).not.toHaveProperty('ruleIndex');
    expect(results[1].message.text).toBe(HOSTILE_MESSAGE);
    expect(results[2].message.text).toBe(
      'Outcome O.1 refers to goal G9, which is not defined — hint: define G9 or fix the reference',
    );
    expect(results[2].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'plans/b.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 5 },
    });
  });

  it('writes artifact URIs relative to the root, with forward slashes and encoded segments', () => {
    const [finding] = sampleDiagnostics();
    const odd = { ...finding, file: path.join('plans', 'my plan#1?.yaml') };
    const log = format({ cwd: path.join(process.cwd(), 'plans') }, [odd]);
    const { uri } = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(uri).toBe('my%20plan%231%3F.yaml');
  });

  it('has no driver version or rules to speak of when none are given, and empty results', () => {
    const log = format({}, []);
    expect(log.runs[0].tool.driver).toEqual({ name: 'plan', rules: [] });
    expect(log.runs[0].results).toEqual([]);
  });

  it('describes each rule fully, with a help link to its anchor in the docs', () => {
    const rules: RuleMeta[] = [{ code: 'similar-objectives', description: 'Two objectives are near-duplicates.', fix: 'Merge them.', defaultSeverity: 'warning' }];
    const log = format({ rules, informationUri: 'https://plan-toolkit.dev', rulesHelpUri: 'https://plan-toolkit.dev/docs/checks.md' });
    expect(log.runs[0].tool.driver.informationUri).toBe('https://plan-toolkit.dev');
    expect(log.runs[0].tool.driver.rules[0]).toEqual({
      id: 'similar-objectives',
      shortDescription: { text: 'Two objectives are near-duplicates.' },
      fullDescription: { text: 'Two objectives are near-duplicates. Merge them.' },
      help: { text: 'Merge them.' },
      helpUri: 'https://plan-toolkit.dev/docs/checks.md#similar-objectives',
      defaultConfiguration: { level: 'warning' },
    });
  });

  it('gives a pair its other item as a related location, and suppressed findings their suppressions', () => {
    const log = JSON.parse(formatDiagnostics(pairDiagnostics(), 'sarif', { color: false, cwd: process.cwd(), rules: RULES })) as SarifLog;
    const [external, inline, pair] = log.runs[0].results as unknown as Record<string, any>[];
    expect(pair.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: 'plans/2020-2023/itu-r.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 21, startColumn: 12 } },
        message: { text: '"R.3"' },
      },
    ]);
    expect(pair).not.toHaveProperty('suppressions');
    expect(inline.suppressions).toEqual([
      { kind: 'inSource', justification: 'parallel by design', location: { physicalLocation: { artifactLocation: { uri: 'plans/2020-2023/itu-t.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 25, startColumn: 1 } } } },
    ]);
    expect(external.suppressions[0].kind).toBe('external');
    expect(external.suppressions[0].location.physicalLocation.artifactLocation.uri).toBe('plan-baseline.json');
  });

  it('fingerprints a finding by what it is about, not by its line, and never two alike', () => {
    const fingerprint = (diagnostics: Diagnostic[]) =>
      format({}, diagnostics).runs[0].results.map((result) => (result as unknown as { partialFingerprints: Record<string, string> }).partialFingerprints['planFindingHash/v1']);
    const before = fingerprint(pairDiagnostics());
    const moved = fingerprint(pairDiagnostics().map((diagnostic) => ({ ...diagnostic, line: diagnostic.line + 40 })));
    expect(moved).toEqual(before);
    expect(new Set(before).size).toBe(before.length);
    const [first] = pairDiagnostics();
    const twice = fingerprint([first, { ...first, line: first.line + 9 }]);
    expect(twice[1]).toBe(`${twice[0]}-2`);
    const renamed = fingerprint([{ ...first, file: 'plans/2020-2023/objectives.yaml' }]);
    expect(renamed[0]).not.toBe(before[0]);
  });

  it('validates against the official SARIF 2.1.0 schema, with every field this formatter writes', () => {
    const rules: RuleMeta[] = [...RULES, { code: 'similar-objectives', description: 'Near-duplicates.', fix: 'Merge them.', defaultSeverity: 'warning' }];
    const log = format({ toolVersion: '1.2.3', rules, informationUri: 'https://plan-toolkit.dev', rulesHelpUri: 'https://plan-toolkit.dev/docs/checks.md' }, [...sampleDiagnostics(), ...pairDiagnostics()]);
    expect(sarifErrors(log)).toEqual([]);
    expect(sarifErrors({ ...log, runs: [{ ...log.runs[0], results: [{ ...log.runs[0].results[0], level: 'fatal' }] }] })).not.toEqual([]);
  });
});

/** The R.3/T.4 pair, once open, once suppressed inline, once by the baseline. */
function pairDiagnostics(): Diagnostic[] {
  const pair: Diagnostic = {
    code: 'similar-objectives',
    severity: 'warning',
    message: 'objective "T.4" is similar to "R.3" (similarity 0.81)',
    file: 'plans/2020-2023/itu-t.yaml',
    line: 28,
    column: 12,
    id: 'T.4',
    cycle: '2020-2023',
    args: { other: 'R.3', otherAt: { file: 'plans/2020-2023/itu-r.yaml', line: 21, column: 12 }, score: 0.81 },
  };
  return [
    { ...pair, line: 26, suppression: { kind: 'inSource', justification: 'parallel by design', file: 'plans/2020-2023/itu-t.yaml', line: 25 } },
    pair,
    { ...pair, cycle: '2016-2019', file: 'plans/2016-2019/itu-t.yaml', suppression: { kind: 'external', file: 'plan-baseline.json', line: 3 } },
  ];
}
