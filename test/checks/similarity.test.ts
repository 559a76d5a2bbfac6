import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/index.js';
import { nearestEarlier, nearestEarlierExhaustive, type NearestEarlier } from '../../src/text/near-duplicates.js';
import { normalise, similarPairs, similarPairsExhaustive } from '../../src/text/similarity.js';
import { ROOT } from './helpers.js';

const { plan } = loadPlan(path.join(ROOT, 'plans/2020-2023'));

/** The texts the similar-* checks compare: an objective's title and statement, a result's text. */
const TEXTS: Record<string, string[]> = {
  objectives: plan.objectives.map((objective) => `${objective.title}\n${objective.statement ?? ''}`),
  outcomes: plan.outcomes.map((outcome) => outcome.text),
  outputs: plan.outputs.map((output) => output.text),
};
TEXTS.all = [...TEXTS.objectives, ...TEXTS.outcomes, ...TEXTS.outputs];

const THRESHOLDS = [0.3, 0.5, 0.75, 0.9];

describe('similarPairs (indexed) on the 2020-2023 plan', () => {
  it('reads enough texts to be a real test', () => {
    expect(TEXTS.objectives.length).toBeGreaterThan(10);
    expect(TEXTS.outcomes.length).toBeGreaterThan(50);
    expect(TEXTS.outputs.length).toBeGreaterThan(50);
    expect(similarPairsExhaustive(TEXTS.all, 0.3).length).toBeGreaterThan(0);
  });

  for (const kind of Object.keys(TEXTS)) {
    it.each(THRESHOLDS)(`${kind}: finds exactly the pairs of the exhaustive method at %s`, (threshold) => {
      expect(similarPairs(TEXTS[kind], threshold)).toEqual(similarPairsExhaustive(TEXTS[kind], threshold));
    });
  }
});

describe('similarPairs (indexed) on texts sharing a small vocabulary', () => {
  // A seeded generator: texts drawn from 40 words, so most pairs share common words and some are close.
  let state = 20261123;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const words = Array.from({ length: 40 }, (_, index) => `word${index}`);
  const texts = Array.from({ length: 600 }, () => Array.from({ length: 3 + Math.floor(random() * 8) }, () => words[Math.floor(random() ** 2 * words.length)]).join(' '));
  texts.push('', '   ', texts[5], `${texts[9]} word39`);

  it.each([0.5, 0.75, 0.9, 1])('finds exactly the pairs of the exhaustive method at %s', (threshold) => {
    const expected = similarPairsExhaustive(texts, threshold);
    expect(expected.length).toBeGreaterThan(0);
    expect(similarPairs(texts, threshold)).toEqual(expected);
  });
});

describe('similarPairs by MinHash (the method for very large lists)', () => {
  const key = (pair: { left: number; right: number }) => `${pair.left}-${pair.right}`;

  it('finds the near-copies of the real 2020-2023 plan, and only true pairs', () => {
    const exhaustive = similarPairsExhaustive(TEXTS.all, 0.75);
    const found = similarPairs(TEXTS.all, 0.75, { method: 'minhash' });
    const exhaustiveKeys = new Set(exhaustive.map(key));
    expect(found.every((pair) => exhaustiveKeys.has(key(pair)))).toBe(true);
    const foundKeys = new Set(found.map(key));
    for (const pair of exhaustive.filter((candidate) => candidate.score >= 0.9)) expect(foundKeys.has(key(pair))).toBe(true);
  });

  it('is never what a bundled plan gets: those are small enough for the exact method', () => {
    expect(similarPairs(TEXTS.all, 0.75)).toEqual(similarPairsExhaustive(TEXTS.all, 0.75));
  });

  it('misses no planted near-copy among texts sharing a small vocabulary, and reports only true pairs', () => {
    let state = 7;
    const random = (): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const words = Array.from({ length: 300 }, (_, index) => `term${index}`);
    const texts = Array.from({ length: 3000 }, () => Array.from({ length: 9 + Math.floor(random() * 5) }, () => words[Math.floor(random() * words.length)]).join(' '));
    const planted: [number, number][] = [];
    for (let copy = 0; copy < 40; copy++) {
      const source = copy * 50;
      const changed = texts[source].split(' ');
      changed[Math.floor(random() * changed.length)] = words[Math.floor(random() * words.length)];
      texts.push(changed.join(' '));
      planted.push([source, texts.length - 1]);
    }
    const exhaustive = similarPairsExhaustive(texts, 0.75);
    const found = similarPairs(texts, 0.75, { method: 'minhash' });
    const foundKeys = new Set(found.map(key));
    for (const [left, right] of planted) {
      if (exhaustive.some((pair) => pair.left === left && pair.right === right)) expect(foundKeys.has(`${left}-${right}`)).toBe(true);
    }
    const exhaustiveKeys = new Set(exhaustive.map(key));
    expect(found.every((pair) => exhaustiveKeys.has(key(pair)))).toBe(true);
    expect(found.length / exhaustive.length).toBeGreaterThanOrEqual(0.97);
  });
});

