import type { Document, LineCounter } from 'yaml';
import type { Finding } from '../types/finding.js';
import { yamlPackage } from './parse-yaml.js';

/**
 * Keys set twice in one mapping. The file is parsed without the `yaml` package's own uniqueness check,
 * which would stop the conversion to data: a repeated key would take the whole file with it (and every
 * reference into it). The data keep the value set last, as YAML readers do; this finding, at the second
 * setting, is the one mistake reported. Keys are compared as the data see them (`1` and `"1"` are one key);
 * merge keys (`<<`) may repeat.
 */
export function duplicateKeys(file: string, document: Document.Parsed, lineCounter: LineCounter): Finding[] {
  const { isMap, isPair, isScalar, visit } = yamlPackage();
  const findings: Finding[] = [];
  visit(document, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
        // a null key (`~:`) is the key "null" to js-yaml, "" to the yaml package: the readers must agree
        if (pair.key.value === null) pair.key.value = 'null';
        const key = String(pair.key.value);
        if (key === '<<' && pair.key.type === 'PLAIN') continue;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, pair.key.range[0]);
          continue;
        }
        const at = lineCounter.linePos(pair.key.range[0]);
        findings.push({ code: 'duplicate-key', file, line: at.line, column: at.col, args: { key, firstLine: lineCounter.linePos(first).line, yamlCode: 'DUPLICATE_KEY' } });
      }
    },
  });
  return findings;
}
