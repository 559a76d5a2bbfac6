/**
 * Positions from the block reader's outline (src/load/outline.ts), which scans only the lines of the item
 * a path runs through, against the scan of the whole file (src/load/positions.ts, itself pinned to the
 * `yaml` package's positions): the same line and column for every node and every key of every bundled
 * plan file and every fixture the block reader reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBlockYaml } from '../../src/load/block-yaml.js';
import { locateInOutline } from '../../src/load/outline.js';
import { pathKey, scanPositions } from '../../src/load/positions.js';

type Path = (string | number)[];

/** Every node path of the data (arrays by index, mappings by key), each with the keys of the mapping there. */
function nodePaths(data: unknown, at: Path = [], out: { path: Path; keys: string[] }[] = []): { path: Path; keys: string[] }[] {
  if (Array.isArray(data)) {
    out.push({ path: at, keys: [] });
    data.forEach((item, index) => nodePaths(item, [...at, index], out));
  } else if (data !== null && typeof data === 'object') {
    out.push({ path: at, keys: Object.keys(data) });
    for (const [key, value] of Object.entries(data)) nodePaths(value, [...at, key], out);
  } else out.push({ path: at, keys: [] });
  return out;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

describe('locateInOutline', () => {
  it('gives every node and key the position the whole-file scan gives', () => {
    let compared = 0;
    for (const file of [...yamlFiles('plans'), ...yamlFiles('test/fixtures/checks')]) {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
      } catch {
        continue;
      }
      const read = readBlockYaml(text);
      const full = scanPositions(text);
      if (!read || !full) continue;
      for (const { path: nodePath, keys } of nodePaths(read.data)) {
        if (nodePath.length > 0) {
          const expected = full.values.get(pathKey(nodePath));
          if (expected) expect(locateInOutline(file, text, read.outline, nodePath), `${file} ${pathKey(nodePath)}`).toEqual({ file, ...expected });
        }
        for (const key of keys) {
          const expected = full.keys.get(pathKey([...nodePath, key]));
          expect(locateInOutline(file, text, read.outline, nodePath, key), `${file} ${pathKey([...nodePath, key])} (key)`).toEqual({ file, ...expected });
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(3_000);
  });

  it('falls back to the nearest parent within the item for a path that is not there', () => {
    const text = 'cycle: x\ngoals:\n  - id: "1"\n    name: Growth\n  - id: "2"\n';
    const { outline } = readBlockYaml(text)!;
    expect(locateInOutline('f', text, outline, ['goals', 0, 'statement'])).toEqual({ file: 'f', line: 3, column: 5 });
    expect(locateInOutline('f', text, outline, ['goals', 1], 'name')).toEqual({ file: 'f', line: 5, column: 5 });
    expect(locateInOutline('f', text, outline, ['goals', 7])).toBeUndefined();
  });
});