describe('normalise', () => {
  /** The Unicode reading, which the ASCII shortcut must agree with. */
  const unicodeReading = (text: string) =>
    text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

  it('reads every ASCII character as the Unicode reading does', () => {
    for (let left = 0; left < 128; left++) {
      for (let right = 0; right < 128; right++) {
        const text = `${String.fromCharCode(left)}Ab${String.fromCharCode(right)}9`;
        expect(normalise(text)).toBe(unicodeReading(text));
      }
    }
  });

  it('takes accents off and keeps letters of other scripts', () => {
    expect(normalise('Éducation  numérique—ITU-D, 2023!')).toBe('education numerique itu d 2023');
    expect(normalise('Ｆｕｌｌｗｉｄｔｈ and Ελληνικά')).toBe('fullwidth and ελληνικα');
  });
});

describe('similarPairs on long texts', () => {
  it('gives what every pair compared gives, for texts of thousands of distinct words', () => {
    const words = Array.from({ length: 3000 }, (_, index) => `w${index.toString(36)}x`);
    const texts = [words.join(' '), [...words].reverse().join(' '), words.slice(0, 2000).join(' '), 'w1x w2x w3x', ''];
    for (const threshold of [0.3, 0.75]) {
      for (const method of ['exact', 'minhash'] as const) {
        expect(similarPairs(texts, threshold, { method })).toEqual(similarPairsExhaustive(texts, threshold));
      }
    }
  });
});

describe('nearestEarlier (one near-duplicate per text)', () => {
  /** Each text's partner and score, with scores rounded as findings show them. */
  const rows = (result: NearestEarlier) => Array.from(result.partner, (partner, index) => `${index}:${partner}:${result.score[index].toFixed(6)}`);

  it.each(THRESHOLDS)('names, on the 2020-2023 plan, the partners comparing every pair names, at %s', (threshold) => {
    for (const kind of Object.keys(TEXTS)) expect(rows(nearestEarlier(TEXTS[kind], threshold))).toEqual(rows(nearestEarlierExhaustive(TEXTS[kind], threshold)));
  });

  // 2,000 texts of three to eight words drawn from ten: copies, reorderings and near-duplicates everywhere
  let state = 99;
  const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const words = Array.from({ length: 10 }, (_, index) => `w${String.fromCharCode(97 + index)}x`);
  const crowd = Array.from({ length: 2000 }, () => Array.from({ length: 3 + Math.floor(random() * 6) }, () => words[Math.floor(random() * 10)]).join(' '));

  it.each(['dense', 'exact'] as const)('finds in a crowd what comparing every pair finds, by the %s method', (method) => {
    const reference = nearestEarlierExhaustive(crowd, 0.75);
    expect(reference.partner.filter((partner) => partner >= 0).length).toBeGreaterThan(1000);
    expect(rows(nearestEarlier(crowd, 0.75, { method }))).toEqual(rows(reference));
  });

  it('by MinHash, names only true near-duplicates and nearly every one', () => {
    const reference = nearestEarlierExhaustive(crowd, 0.75);
    const { partner, score } = nearestEarlier(crowd, 0.75, { method: 'minhash' });
    let same = 0;
    for (let index = 0; index < crowd.length; index++) {
      if (partner[index] < 0) continue;
      expect(partner[index]).toBeLessThan(index);
      expect(score[index]).toBeGreaterThanOrEqual(0.75 - 1e-9);
      if (partner[index] === reference.partner[index]) same++;
    }
    expect(same / reference.partner.filter((each) => each >= 0).length).toBeGreaterThanOrEqual(0.97);
  });

  it('skips copies, pairs texts of the same words with the first of them, and never pairs texts without words', () => {
    const texts = ['spectrum monitoring handbook', 'Spectrum monitoring handbook.', 'handbook on spectrum monitoring', 'the of and', 'of the and', 'spectrum monitoring'];
    const { partner, score } = nearestEarlier(texts, 0.75);
    expect(Array.from(partner)).toEqual([-1, -1, 0, -1, -1, 0]);
    expect(score[2]).toBe(1);
    expect(score[5]).toBeCloseTo(2 / Math.sqrt(6), 12);
  });
});
