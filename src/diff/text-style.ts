import type { ChalkInstance } from 'chalk';
import type { ChangeKind } from './types.js';

/** The colour of each kind of change on a terminal. */
export const KIND_COLORS: Record<ChangeKind, 'dim' | 'yellow' | 'magenta' | 'green' | 'red' | 'cyan'> = {
  same: 'dim',
  changed: 'yellow',
  renumbered: 'yellow',
  renamed: 'yellow',
  split: 'magenta',
  merged: 'magenta',
  added: 'green',
  removed: 'red',
  unknown: 'cyan',
};

export function paint(kind: ChangeKind, text: string, chalk: ChalkInstance): string {
  return chalk[KIND_COLORS[kind]](text);
}

/** Plan text cannot send escape sequences to the terminal: control characters show as `\uXXXX`, line breaks as spaces. */
export { oneLine as safe } from '../text/control-characters.js';
