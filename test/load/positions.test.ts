import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { pathKey, scanPositions, type PositionIndex } from '../../src/load/positions.js';

/** Every node and key position the `yaml` package gives, keyed like the scanner's index. */
function referencePositions(text: string): PositionIndex {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const index: PositionIndex = { values: new Map(), keys: new Map() };
  const at = (offset: number) => {
    const position = lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
  };
  const walk = (node: Node | null | undefined, nodePath: (string | number)[]): void => {
    if (!node?.range) return;
    if (isScalar(node) && node.value === null && node.range[0] === node.range[1]) return;
    index.values.set(pathKey(nodePath), at(node.range[0]));
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
        const keyPath = [...nodePath, String(pair.key.value)];
        index.keys.set(pathKey(keyPath), at(pair.key.range[0]));
        walk(pair.value as Node, keyPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, position) => walk(item as Node, [...nodePath, position]));
    }
  };
  walk(document.contents as Node, []);
  return index;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const SAMPLES: Record<string, string> = {
  'block scalars and multi-line strings': 'a: >-\n  folded\n  text\nb:\n  - x\n  - y\nc:\n  k: v\nd: "multi\n  line"\ne: {s: 1, t: [1, "2, 3"]}\n',
  'a sequence at its key\'s indent': 'goals:\n- id: "1"\n  name: x\n- id: "2"\nnext: 1\n',
  'nested items and comments': '# head\nitems:\n  # c\n  - id: a   # trailing\n    list:\n      - one\n      - two\n    map:\n      k: v\n  -\n    id: b\n',
  'plain scalars running on': 'text: first line\n  second line\nother: |\n  keep: this\n  - and this\nlast: 1\n',
  'quoted keys and CRLF': '"quoted key": 1\r\n\'single\': [a, b]\r\nplain: "x"\r\n',
  'keys holding the path separator and its escape': 'a/b:\n  "~0": 1\n  ~1/~: [x, {"/": y}]\n"~": {"0": z}\n"0": zero\nnested:\n  - "": empty\n',
  'an empty key at the root': '"": root\nnext:\n  "": inner\n',
};

describe('the light position scanner', () => {
  const files = [...yamlFiles('plans'), ...yamlFiles('test/fixtures')];

  it.each(Object.entries(SAMPLES))('agrees with the yaml package on %s', (_name, text) => {
    const scanned = scanPositions(text);
    expect(scanned).toBeDefined();
    expect(scanned).toEqual(referencePositions(text));
  });

  it('agrees with the yaml package on every bundled plan and fixture it reads', () => {
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const reference = parseDocument(text);
      if (reference.errors.length > 0) continue;
      const scanned = scanPositions(text);
      if (!scanned) continue;
      expect(scanned, file).toEqual(referencePositions(text));
      compared++;
    }
    expect(compared).toBeGreaterThan(files.length * 0.8);
  });

  it('reads every bundled plan file', () => {
    for (const file of yamlFiles('plans')) expect(scanPositions(readFileSync(file, 'utf8')), file).toBeDefined();
  });

  it('gives up, rather than guess, on what it does not understand', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: {b: 1,\n  c: 2}\n', '? complex\n: key\n', '%YAML 1.2\n---\na: 1\n', 'a: 1\n---\nb: 2\n']) {
      expect(scanPositions(text), text).toBeUndefined();
    }
  });
});
