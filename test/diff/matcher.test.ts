import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, diffPlans, hasDifferences } from '../../src/diff/index.js';
import { changeOf, diffFixture, FIXTURES, loadClean, outline } from './helpers.js';

describe('diff matcher on small fixtures', () => {
  it('finds nothing to report between a plan and its copy', () => {
    const diff = diffFixture('unchanged');
    expect(diff.changes.every((change) => change.kind === 'same' && change.score === 1)).toBe(true);
    expect(diff.changes.map((change) => change.entity)).toEqual(['goal', 'goal', 'target', 'target', 'objective', 'outcome', 'output']);
  });

  it('reports a changed statement and a changed figure with its delta', () => {
    const diff = diffFixture('changed');
    expect(outline(diff, 'goal')).toEqual(['changed 1 -> 1', 'same 2 -> 2']);
    const target = changeOf(diff, 'target', '1.1');
    expect(target.kind).toBe('changed');
    expect(target.fields['measure.value']).toEqual({ from: 55, to: 65, delta: 10, unit: '%' });
    expect(target.fields['measure.by']).toEqual({ from: 2020, to: 2023, delta: 3 });
    expect(Object.keys(target.fields)).toEqual(['text', 'measure.value', 'measure.by']);
  });

  it('calls a new name on the same id renamed', () => {
    const diff = diffFixture('renamed');
    expect(changeOf(diff, 'goal', '1')).toMatchObject({ kind: 'renamed', fields: { name: { from: 'Growth', to: 'Digital growth' } } });
    expect(changeOf(diff, 'objective', 'D.1').kind).toBe('renamed');
  });

  it('follows a renumbered goal down to its target, objective and outcome', () => {
    const diff = diffFixture('renumbered');
    expect(outline(diff, 'goal')).toEqual(['same 1 -> 1', 'renumbered 2 -> 3', 'added  -> 2']);
    expect(outline(diff, 'target')).toEqual(['renumbered 2.1 -> 3.1']);
    expect(outline(diff, 'objective')).toEqual(['renumbered D.2 -> D.3']);
    expect(outline(diff, 'outcome')).toEqual(['renumbered D.2-a -> D.3-a']);
    // the goal and the linkage moved with the renumbering: no false change
    expect(changeOf(diff, 'target', '2.1').fields).toEqual({});
    expect(changeOf(diff, 'objective', 'D.2').fields).toEqual({});
    expect(changeOf(diff, 'outcome', 'D.2-a').fields).toEqual({});
  });

  it('follows the text, not the id, when two goals swap ids', () => {
    const diff = diffFixture('swap');
    expect(outline(diff, 'goal')).toEqual(['renumbered 1 -> 2', 'renumbered 2 -> 1']);
    expect(outline(diff, 'target')).toEqual(['renumbered 1.1 -> 2.1', 'renumbered 2.1 -> 1.1']);
    expect(changeOf(diff, 'target', '1.1').fields).toEqual({});
  });

  it('reads objective linkage through the goal matching', () => {
    const diff = diffFixture('swap');
    // D.1: ["1"] -> ["2"], both Growth: no change. D.2: ["1"] -> ["1"], Growth -> Inclusiveness: a change.
    expect(changeOf(diff, 'objective', 'D.1').kind).toBe('same');
    expect(changeOf(diff, 'objective', 'D.2')).toMatchObject({ kind: 'changed', fields: { 'goals.primary': { from: ['1'], to: ['1'] } } });
  });

  it('finds a split: one goal covered by two', () => {
    const diff = diffFixture('split');
    expect(outline(diff, 'goal')).toEqual(['same 1 -> 1', 'split 4 -> 4+5']);
    expect(changeOf(diff, 'goal', '4').labels.to).toEqual(['Innovation', 'Partnership']);
  });

  it('finds a merge: two goals covered by one', () => {
    const diff = diffFixture('merged');
    expect(outline(diff, 'goal')).toEqual(['same 1 -> 1', 'merged 4+5 -> 4']);
  });

  it('does not take an id for proof: same id, other meaning is removed and added', () => {
    const diff = diffFixture('added-removed');
    expect(outline(diff, 'goal')).toEqual(['same 1 -> 1', 'removed 3 -> ', 'added  -> 3']);
  });

  it('takes explicit lineage (formerly) over text, for a pair and for a split', () => {
    const diff = diffFixture('lineage');
    expect(changeOf(diff, 'target', '2.1.B')).toMatchObject({ kind: 'renumbered', to: ['2.9'] });
    expect(changeOf(diff, 'goal', '4')).toMatchObject({ kind: 'split', to: ['7', '8'] });
    // lineage decides the pairing, not the score: a pair keeps its match score, below 1
    expect(changeOf(diff, 'target', '2.1.B').score).toBeLessThan(1);
  });

  it('reads lineage from the later plan in either direction, so the reverse diff is the mirror image', () => {
    const from = loadClean(`${FIXTURES}/lineage/from`);
    const to = loadClean(`${FIXTURES}/lineage/to`);
    const forward = diffPlans(from, to);
    const backward = diffPlans(to, from);
    expect(outline(backward, 'goal')).toEqual(['same 2 -> 2', 'merged 7+8 -> 4']);
    const reverse = backward.changes.find((change) => change.entity === 'target' && change.from.includes('2.9'));
    expect(reverse).toMatchObject({ kind: 'renumbered', to: ['2.1.B'], score: changeOf(forward, 'target', '2.1.B').score });
  });

  it('ignores lineage when the `to` plan does not follow the `from` plan', () => {
    const diff = diffPlans(loadClean(`${FIXTURES}/lineage/to`), loadClean(`${FIXTURES}/lineage/to`));
    expect(hasDifferences(diff)).toBe(false);
    const unrelated = diffPlans({ ...loadClean(`${FIXTURES}/lineage/from`), cycle: 'other' }, loadClean(`${FIXTURES}/lineage/to`));
    expect(outline(unrelated, 'goal')).toEqual(['same 2 -> 2', 'removed 4 -> ', 'added  -> 7', 'added  -> 8']);
  });

  it('shows a target moved to another goal', () => {
    const diff = diffFixture('moved');
    expect(changeOf(diff, 'target', '1.2')).toMatchObject({ kind: 'renumbered', to: ['2.3'], fields: { goal: { from: '1', to: '2' } } });
  });

  it('rejects matches below the threshold', () => {
    expect(outline(diffFixture('changed', { threshold: 0.99 }), 'target')).toEqual(['removed 1.1 -> ', 'same 2.1 -> 2.1', 'added  -> 1.1']);
  });

  it('covers every change kind across the fixtures', () => {
    const cases = ['unchanged', 'changed', 'renamed', 'renumbered', 'split', 'merged', 'added-removed', 'partial'];
    const seen = new Set(cases.flatMap((name) => diffFixture(name).changes.map((change) => change.kind)));
    expect([...seen].sort()).toEqual([...CHANGE_KINDS].sort());
  });

  it('keeps every score within 0 and 1 and reports only the entities asked for', () => {
    const diff = diffFixture('renumbered', { entities: ['target'] });
    expect(Object.keys(diff.summary)).toEqual(['target']);
    expect(diff.changes.every((change) => change.entity === 'target' && change.score >= 0 && change.score <= 1)).toBe(true);
  });
});
