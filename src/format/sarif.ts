import type { Diagnostic, SeveritySetting } from '../types/diagnostic.js';
import { isPosition, messageWithHint, sortDiagnostics } from './diagnostic-list.js';
import { fingerprintsOf } from './fingerprint.js';
import type { FormatOptions, RuleMeta } from './options.js';
import { toRepositoryPath } from './paths.js';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVELS: Record<SeveritySetting, SarifLevel> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  off: 'none',
};

/** The key of our fingerprint in `partialFingerprints`; the version changes if what it hashes does. */
export const FINGERPRINT_KEY = 'planFindingHash/v1';

/** A URI reference: each path segment percent-encoded, so spaces, `#` and `?` stay part of the path. */
function toArtifactUri(file: string, root: string | undefined): string {
  return toRepositoryPath(file, root).split('/').map(encodeURIComponent).join('/');
}

function toRuleDescriptor(rule: RuleMeta, helpPage: string | undefined) {
  return {
    id: rule.code,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.fix === undefined ? rule.description : `${rule.description} ${rule.fix}` },
    help: rule.fix === undefined ? undefined : { text: rule.fix },
    helpUri: helpPage === undefined ? undefined : `${helpPage}#${rule.code}`,
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
  };
}

function toPhysicalLocation(file: string, line: number, column: number, root: string | undefined) {
  return {
    artifactLocation: { uri: toArtifactUri(file, root), uriBaseId: '%SRCROOT%' },
    region: isPosition(line) ? { startLine: line, startColumn: isPosition(column) ? column : undefined } : undefined,
  };
}

/** The other item of a pair (or the first of a duplicated id), or every other copy of a group, where the finding knows it. */
function toRelatedLocations(diagnostic: Diagnostic, root: string | undefined) {
  const args = diagnostic.args ?? {};
  if (Array.isArray(args.othersAt) && Array.isArray(args.others) && args.others.length > 1) return groupLocations(args.others, args.othersAt, root);
  const otherAt = args.otherAt as { file?: unknown; line?: unknown; column?: unknown } | undefined;
  const at = otherAt ?? { file: args.firstFile, line: args.firstLine, column: 1 };
  if (typeof at.file !== 'string' || typeof at.line !== 'number') return undefined;
  const name = args.other === undefined ? diagnostic.id : args.other;
  return [
    {
      id: 1,
      physicalLocation: toPhysicalLocation(at.file, at.line, typeof at.column === 'number' ? at.column : 1, root),
      message: { text: name === undefined ? 'the other occurrence' : `"${String(name)}"` },
    },
  ];
}

function groupLocations(ids: unknown[], places: { file?: unknown; line?: unknown; column?: unknown }[], root: string | undefined) {
  return places.flatMap((at, index) =>
    typeof at.file === 'string' && typeof at.line === 'number'
      ? [{ id: index + 1, physicalLocation: toPhysicalLocation(at.file, at.line, typeof at.column === 'number' ? at.column : 1, root), message: { text: `"${String(ids[index])}"` } }]
      : [],
  );
}

function toSuppressions(diagnostic: Diagnostic, root: string | undefined) {
  const suppression = diagnostic.suppression;
  if (!suppression) return undefined;
  return [
    {
      kind: suppression.kind,
      justification: suppression.justification,
      location: { physicalLocation: toPhysicalLocation(suppression.file, suppression.line, 1, root) },
    },
  ];
}

function toResult(diagnostic: Diagnostic, ruleIndex: number | undefined, fingerprint: string, root: string | undefined) {
  return {
    ruleId: diagnostic.code,
    ruleIndex,
    level: LEVELS[diagnostic.severity],
    message: { text: messageWithHint(diagnostic) },
    locations: [{ physicalLocation: toPhysicalLocation(diagnostic.file, diagnostic.line, diagnostic.column, root) }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    relatedLocations: toRelatedLocations(diagnostic, root),
    suppressions: toSuppressions(diagnostic, root),
  };
}

/**
 * SARIF 2.1.0, one run, as GitHub code scanning accepts it. Suppressed findings are results with
 * `suppressions` (kind `inSource` for a plan-ignore comment, `external` for the baseline). Undefined
 * fields drop out of the JSON.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const rules = options.rules ?? [];
  const ruleIndexes = new Map<string, number>();
  rules.forEach((rule, index) => {
    if (!ruleIndexes.has(rule.code)) ruleIndexes.set(rule.code, index);
  });
  const sorted = sortDiagnostics(diagnostics);
  const fingerprints = fingerprintsOf(sorted, options.cwd);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plan',
            version: options.toolVersion,
            informationUri: options.informationUri,
            rules: rules.map((rule) => toRuleDescriptor(rule, options.rulesHelpUri)),
          },
        },
        results: sorted.map((diagnostic, index) => toResult(diagnostic, ruleIndexes.get(diagnostic.code), fingerprints[index], options.cwd)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
