import type { Diagnostic } from '../types/diagnostic.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import type { FormatOptions } from './options.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export type { FormatOptions, RuleMeta } from './options.js';

export type FormatName = 'stylish' | 'json' | 'github' | 'sarif' | 'junit' | 'gitlab';

/** A formatter is pure: findings in, text out. Only the CLI writes it anywhere. */
type Formatter = (diagnostics: readonly Diagnostic[], options: FormatOptions) => string;

const FORMATTERS: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
  junit: formatJunit,
  gitlab: formatGitlab,
};

export const FORMAT_NAMES: readonly FormatName[] = ['stylish', 'json', 'github', 'sarif', 'junit', 'gitlab'];

export function isFormatName(value: string): value is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(value);
}

export function formatDiagnostics(
  diagnostics: Diagnostic[],
  format: FormatName,
  options: FormatOptions,
): string {
  return FORMATTERS[format](diagnostics, options);
}
