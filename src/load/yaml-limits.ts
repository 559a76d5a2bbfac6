import type { Document, LineCounter } from 'yaml';
import type { Finding } from '../types/finding.js';
import { findAliasOverflow } from './yaml-aliases.js';
import { findTooDeep, MAX_NESTING } from './yaml-depth.js';

/**
 * The limits a YAML file is held to before its data are made, each a `yaml-syntax` finding that says
 * which limit and by how much (docs/design.md, "Limits"): nesting, from the text before any parser sees
 * it; what aliases expand to, from the `yaml` document before it becomes data.
 */
export function checkYamlLimits(file: string, text: string): Finding | undefined {
  const deep = findTooDeep(text);
  if (!deep) return undefined;
  return { code: 'yaml-syntax', file, line: deep.line, column: deep.column, args: { yamlCode: 'NESTING_LIMIT', limit: MAX_NESTING } };
}

/** js-yaml is allowed twice the depth: should it still refuse a file, the text is past the limit in any count. */
export const JS_YAML_MAX_DEPTH = 2 * MAX_NESTING;

/** js-yaml's refusal of a file nested past JS_YAML_MAX_DEPTH, as the finding the scan would have given. */
export function nestingRefused(file: string, error: unknown): Finding | undefined {
  const mark = (error as { reason?: string; mark?: { line: number; column: number } } | undefined) ?? {};
  if (!mark.reason?.includes('maxDepth') || !mark.mark) return undefined;
  return { code: 'yaml-syntax', file, line: mark.mark.line + 1, column: mark.mark.column + 1, args: { yamlCode: 'NESTING_LIMIT', limit: MAX_NESTING } };
}

export function checkAliasLimits(file: string, document: Document.Parsed, lineCounter: LineCounter): Finding | undefined {
  const overflow = findAliasOverflow(document);
  if (!overflow) return undefined;
  const at = lineCounter.linePos(overflow.offset);
  const { copied, limit } = overflow;
  const what = copied.nodes > limit.nodes ? { measure: 'nodes', copied: copied.nodes, limit: limit.nodes } : { measure: 'characters', copied: copied.characters, limit: limit.characters };
  return { code: 'yaml-syntax', file, line: at.line, column: at.col, args: { yamlCode: 'ALIAS_EXPANSION', ...what } };
}
