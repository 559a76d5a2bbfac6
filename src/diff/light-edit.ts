import type { LightEdit } from './types.js';

/**
 * Punctuation a new cycle may change without changing what a text says: stops, commas, colons, quotes,
 * brackets, dashes, slashes. Symbols that carry meaning (%, +, &, <, =) are not in it.
 */
const PUNCTUATION = /[.,;:!?'"‘’‚“”„«»()[\]{}\-‐‑‒–—―/…·]/g;
const DASHES = /[‐‑‒–—―]/;
const DIGIT = /[0-9]/;

/**
 * How two texts differ when they differ only in letter case, in punctuation or in the spacing around it
 * ("Innovation and Partnership" against "Innovation and partnership"), or null when they say something
 * else. Punctuation between two digits belongs to a number and is kept (5.5 is not 55, 2016-2019 not 2016
 * 2019), dashes there all read as one; so a light edit never hides a changed figure.
 */
export function lightEdit(a: string, b: string): LightEdit[] | null {
  const [plainA, plainB] = [withoutPunctuation(a), withoutPunctuation(b)];
  if (plainA.toLowerCase() !== plainB.toLowerCase()) return null;
  if (plainA === plainB) return ['punctuation'];
  return collapse(a).toLowerCase() === collapse(b).toLowerCase() ? ['case'] : ['case', 'punctuation'];
}

function withoutPunctuation(text: string): string {
  const replaced = text.replace(PUNCTUATION, (mark, at: number) => {
    if (!DIGIT.test(text[at - 1] ?? '') || !DIGIT.test(text[at + 1] ?? '')) return ' ';
    return DASHES.test(mark) ? '-' : mark;
  });
  return collapse(replaced);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
