import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../src/diff/index.js';
import { itemsOf } from '../../src/diff/items.js';
import { exactText, textScore, wordVector, wordVectorReference } from '../../src/diff/text.js';
import type { DiffItem } from '../../src/diff/types.js';
import { encodedTextScore, encodeItems } from '../../src/diff/vectors.js';
import { knownCycles } from '../../src/index.js';
import { loadClean } from './helpers.js';

/** Items with only texts, for the encoding (the rest of an item plays no part in it). */
function textItems(texts: string[]): DiffItem[] {
  return texts.map((text, index) => ({ texts: { label: text, core: text, full: text }, index }) as unknown as DiffItem);
}

const bundledItems = knownCycles('plans').flatMap((cycle) => ENTITIES.map((entity) => itemsOf(loadClean(`plans/${cycle}`), entity)));

describe('the matcher\'s word vectors', () => {
  it('are those of the shared tokeniser, on every text of the bundled plans and on unusual ones', () => {
    const texts = new Set(['', 'LDCs and SIDS in the developing world', 'Ünïcödé café naïve', '55% by 2020, 3.5 Mbit/s', 'tab\tand\nline', 'a\u00a0b', '中文 text']);
    for (const items of bundledItems) for (const { texts: itemTexts } of items) for (const text of Object.values(itemTexts)) texts.add(text);
    for (const text of texts) expect(wordVector(text), text).toEqual(wordVectorReference(text));
  });
});

describe('encoded texts', () => {
  it('score every pair of bundled items exactly as the text score does, to the last bit', () => {
    for (const items of bundledItems) {
      const encoded = encodeItems(items, items);
      items.forEach((a, i) => items.forEach((b, j) => expect(encodedTextScore(encoded.store, encoded.from[i], encoded.to[j])).toBe(textScore(a.text, b.text))));
    }
  });

  it('number exact texts alike exactly when they normalise alike (case, punctuation, spacing, accents)', () => {
    const texts = ['Increased access, in LDCs.', 'increased   ACCESS in ldcs', ' Increased access in LDCs ', 'Increased access in LDCs 2', 'Café', 'cafe\u0301', 'Cafe', 'Caf', '中文', '中 文', '', '!!'];
    const { from } = encodeItems(textItems(texts), []);
    texts.forEach((a, i) =>
      texts.forEach((b, j) => expect(from[i].exact === from[j].exact, `${a} / ${b}`).toBe(exactText(a) === exactText(b))),
    );
    expect(new Set(from.map((text) => text.exact)).size).toBe(7);
    expect(from.slice(-2).map((text) => text.exact)).toEqual([-1, -1]);
  });

  it('give two texts the same word key exactly when their word counts point the same way', () => {
    const texts = ['broadband access', 'access broadband', 'broadband broadband access access', 'broadband access access', 'the of 2023', 'broadband'];
    const { from } = encodeItems(textItems(texts), []);
    const keys = from.map((text) => text.core.key);
    expect(keys.slice(0, 3)).toEqual([keys[0], keys[0], keys[0]]);
    expect(new Set([keys[0], keys[3], keys[5]]).size).toBe(3);
    expect(keys[4]).toBe(-1);
  });
});
