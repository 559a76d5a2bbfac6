import { describe, expect, it } from 'vitest';
import { formatDiffJson } from '../../src/diff/format-json.js';
import { formatDiffText } from '../../src/diff/format-text.js';
import { buildDiffView } from '../../src/diff/view-model.js';
import { diffFixture } from './helpers.js';

const ESCAPE = '\u001b';

describe('diff as text', () => {
  const changed = buildDiffView(diffFixture('changed'));

  it('shows figures as numbers with their delta, and text as a word diff', () => {
    const text = formatDiffText(changed, { color: false, width: 120 });
    expect(text).toContain('measure.value: 55% \u2192 65% (+10 points)');
    expect(text).toContain('measure.by: by 2020 \u2192 by 2023 (+3 years)');
    expect(text).toContain('[-55%-] {+By 2023, 65%+} of households worldwide');
    expect(text).toContain('Goals and their fate');
    expect(text).not.toContain(ESCAPE);
  });

  it('colours only when asked', () => {
    expect(formatDiffText(changed, { color: true })).toContain(`${ESCAPE}[`);
  });

  it('says so when there is no difference', () => {
    expect(formatDiffText(buildDiffView(diffFixture('unchanged')), { color: false })).toContain('No differences.');
  });

  it('never lets plan text send escape sequences or break lines', () => {
    const text = formatDiffText(buildDiffView(diffFixture('hostile')), { color: false, width: 200 });
    expect(text).not.toContain(ESCAPE);
    expect(text).toContain('\\u001b[31mand');
  });
});

describe('diff as JSON', () => {
  it('has exactly the documented shape, absent values as null', () => {
    const json = JSON.parse(formatDiffJson(diffFixture('changed')));
    expect(Object.keys(json)).toEqual(['from', 'to', 'threshold', 'sides', 'summary', 'changes']);
    expect(json).toMatchObject({ from: 'from', to: 'to', threshold: 0.35 });
    expect(json.summary.goal).toEqual({ same: 1, changed: 1, renumbered: 0, renamed: 0, split: 0, merged: 0, added: 0, removed: 0, unknown: 0 });
    for (const change of json.changes) {
      expect(Object.keys(change)).toEqual(['entity', 'kind', 'from', 'to', 'score', 'fields', 'labels', 'nearest', 'gap']);
      for (const field of Object.values(change.fields) as object[]) expect(Object.keys(field).slice(0, 2)).toEqual(['from', 'to']);
    }
    const strict = JSON.parse(formatDiffJson(diffFixture('changed', { threshold: 0.99, entities: ['target'] })));
    expect(strict.changes.find((change: { kind: string }) => change.kind === 'added')).toMatchObject({ entity: 'target', from: [], to: ['1.1'], fields: {} });
  });

  it('is byte-for-byte the same on every run', () => {
    expect(formatDiffJson(diffFixture('split'))).toBe(formatDiffJson(diffFixture('split')));
  });
});
