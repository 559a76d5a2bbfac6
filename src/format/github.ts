import { escapeControl } from '../text/control-characters.js';
import type { Diagnostic, Severity } from '../types/diagnostic.js';
import { isPosition, messageWithHint, partitionSuppressed, sortDiagnostics } from './diagnostic-list.js';
import type { FormatOptions } from './options.js';
import { toRepositoryPath } from './paths.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * The escaping rules of @actions/core (toolkit/packages/core/src/command.ts) for `%`, CR and LF, so that a
 * text cannot end the command and forge another; any other control character (ESC, BEL) is made visible,
 * since the runner shows the text in a log that interprets escape sequences.
 */
export function escapeData(value: string): string {
  return escapeControl(value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'), { lineBreaks: 'keep' });
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function formatCommand(diagnostic: Diagnostic, root: string | undefined): string {
  const properties = [`file=${escapeProperty(toRepositoryPath(diagnostic.file, root))}`];
  if (isPosition(diagnostic.line)) {
    properties.push(`line=${diagnostic.line}`);
    if (isPosition(diagnostic.column)) properties.push(`col=${diagnostic.column}`);
  }
  properties.push(`title=${escapeProperty(diagnostic.code)}`);
  const command = COMMANDS[diagnostic.severity];
  return `::${command} ${properties.join(',')}::${escapeData(messageWithHint(diagnostic))}\n`;
}

/** GitHub Actions workflow commands, which the runner turns into annotations on the files; suppressed findings are not annotated. */
export function formatGithub(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  return sortDiagnostics(partitionSuppressed(diagnostics).open)
    .map((diagnostic) => formatCommand(diagnostic, options.cwd))
    .join('');
}
