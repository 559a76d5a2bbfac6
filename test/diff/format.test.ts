import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/diff/index.js';
import { formatDiffJson } from '../../src/diff/format-json.js';
import { formatDiffText } from '../../src/diff/format-text.js';
import { buildDiffView } from '../../src/diff/view-model.js';
import { diffFixture, FIXTURES, loadClean } from './helpers.js';

const ESCAPE = '\u001b';
const partial = () => diffPlans(loadClean(`${FIXTURES}/partial/from`), loadClean(`${FIXTURES}/partial/to`));

describe('diff as text', () => {
  const changed = buildDiffView(diffFixture('changed'));

  it('opens with the summary: counts per kind, the goals and their fate, the figures that moved', () => {
    const text = formatDiffText(changed, { color: false, width: 120 });
    expect(text).toMatch(/^Goals +1 +1 +0 +0 +0 +0 +0 +0 +0 +2$/m);
    expect(text).toContain('Goals and their fate\n  1 Growth → 1 Growth: changed (statement reworded)\n  2 Inclusiveness → 2 Inclusiveness: same');
    expect(text).toContain('Targets whose figures moved\n  1.1 → 1.1: 55% by 2020 → 65% by 2023 (+10 points, +3 years)');
    expect(text.indexOf('Targets whose figures moved')).toBeLessThan(text.indexOf('Targets: 1 same, 1 changed'));
    expect(text).not.toContain('is partial');
  });

  it('gives one line per change by default, and word-level differences only with verbose', () => {
    const text = formatDiffText(changed, { color: false, width: 120 });
    expect(text).toMatch(/^ {2}changed +1\.1 → 1\.1 +1\.00 +text reworded; 55% → 65%; by 2020 → by 2023$/m);
    expect(text).not.toContain('{+');
    const verbose = formatDiffText(changed, { color: false, width: 120, verbose: true });
    expect(verbose).toContain('measure.value: 55% \u2192 65% (+10 points)');
    expect(verbose).toContain('measure.by: by 2020 \u2192 by 2023 (+3 years)');
    expect(verbose).toContain('[-55%-] {+By 2023, 65%+} of households worldwide');
  });

  it('says which plan is partial and what that means, and lists unknown items apart, with the gap they are matched to', () => {
    const text = formatDiffText(buildDiffView(partial()), { color: false, width: 100 });
    expect(text).toContain('from is partial (2 recorded gaps). It lists its goals in full, so those of to missing from it are');
    expect(text).toMatch(/^Objectives +1 +0 +0 +0 +0 +0 +0 +1 +2 +4$/m);
    expect(text).toContain('  unknown     T.1 (1): a recorded gap of from: "Objective T.1: title, outcomes and outputs not');
    expect(text).toContain('  unknown     D.2 (1): in to only; from does not list all its objectives');
    expect(text).toContain('1 Growth → 1 Growth: same (not known in from: description)');
    expect(text).not.toContain('(none)');
  });

  it('shows an item on one side only with its nearest candidate, and no match score of its own', () => {
    const text = formatDiffText(buildDiffView(partial()), { color: false, width: 160 });
    expect(text).toMatch(/^ {2}removed +D\.9 → — +Rural telephony, radio and digital programmes \(nearest: D\.2 Digital skills for all, 0\.\d\d\)$/m);
  });

  it('colours only when asked', () => {
    expect(formatDiffText(changed, { color: true })).toContain(`${ESCAPE}[`);
    expect(formatDiffText(changed, { color: true, verbose: true })).toContain(`${ESCAPE}[`);
  });

  it('says so when there is no difference', () => {
    expect(formatDiffText(buildDiffView(diffFixture('unchanged')), { color: false })).toContain('No differences.');
  });

  it('never lets plan text send escape sequences or break lines', () => {
    for (const verbose of [false, true]) {
      const text = formatDiffText(buildDiffView(diffFixture('hostile')), { color: false, width: 200, verbose });
      expect(text).not.toContain(ESCAPE);
      expect(text).toContain(verbose ? '\\u001b[31mand' : 'Growth | <script>alert(1)</script>');
    }
  });
});

describe('diff as JSON', () => {
  it('has exactly the documented shape, absent values as null', () => {
    const json = JSON.parse(formatDiffJson(diffFixture('changed')));
    expect(Object.keys(json)).toEqual(['from', 'to', 'threshold', 'sides', 'summary', 'overview', 'changes', 'endings']);
    expect(json).toMatchObject({ from: 'from', to: 'to', threshold: 0.35 });
    expect(json.summary.goal).toEqual({ same: 1, changed: 1, renumbered: 0, renamed: 0, split: 0, merged: 0, added: 0, removed: 0, unknown: 0 });
    expect(json.overview).toEqual({
      caveats: [],
      goals: ['1 Growth → 1 Growth: changed (statement reworded)', '2 Inclusiveness → 2 Inclusiveness: same'],
      figures: ['1.1 → 1.1: 55% by 2020 → 65% by 2023 (+10 points, +3 years)'],
      // the fixture records no observations: nothing to say of how its targets ended
      endings: [],
    });
    expect(json.endings).toEqual([]);
    for (const change of json.changes) {
      expect(Object.keys(change)).toEqual(['entity', 'kind', 'from', 'to', 'score', 'fields', 'labels', 'nearest', 'gap']);
      for (const field of Object.values(change.fields) as object[]) expect(Object.keys(field).slice(0, 2)).toEqual(['from', 'to']);
    }
    const strict = JSON.parse(formatDiffJson(diffFixture('changed', { threshold: 0.99, entities: ['target'] })));
    expect(strict.changes.find((change: { kind: string }) => change.kind === 'added')).toMatchObject({ entity: 'target', from: [], to: ['1.1'], score: 0, fields: {}, nearest: { id: '1.1' } });
  });

  it('says which side is partial, and marks what it does not know', () => {
    const json = JSON.parse(formatDiffJson(partial()));
    expect(json.sides.from).toEqual({ cycle: 'from', completeness: 'partial', complete: ['goal'], gaps: 2 });
    expect(json.overview.caveats).toHaveLength(1);
    expect(json.overview.caveats[0]).toMatch(/^from is partial/);
    const goal = json.changes.find((change: { entity: string; from: string[] }) => change.entity === 'goal' && change.from[0] === '1');
    expect(goal.fields.description).toEqual({ from: null, to: 'Access to broadband supports the digital economy in every country.', unknownIn: 'from' });
  });

  it('is byte-for-byte the same on every run', () => {
    expect(formatDiffJson(diffFixture('split'))).toBe(formatDiffJson(diffFixture('split')));
  });
});
