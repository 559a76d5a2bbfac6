import type { Diagnostic, Severity } from '../types/diagnostic.js';
import { isPosition, messageWithHint, partitionSuppressed, sortDiagnostics } from './diagnostic-list.js';
import { fingerprintsOf } from './fingerprint.js';
import type { FormatOptions } from './options.js';
import { toRepositoryPath } from './paths.js';

/** GitLab's severities run info, minor, major, critical, blocker; a plan error blocks no deployment. */
const SEVERITIES: Record<Severity, 'info' | 'minor' | 'major'> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * GitLab Code Quality JSON (a `codequality` report artifact): one entry per open finding, so that merge
 * requests show what a change adds or fixes. Suppressed findings are left out: GitLab has no notion of them.
 */
export function formatGitlab(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const open = sortDiagnostics(partitionSuppressed(diagnostics).open);
  const fingerprints = fingerprintsOf(open, options.cwd);
  const issues = open.map((diagnostic, index) => ({
    description: messageWithHint(diagnostic),
    check_name: diagnostic.code,
    fingerprint: fingerprints[index],
    severity: SEVERITIES[diagnostic.severity],
    location: {
      path: toRepositoryPath(diagnostic.file, options.cwd),
      lines: { begin: isPosition(diagnostic.line) ? diagnostic.line : 1 },
    },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}
