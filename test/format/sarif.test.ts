import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics, type FormatOptions, type RuleMeta } from '../../src/format/index.js';
import { HOSTILE_MESSAGE, sampleDiagnostics } from './diagnostics.js';

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
});
