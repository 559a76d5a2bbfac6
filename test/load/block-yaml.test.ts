/**
 * The fast reader of plain block YAML (src/load/block-yaml.ts) against js-yaml, whose place it takes for
 * most files: on every YAML file of the repository, on thousands of damaged copies of the bundled plans and
 * on the odd corners of YAML, it reads exactly what js-yaml reads, or declines (undefined) and leaves the
 * file to the general parser. It must never read what js-yaml refuses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readBlockYaml } from '../../src/load/block-yaml.js';
import { YAML_12_CORE } from '../../src/load/yaml-core.js';
import { MUTATIONS } from '../fuzz/mutate.js';
import { Random } from '../fuzz/random.js';

/** What js-yaml gives for a text, or 'refused'. */
function reference(text: string): unknown {
  try {
    return load(text, { schema: YAML_12_CORE });
  } catch {
    return 'refused';
  }
}

/** The reader's data, or 'declined'. */
const read = (text: string): unknown => readBlockYaml(text)?.data ?? 'declined';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const texts = (files: string[]) =>
  files.flatMap((file) => {
    try {
      return [{ file, text: decoder.decode(readFileSync(file)) }];
    } catch {
      return [];
    }
  });

describe('readBlockYaml', () => {
  it('reads every bundled plan file itself, as js-yaml reads it', () => {
    for (const { file, text } of texts(yamlFiles('plans'))) {
      expect(read(text), file).not.toBe('declined');
      expect(read(text), file).toEqual(reference(text));
    }
  });

  it('reads every fixture as js-yaml does, or declines it', () => {
    const all = texts(yamlFiles('test/fixtures'));
    expect(all.length).toBeGreaterThan(100);
    for (const { file, text } of all) {
      const data = read(text);
      if (data !== 'declined') expect(data, file).toEqual(reference(text));
    }
  });

  it('reads damaged copies of the bundled plans as js-yaml does, or declines them', () => {
    const random = new Random(15);
    const originals = texts(yamlFiles('plans'));
    let compared = 0;
    for (let run = 0; run < 1200; run++) {
      const { text } = random.pick(originals);
      const mutation = random.pick(MUTATIONS);
      const damaged = mutation.apply(Buffer.from(text, 'utf8'), random).toString('utf8');
      const data = read(damaged);
      if (data === 'declined') continue;
      compared++;
      expect(data, `${mutation.name} #${run}`).toEqual(reference(damaged));
    }
    expect(compared).toBeGreaterThan(400);
  });

  it.each([
    ['scalars', 'a: plain text\nb: "double \\"quoted\\" \\u00e9"\nc: \'single \'\'quoted\'\'\'\nd: 2020-2023\ne: 1.4\nf: 0x1F\ng: ~\nh: null\ni: True\nj: -12\nk: 1e3\nl: .inf\nm: 9.C\nn: 1_000\n'],
    ['comments', '# head\na: value # trailing\nb: "x" # after a quote\nc: a#b\n\n   # indented comment\nd: [1, 2] # after a flow\n'],
    ['block lists', 'goals:\n- id: "1"\n  name: Growth\n- id: "2"\n  name: x\nnotes:\n  - a\n  -\n  - c\n'],
    ['nested', 'objectives:\n  - id: R.1\n    goals:\n      primary: ["1", "2"]\n      secondary: []\n    measure: {value: 5, unit: "%", by: 2023}\n'],
    ['block scalars', 'a: >-\n  folded\n  text\n\n  para\nb: |\n  literal\n    indented\n\nd: >\n  clip\ne: x\n'],
    ['odd keys', '1.0: a\n~: b\ntrue: c\n"quoted key": d\n\'single\': e\nkey with spaces : f\n'],
    ['prototype keys', '__proto__: {polluted: true}\nconstructor: x\nlist:\n  - __proto__: y\n'],
    ['CRLF', 'a: 1\r\nb:\r\n  - x\r\n  - "y"\r\n'],
    ['document start', '---\na: 1\n'],
    ['flow', 'a: [ "x", y z, 3, {k: v, "q": [1]} ]\nb: {}\nc: []\nd: [a, b, ]\n'],
  ])('reads %s as js-yaml does', (_name, text) => {
    const data = read(text);
    expect(data).not.toBe('declined');
    expect(data).toEqual(reference(text));
  });

  it.each([
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a merge key', 'base: {x: 1}\nitem:\n  <<: {x: 1}\n'],
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a multi-line quoted scalar', 'a: "one\n  two"\n'],
    ['a multi-line flow collection', 'a: [1,\n  2]\n'],
    ['a tab in the indentation', 'a:\n\t- x\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a YAML-only escape', 'a: "\\x41"\n'],
    ['a key with a colon in its value', 'a: b: c\n'],
    ['a top-level list', '- a\n- b\n'],
    ['an indentation indicator', 'a: |2\n   x\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['kept final line breaks, at the end of the file', 'a: |+\n  x\n'],
    ['kept final line breaks, before a key', 'c: |+\n  kept\n\n\nd: x\n'],
    ['a dash and a tab', 'key: -\tx\n'],
    ['a document marker starting a line', 'a: 1\n--- x: 2\n'],
    ['a document end marker', 'a: 1\n...\n'],
  ])('declines %s (js-yaml then reads it, or reports it)', (_name, text) => {
    expect(read(text)).toBe('declined');
  });

  it('outlines where each top-level key and each item of a top-level list starts', () => {
    const { outline } = readBlockYaml('# c\ncycle: x\ngoals:\n  - id: "1"\n\n  - id: "2"\n    name: y\nperiod: {start: 1, end: 2}\n')!;
    expect([...outline.keys]).toEqual([['cycle', 1], ['goals', 2], ['period', 7]]);
    expect([...outline.items].map(([key, lines]) => [key, [...lines]])).toEqual([['goals', [3, 5]]]);
  });
});
