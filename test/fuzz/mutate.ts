/**
 * Mutations of a plan file's bytes, the damage real files suffer: flipped bytes, lost and repeated lines,
 * a value of the wrong type, a cut-off file, broken indentation, stray YAML syntax, renamed keys.
 */
import { parseDocument, visit, type Scalar } from 'yaml';
import type { Random } from './random.js';

export interface Mutation {
  name: string;
  apply(bytes: Buffer, random: Random): Buffer;
}

/** Values of every YAML type and then some, to put where the schema wants another. */
const VALUES = [
  '[a, b]', '{x: 1}', '[]', '{}', '42', '-1.5e3', '0x1F', '.inf', '.nan', 'null', '~', 'true', 'no', '""', '"1"', "'x'",
  '2020-01-01', '!!binary aGk=', '!!str 7', '!!map {}', '*a', '&a value', '|', '>-', '\n    - a\n    - b', '\n      x: 1',
  '"\\u0000\\ud800"', '"<script>alert(1)</script>"', "'{{constructor.constructor}}'", `"${'x'.repeat(5000)}"`,
];
const KEYS = ['id', 'goal', 'goals', 'objective', 'primary', 'secondary', 'text', 'title', 'name', 'cycle', 'period', 'measure', 'value', 'source', 'formerly', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '<<', '? x', '"a\\u0000b"', ''];
const TOKENS = ['---\n', '...\n', '%YAML 1.2\n---\n', '&a ', '*a', '!!str ', '!include x ', '<<: *a\n', '? ', ': ', ' - ', '{', '}', '[', ']', '"', "'", '#', '\t', '\r', '\r\n', '\ufeff', '\u0000', '\u2028', '\u0085', '\\', '|-\n', '@', '`', '%'];
/** Values the schema lets through or nearly: odd numbers, odd strings, another item's id. */
const ODD_SCALARS: unknown[] = [
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, 2 ** 53 + 1, -1, 0.1 + 0.2, '', ' ', '\u202eevil', 'a\u200bb',
  'e\u0301', '\ud800', 'x'.repeat(20_000), '🚀', 'constructor', '__proto__', 'toString', null, true, 0, '#', '- x', '"', '\n\n', '\r', '\t',
];
const KEY_VALUE = /^(\s*(?:- )?)([^\s:#][^:#]*?):(?:\s+(.*))?$/;

const lines = (bytes: Buffer): string[] => bytes.toString('latin1').split('\n');
const joined = (list: string[]): Buffer => Buffer.from(list.join('\n'), 'latin1');
const utf8 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

/** A random line index (and the lines), for the line-based mutations. */
function someLine(bytes: Buffer, random: Random): [string[], number] {
  const list = lines(bytes);
  return [list, random.int(0, list.length - 1)];
}

/** The indices of lines with a `key: value` (or `key:`), optionally only those with a value. */
function keyLines(list: string[], withValue: boolean): number[] {
  return list.flatMap((line, index) => {
    const match = KEY_VALUE.exec(line);
    return match && (!withValue || match[3]) ? [index] : [];
  });
}

export const MUTATIONS: Mutation[] = [
  {
    name: 'flip-byte',
    apply(bytes, random) {
      const copy = Buffer.from(bytes);
      for (let count = random.int(1, 4); count > 0 && copy.length > 0; count--) copy[random.int(0, copy.length - 1)] = random.int(0, 255);
      return copy;
    },
  },
  {
    name: 'delete-lines',
    apply(bytes, random) {
      const [list, at] = someLine(bytes, random);
      list.splice(at, random.int(1, 3));
      return joined(list);
    },
  },
  {
    name: 'duplicate-lines',
    apply(bytes, random) {
      const [list, at] = someLine(bytes, random);
      list.splice(at, 0, ...list.slice(at, at + random.int(1, 6)));
      return joined(list);
    },
  },
  {
    name: 'swap-lines',
    apply(bytes, random) {
      const [list, at] = someLine(bytes, random);
      const other = random.int(0, list.length - 1);
      [list[at], list[other]] = [list[other], list[at]];
      return joined(list);
    },
  },
  { name: 'truncate', apply: (bytes, random) => bytes.subarray(0, random.int(0, bytes.length)) },
  {
    name: 'indent',
    apply(bytes, random) {
      const [list, at] = someLine(bytes, random);
      const shift = random.pick([-4, -2, -1, 1, 2, 4]);
      for (let index = at; index < Math.min(list.length, at + random.int(1, 4)); index++) {
        list[index] = shift > 0 ? (random.chance(0.2) ? '\t' : ' '.repeat(shift)) + list[index] : list[index].replace(new RegExp(`^ {0,${-shift}}`), '');
      }
      return joined(list);
    },
  },
  {
    name: 'swap-type',
    apply(bytes, random) {
      const list = lines(bytes);
      const candidates = keyLines(list, false);
      if (candidates.length === 0) return bytes;
      const at = random.pick(candidates);
      const [, prefix, key] = KEY_VALUE.exec(list[at])!;
      list[at] = `${prefix}${key}: ${utf8(random.pick(VALUES))}`;
      return joined(list);
    },
  },
  {
    name: 'swap-list-item',
    apply(bytes, random) {
      const list = lines(bytes);
      const items = list.flatMap((line, index) => (/^\s*- \S/.test(line) ? [index] : []));
      if (items.length === 0) return bytes;
      const at = random.pick(items);
      const value = list[at].replace(/^\s*- /, '');
      list[at] = list[at].replace(/- .*$/, `- ${random.pick([`[${value}]`, `{k: ${value}}`, '12', 'null', '- nested', utf8(random.pick(VALUES))])}`);
      return joined(list);
    },
  },
  {
    name: 'rename-key',
    apply(bytes, random) {
      const list = lines(bytes);
      const candidates = keyLines(list, false);
      if (candidates.length === 0) return bytes;
      const at = random.pick(candidates);
      const [, prefix, , value] = KEY_VALUE.exec(list[at])!;
      list[at] = `${prefix}${random.pick(KEYS)}:${value ? ` ${value}` : ''}`;
      return joined(list);
    },
  },
  {
    name: 'copy-value',
    apply(bytes, random) {
      const list = lines(bytes);
      const candidates = keyLines(list, true);
      if (candidates.length < 2) return bytes;
      const [at, from] = [random.pick(candidates), random.pick(candidates)];
      const [, prefix, key] = KEY_VALUE.exec(list[at])!;
      list[at] = `${prefix}${key}: ${KEY_VALUE.exec(list[from])![3]}`;
      return joined(list);
    },
  },
  {
    // Structure-aware: parse, change one scalar (to an odd value, or to another scalar of the file, such
    // as another item's id), write the YAML back. Reaches the checks, reports and diff with plans that
    // load, where byte damage mostly stops at the parser.
    name: 'change-scalar',
    apply(bytes, random) {
      const document = parseDocument(bytes.toString('utf8'));
      const scalars: Scalar[] = [];
      visit(document, { Scalar: (_key, node) => void scalars.push(node) });
      if (document.errors.length > 0 || scalars.length === 0) return bytes;
      const target = random.pick(scalars);
      target.value = random.chance(0.5) ? random.pick(ODD_SCALARS) : random.pick(scalars).value;
      target.type = undefined;
      try {
        return Buffer.from(document.toString({ lineWidth: 0 }), 'utf8');
      } catch {
        return bytes; // a document the writer refuses (an alias before its anchor): left as it was
      }
    },
  },
  {
    name: 'insert-token',
    apply(bytes, random) {
      const at = random.int(0, bytes.length);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(random.pick(TOKENS), 'utf8'), bytes.subarray(at)]);
    },
  },
];

/** Applies one to three random mutations; returns the bytes and the names of the mutations applied. */
export function mutate(bytes: Buffer, random: Random): { bytes: Buffer; applied: string[] } {
  let result = bytes;
  const applied: string[] = [];
  for (let count = random.int(1, 3); count > 0; count--) {
    const mutation = random.pick(MUTATIONS);
    result = mutation.apply(result, random);
    applied.push(mutation.name);
  }
  return { bytes: result, applied };
}
