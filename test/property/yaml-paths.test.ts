/**
 * Every YAML reader reads the same data: plain block YAML goes through the block reader, what it declines
 * through js-yaml, a file with an anchor (or any error) through the `yaml` package, and all must resolve
 * every plain scalar by the YAML 1.2 core schema (docs/format.md). The same generated documents go
 * through each reader (the block reader and js-yaml called directly, the `yaml` package forced by an
 * anchor on the document) and must give the same data.
 */
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readBlockYaml } from '../../src/load/block-yaml.js';
import { parseYamlFile, type ParsedFile } from '../../src/load/parse-yaml.js';
import { YAML_12_CORE } from '../../src/load/yaml-core.js';
import { PROPERTY_TIMEOUT_MS, propertyOptions } from '../fuzz/settings.js';

/** Pieces of numbers, nulls, booleans, infinities and dates, in YAML 1.1 and 1.2 spellings alike. */
const PIECES = ['0', '1', '7', '9', '12', 'a', 'F', 'e', 'E', '.', '+', '-', '_', '0b', '0o', '0x', '0X', ':', 'inf', 'Inf', 'INF', 'nan', 'NaN', 'null', 'Null', 'NULL', 'nUll', '~', 'true', 'True', 'TRUE', 'false', 'yes', 'No', 'on', 'OFF', 'y', '2001-12-14', 't21:59:43.10-05:00', 'Z'];
const SPELLINGS = ['0b101', '0o17', '0x1F', '012', '09', '1:30', '190:20:30', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'yes', 'no', 'on', 'off', '~', 'null', '', '+1', '-0', '1_000', '.5', '+.5', '-.5e-2', '1e3', '1.', '+0x1', '2001-12-14', '2001-12-14 21:59:43.10 -5', '<<', '=', '0o8', '99999999999999999999'];

const plainScalar = fc.oneof(
  fc.constantFrom(...SPELLINGS),
  fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join('')),
);

/** A document: the scalars as block values, as flow items, as block items and as keys. */
const documents = fc.array(plainScalar, { minLength: 1, maxLength: 12 }).map((scalars) =>
  [
    ...scalars.map((scalar, index) => `k${index}: ${scalar}`),
    `flow: [${scalars.filter((scalar) => scalar !== '').join(', ')}]`,
    'block:',
    ...scalars.map((scalar) => `  - ${scalar}`),
    'keys:',
    ...scalars.map((scalar, index) => `  ${scalar === '' ? '""' : scalar}: ${index}`),
  ].join('\n') + '\n',
);

const parse = (text: string): ParsedFile => parseYamlFile('doc.yaml', new TextEncoder().encode(text));
/** The same data, through the `yaml` package: an anchor on the document's root sends it there. */
const parseFully = (text: string): ParsedFile => parse(`--- &root\n${text}`);

const outcome = (parsed: ParsedFile) => ({ data: parsed.data, findings: parsed.findings.map((finding) => finding.code) });

describe('the YAML readers agree', () => {
  it(
    'on every plain scalar, as a value, a flow item, a list item and a key',
    () => {
      let readByBlockReader = 0;
      fc.assert(
        fc.property(documents, (text) => {
          const plain = parse(text);
          const full = parseFully(text);
          expect(full.document).toBeDefined();
          expect(outcome(plain)).toEqual(outcome(full));
          if (full.data === undefined || full.findings.length > 0) return;
          // each reader on its own: the block reader may decline a document, js-yaml may not
          const block = readBlockYaml(text);
          if (block) readByBlockReader++;
          if (block) expect(block.data).toEqual(full.data);
          expect(load(text, { schema: YAML_12_CORE })).toEqual(full.data);
        }),
        propertyOptions(),
      );
      // the block reader takes most of these documents; it is not let off by declining them all
      expect(readByBlockReader).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('and read the spellings by YAML 1.2 core, whatever the reader', () => {
    const text = SPELLINGS.map((scalar, index) => `k${index}: ${scalar}`).join('\n');
    const expected = [5, 15, 31, 12, 9, '1:30', '190:20:30', Infinity, -Infinity, Infinity, NaN, NaN, 'yes', 'no', 'on', 'off', null, null, null, 1, -0, '1_000', 0.5, 0.5, -0.005, 1000, 1, '+0x1', '2001-12-14', '2001-12-14 21:59:43.10 -5', '<<', '=', '0o8', 1e20];
    expected[0] = '0b101';
    const block = readBlockYaml(text);
    expect(block).toBeDefined();
    for (const data of [block?.data, load(text, { schema: YAML_12_CORE }), parseFully(text).data, parse(`%YAML 1.1\n---\n${text}`).data]) {
      expect(Object.values(data as object)).toEqual(expected);
    }
  });
});
