import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../src/diff/candidates.js';
import { ENTITIES } from '../../src/diff/index.js';
import { itemsOf } from '../../src/diff/items.js';
import { pairScore } from '../../src/diff/score.js';
import { loadClean } from './helpers.js';

describe('candidate generation through the word index', () => {
  it('misses no pair that comparing every pair would score above 0 (bundled 2016-2019 against 2020-2023)', () => {
    const from = loadClean('plans/2016-2019');
    const to = loadClean('plans/2020-2023');
    const parents = new Map<string, Set<string>>();
    for (const entity of ENTITIES) {
      const fromItems = itemsOf(from, entity);
      const toItems = itemsOf(to, entity);
      const found = new Set(findCandidates(fromItems, toItems, parents, 'none').map((pair) => `${pair.from.index} ${pair.to.index}`));
      const missed: string[] = [];
      for (const a of fromItems) for (const b of toItems) if (pairScore(a, b, parents) > 0 && !found.has(`${a.index} ${b.index}`)) missed.push(`${a.id} ${b.id}`);
      expect(missed, entity).toEqual([]);
      expect(found.size, entity).toBeLessThanOrEqual(fromItems.length * toItems.length);
    }
  });
});
