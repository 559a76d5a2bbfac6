import { FAILSAFE_SCHEMA, Type, type Schema } from 'js-yaml';

/**
 * Plan files are YAML 1.2, and their plain scalars are resolved by the 1.2 core schema, whichever reader
 * reads the file. js-yaml's CORE_SCHEMA differs from the spec (it reads `0b101` and `+0x1` as numbers and
 * `+.5` as a string) and the `yaml` package would switch to YAML 1.1 (`yes` is true, `012` is 10) on a
 * `%YAML 1.1` directive, so js-yaml is given this schema and `yaml` is held to its own `core` schema.
 */
const PATTERNS = {
  null: /^(?:~|null|Null|NULL)?$/,
  bool: /^(?:true|True|TRUE|false|False|FALSE)$/,
  decimal: /^[-+]?[0-9]+$/,
  octal: /^0o[0-7]+$/,
  hexadecimal: /^0x[0-9a-fA-F]+$/,
  float: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
  special: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
};

function toInteger(text: string): number {
  if (PATTERNS.octal.test(text)) return parseInt(text.slice(2), 8);
  if (PATTERNS.hexadecimal.test(text)) return parseInt(text.slice(2), 16);
  return parseInt(text, 10);
}

function toFloat(text: string): number {
  if (!PATTERNS.special.test(text)) return parseFloat(text);
  if (text.endsWith('nan') || text.endsWith('NaN') || text.endsWith('NAN')) return NaN;
  return text.startsWith('-') ? -Infinity : Infinity;
}

const scalar = (tag: string, test: (text: string) => boolean, construct: (text: string) => unknown): Type =>
  new Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (text: string | null) => test(text ?? ''), construct: (text: string | null) => construct(text ?? '') });

/** js-yaml's schema for plan files: the YAML 1.2 core schema, as the spec writes it. */
export const YAML_12_CORE: Schema = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', (text) => PATTERNS.null.test(text), () => null),
    scalar('bool', (text) => PATTERNS.bool.test(text), (text) => text[0] === 't' || text[0] === 'T'),
    scalar('int', (text) => PATTERNS.decimal.test(text) || PATTERNS.octal.test(text) || PATTERNS.hexadecimal.test(text), toInteger),
    scalar('float', (text) => PATTERNS.float.test(text) || PATTERNS.special.test(text), toFloat),
  ],
});

/** The `yaml` package's options that hold it to the same schema (a `%YAML 1.1` directive does not change it). */
export const YAML_PACKAGE_SCHEMA = { schema: 'core', version: '1.2' } as const;
