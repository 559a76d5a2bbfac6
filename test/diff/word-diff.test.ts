import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/diff/word-diff.js';

describe('word diff', () => {
  it('keeps common words and shows a replacement as deletion then insertion', () => {
    expect(wordDiff('achieve 55% of households connected', 'By 2023, 65% of households with access')).toEqual([
      { op: 'delete', text: 'achieve 55%' },
      { op: 'insert', text: 'By 2023, 65%' },
      { op: 'equal', text: 'of households' },
      { op: 'delete', text: 'connected' },
      { op: 'insert', text: 'with access' },
    ]);
  });

  it('is all equal for the same words, whatever the spacing', () => {
    expect(wordDiff('a  b\nc', 'a b c')).toEqual([{ op: 'equal', text: 'a b c' }]);
  });

  it('handles empty texts', () => {
    expect(wordDiff('', 'new text')).toEqual([{ op: 'insert', text: 'new text' }]);
    expect(wordDiff('old', '')).toEqual([{ op: 'delete', text: 'old' }]);
  });
});
