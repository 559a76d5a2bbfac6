import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/diff/index.js';
import { changeOf, diffFixture, FIXTURES, loadClean, outline } from './helpers.js';

/** The partial plan of the fixture against the complete one, and the other way round. */
const partial = () => loadClean(`${FIXTURES}/partial/from`);
const complete = () => loadClean(`${FIXTURES}/partial/to`);

describe('diff with a partial plan', () => {
  it('calls an item missing from a list the partial plan does not hold in full unknown, not added (partial -> complete)', () => {
    const diff = diffPlans(partial(), complete());
    expect(outline(diff, 'target')).toEqual(['changed 1.1 -> 1.1', 'unknown  -> 2.1']);
    expect(outline(diff, 'objective')).toEqual(['same R.1 -> R.1', 'removed D.9 -> ', 'unknown  -> T.1', 'unknown  -> D.2']);
    expect(outline(diff, 'outcome')).toEqual(['same R.1-a -> R.1-a', 'unknown  -> T.1-a']);
    expect(diff.summary.objective).toMatchObject({ removed: 1, unknown: 2, added: 0 });
  });

  it('calls an item missing from the partial plan unknown, not removed (complete -> partial)', () => {
    const diff = diffPlans(complete(), partial());
    expect(outline(diff, 'target')).toEqual(['changed 1.1 -> 1.1', 'unknown 2.1 -> ']);
    expect(outline(diff, 'objective')).toEqual(['same R.1 -> R.1', 'unknown T.1 -> ', 'unknown D.2 -> ', 'added  -> D.9']);
  });

  it('keeps added and removed for the lists the partial plan holds in full (complete_lists)', () => {
    expect(outline(diffPlans(partial(), complete()), 'goal')).toEqual(['same 1 -> 1', 'changed 2 -> 2', 'removed 3 -> ', 'added  -> 4']);
    expect(outline(diffPlans(complete(), partial()), 'goal')).toEqual(['same 1 -> 1', 'changed 2 -> 2', 'removed 4 -> ', 'added  -> 3']);
  });

  it('matches an item to the gap of the partial plan that names its id', () => {
    for (const diff of [diffPlans(partial(), complete()), diffPlans(complete(), partial())]) {
      const side = diff.from === 'from' ? 'to' : 'from';
      expect(changeOf(diff, 'objective', 'T.1', side)).toMatchObject({ kind: 'unknown', gap: { cycle: 'from', text: 'Objective T.1: title, outcomes and outputs not available.' } });
      expect(changeOf(diff, 'objective', 'D.2', side).gap).toBeNull();
    }
  });

  it('marks a field the partial plan leaves empty as not known there, and not as a change', () => {
    const diff = diffPlans(partial(), complete());
    const goal = changeOf(diff, 'goal', '1');
    expect(goal.kind).toBe('same');
    expect(goal.fields).toEqual({ description: { from: undefined, to: 'Access to broadband supports the digital economy in every country.', unknownIn: 'from' } });
    const target = changeOf(diff, 'target', '1.1');
    expect(target.fields['measure.value']).toEqual({ from: undefined, to: 75, unknownIn: 'from' });
    expect(target.fields.text.unknownIn).toBeUndefined();
    // unknown linkage in the partial plan; an empty list on the other side is not worth a line
    expect(changeOf(diff, 'objective', 'R.1').fields).toEqual({ 'goals.primary': { from: undefined, to: ['1'], unknownIn: 'from' } });
    expect(changeOf(diffPlans(complete(), partial()), 'goal', '1').fields.description).toMatchObject({ from: 'Access to broadband supports the digital economy in every country.', unknownIn: 'from' });
  });

  it('says which side is partial and which kinds it holds in full', () => {
    const diff = diffPlans(partial(), complete());
    expect(diff.sides.from).toEqual({ cycle: 'from', completeness: 'partial', complete: ['goal'], gaps: 2 });
    expect(diff.sides.to).toEqual({ cycle: 'to', completeness: 'complete', complete: ['goal', 'target', 'objective', 'outcome', 'output'], gaps: 0 });
  });

  it('finds no change at all between a partial plan and itself', () => {
    const diff = diffPlans(partial(), partial());
    expect(diff.changes.every((change) => change.kind === 'same' && Object.keys(change.fields).length === 0)).toBe(true);
  });

  it('shows the nearest candidate of an item left alone, with its score, and gives the item itself no match score', () => {
    const diff = diffPlans(partial(), complete());
    const removed = changeOf(diff, 'goal', '3');
    expect(removed.score).toBe(0);
    for (const change of diff.changes.filter((each) => each.from.length + each.to.length === 1 && each.kind !== 'same')) {
      expect(change.score).toBe(0);
      if (change.nearest) expect(change.nearest.score).toBeGreaterThan(0);
    }
    expect(changeOf(diff, 'objective', 'D.9').nearest).toMatchObject({ id: 'D.2', label: 'Digital skills for all' });
  });
});

describe('light edits: case, punctuation and the spacing around it', () => {
  const diff = diffFixture('case-only');

  it('are the same item with a note, not a change', () => {
    expect(changeOf(diff, 'goal', '1')).toMatchObject({ kind: 'same', fields: { name: { from: 'Innovation and Partnership', to: 'Innovation and partnership', light: ['case'] } } });
    expect(changeOf(diff, 'goal', '2')).toMatchObject({ kind: 'same', fields: { statement: { light: ['punctuation'] } } });
    expect(changeOf(diff, 'objective', 'D.1')).toMatchObject({ kind: 'same', fields: { title: { from: 'Knowledge-sharing', to: 'Knowledge sharing', light: ['punctuation'] } } });
  });

  it('never hide a real change made beside them, nor a moved decimal point', () => {
    const target = changeOf(diff, 'target', '1.1');
    expect(target.kind).toBe('changed');
    expect(target.fields.text.light).toBeUndefined();
    expect(changeOf(diff, 'target', '1.2')).toMatchObject({ kind: 'changed', fields: { text: { from: 'Raise the share of innovation spending to 5.5% of revenue' } } });
    expect(changeOf(diff, 'target', '1.2').fields.text.light).toBeUndefined();
  });
});
