import type { Diagnostic, SeveritySetting } from '../types/diagnostic.js';
import { isPosition, messageWithHint, sortDiagnostics } from './diagnostic-list.js';
import type { FormatOptions, RuleMeta } from './options.js';
import { toRepositoryPath } from './paths.js';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVELS: Record<SeveritySetting, SarifLevel> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  off: 'none',
};

/** A URI reference: each path segment percent-encoded, so spaces, `#` and `?` stay part of the path. */
function toArtifactUri(file: string, root: string | undefined): string {
  return toRepositoryPath(file, root).split('/').map(encodeURIComponent).join('/');
}

function toRuleDescriptor(rule: RuleMeta) {
  return {
    id: rule.code,
    shortDescription: { text: rule.description },
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
  };
}

function toRegion(diagnostic: Diagnostic) {
  if (!isPosition(diagnostic.line)) return undefined;
  return {
    startLine: diagnostic.line,
    startColumn: isPosition(diagnostic.column) ? diagnostic.column : undefined,
  };
}

function toResult(diagnostic: Diagnostic, ruleIndex: number | undefined, root: string | undefined) {
  return {
    ruleId: diagnostic.code,
    ruleIndex,
    level: LEVELS[diagnostic.severity],
    message: { text: messageWithHint(diagnostic) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toArtifactUri(diagnostic.file, root), uriBaseId: '%SRCROOT%' },
          region: toRegion(diagnostic),
        },
      },
    ],
  };
}

/** SARIF 2.1.0, one run, as GitHub code scanning accepts it. Undefined fields drop out of the JSON. */
export function formatSarif(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const rules = options.rules ?? [];
  const ruleIndexes = new Map<string, number>();
  rules.forEach((rule, index) => {
    if (!ruleIndexes.has(rule.code)) ruleIndexes.set(rule.code, index);
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'plan', version: options.toolVersion, rules: rules.map(toRuleDescriptor) },
        },
        results: sortDiagnostics(diagnostics).map((diagnostic) =>
          toResult(diagnostic, ruleIndexes.get(diagnostic.code), options.cwd),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
