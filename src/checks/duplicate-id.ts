import { entryLocation } from '../load/merge.js';
import type { Finding } from '../types/finding.js';
import type { Check } from './check.js';

export const duplicateId: Check = {
  code: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'Two items of one kind share an id, in one file or across the files of a cycle.',
  fix: 'Give each item its own id; references to the id are ambiguous until then.',
  run(graph) {
    const findings: Finding[] = [];
    for (const [kind, ids] of Object.entries(graph.byId)) {
      for (const [id, entries] of ids) {
        if (entries.length < 2) continue;
        const [first, ...others] = entries;
        const firstAt = entryLocation(first, 'id');
        for (const entry of others) {
          findings.push({ code: 'duplicate-id', ...entryLocation(entry, 'id'), id, args: { kind, firstFile: firstAt.file, firstLine: firstAt.line } });
        }
      }
    }
    return findings;
  },
};
