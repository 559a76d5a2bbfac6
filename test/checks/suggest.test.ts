/**
 * "Did you mean": the edit distance, its bounded form (which a large plan's dangling references rely on,
 * checked against a hundred thousand ids each), and the nearest ids. The bounded distance must agree with
 * the full one wherever it is within the bound, and say "past the bound" everywhere else.
 */
import { describe, expect, it } from 'vitest';
import { closestIds, closestName, editDistance } from '../../src/text/suggest.js';

/** The textbook table (insertion, deletion, substitution, swap of neighbours), written plainly. */
function referenceDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i][j] = Math.min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) table[i][j] = Math.min(table[i][j], table[i - 2][j - 2] + 1);
    }
  }
  return table[a.length][b.length];
}

/** Seeded strings over a small alphabet, so that near and far pairs both occur often. */
function strings(count: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * 9) }, () => 'ab.-1'[Math.floor(next() * 5)]).join(''));
}

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('R.1-7', 'R.1-7')).toBe(0);
    expect(editDistance('R.1-7', 'R.1-8')).toBe(1);
    expect(editDistance('R.1-7', 'R.17')).toBe(1);
    expect(editDistance('R.1-7', 'R.-17')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('objective', 'objetcive')).toBe(1);
  });

  it('agrees with the plain table on every pair of many seeded strings, without and with a bound', () => {
    const words = strings(120, 7);
    for (const a of words) {
      for (const b of words) {
        const exact = referenceDistance(a, b);
        expect(editDistance(a, b)).toBe(exact);
        for (const bound of [0, 1, 2, 3]) expect(editDistance(a, b, bound)).toBe(exact <= bound ? exact : bound + 1);
      }
    }
  });

  it('gives the same after a long string has grown its rows', () => {
    const long = 'x'.repeat(300);
    expect(editDistance(long, `${long}y`)).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });
});

describe('closestIds and closestName', () => {
  it('prefer the id sharing the longest start, then the nearest last number, then the one listed first', () => {
    const ids = ['R.1-1', 'R.1-2', 'R.1-6', 'R.2-7', 'T.1-7'];
    expect(closestIds('R.1-7', ids)).toEqual(['R.1-6']);
    expect(closestIds('R.1-7', ids, 3)).toEqual(['R.1-6', 'R.1-2', 'R.1-1']);
    expect(closestIds('Q.9-9-9-9', ids)).toEqual([]);
  });

  it('name each id once, however often it is listed, and read any iterable', () => {
    expect(closestIds('R.1-7', ['R.1-6', 'R.1-6', 'R.1-5'], 3)).toEqual(['R.1-6', 'R.1-5']);
    expect(closestIds('R.1-7', new Map([['R.1-6', 1]]).keys())).toEqual(['R.1-6']);
  });

  it('find the one near id among a hundred thousand far ones', () => {
    const ids = Array.from({ length: 100_000 }, (_, index) => `X.${index}-${index % 7}`);
    ids.push('R.1-6');
    expect(closestIds('R.1-7', ids)).toEqual(['R.1-6']);
  });

  it('closestName: letter case first, then the nearest within the tolerance', () => {
    expect(closestName('ERROR', ['warning', 'error'])).toBe('error');
    expect(closestName('wraning', ['warning', 'error'])).toBe('warning');
    expect(closestName('nothing-like', ['warning', 'error'])).toBeUndefined();
  });
});
