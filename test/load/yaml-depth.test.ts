import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTooDeep } from '../../src/load/yaml-depth.js';

const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
/** Every YAML file of the repository's plans and fixtures. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

describe('the nesting scan', () => {
  it('finds nesting past the limit in flow, block, compact and mixed forms, at the line past it', () => {
    // `a:` is the first level
    expect(findTooDeep(`a: ${deep(9)}`, 10)).toBeUndefined();
    expect(findTooDeep(`a: ${deep(10)}`, 10)).toEqual({ line: 1, column: 13 });
    expect(findTooDeep(`a:\n  - ${'{b: '.repeat(9)}1${'}'.repeat(9)}`, 10)).toEqual({ line: 2, column: 33 });
    expect(findTooDeep(`a:\n${'- '.repeat(10)}x`, 10)).toEqual({ line: 2, column: 21 });
    expect(findTooDeep(Array.from({ length: 12 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n'), 10)).toEqual({ line: 11, column: 11 });
    expect(findTooDeep(`a: &x !tag ${deep(10)}`, 10)).toEqual({ line: 1, column: 21 });
    expect(findTooDeep(`a: [\n  ${deep(9)}\n]`, 10)).toEqual({ line: 2, column: 11 });
  });

  it('does not count brackets in quotes, comments, plain text or block scalars', () => {
    for (const text of [
      `a: "${deep(20)}"`,
      `a: '${deep(20)} it''s'`,
      `a: "escaped \\" ${deep(20)}"`,
      `a: "two\n  lines ${deep(20)}"`,
      `a: text ${deep(20)}`,
      `a: text - "${deep(20)}`,
      `a: 1 # ${deep(20)}`,
      `# ${deep(20)}`,
      `a: |\n  ${deep(20)}\n  - - - - - - - - - - - - - x\nb: 1`,
      `a: >-\n  ${deep(20)}\n`,
      `a: [x, "${deep(20)}", 'y']`,
    ]) {
      expect(findTooDeep(text, 10), text).toBeUndefined();
    }
  });

  it('passes every YAML file of the repository', () => {
    const files = [...yamlFiles('plans'), ...yamlFiles('test/fixtures')].filter((file) => !file.includes('deep-nesting'));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expect(findTooDeep(readFileSync(file, 'utf8')), file).toBeUndefined();
  });
});
