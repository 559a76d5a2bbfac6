/**
 * The status arithmetic of `plan progress`, pinned on the test-fixture plans of
 * test/fixtures/progress/plans (figures made up for these tests; each case is explained in its file).
 */
import { describe, expect, it } from 'vitest';
import { fixtureProgress, targetOf } from './helpers.js';

describe('targets reached going up', () => {
  const report = fixtureProgress('fixture-increasing');
  const target = (id: string) => targetOf(report, id);

  it('measures from a recorded baseline: the latest value reaches the figure', () => {
    expect(target('1.1')).toMatchObject({ status: 'achieved', reason: 'reached', latest: { year: 2023, value: 61 }, neededRate: null, observedRate: 5.25 });
    expect(target('1.1').line).toEqual({ from: { year: 2019, value: 40 }, to: { year: 2023, value: 60 }, startsAt: 'baseline' });
  });

  it('draws the line from the first value when no baseline is recorded, and finds 58 behind its 65', () => {
    expect(target('1.2')).toMatchObject({ status: 'off-track', reason: 'behind-line', expected: 65, neededRate: 11, observedRate: 4, share: 0.267 });
    expect(target('1.2').line?.startsAt).toBe('first-observation');
  });

  it('shows a stated status beside the computed one, and says when they differ', () => {
    expect(target('1.2').statedStatus).toMatchObject({ status: 'on-track', year: 2021, source: 'series-2021', edition: '2021' });
    expect(target('1.2').statusesDisagree).toBe(true);
    expect(target('1.4')).toMatchObject({ status: 'no-data', reason: 'no-value', statedStatus: { status: 'on-track' }, statusesDisagree: false });
  });

  it('judges nothing from one observed year without a baseline', () => {
    expect(target('1.5')).toMatchObject({ status: 'no-data', reason: 'only-start-year', expected: null, observedRate: null, neededRate: 1.667 });
  });

  it('computes no status for a target without a figure, but lists its values', () => {
    expect(target('2.1')).toMatchObject({ status: null, reason: 'no-figure', figure: null, latest: { value: 12, unit: 'countries' } });
  });

  it('counts the newest edition of a revised year', () => {
    const revised = target('2.2');
    expect(revised.observations.map((observation) => [observation.year, observation.value, observation.use])).toEqual([
      [2020, 60, 'counted'],
      [2021, 63, 'revised'],
      [2021, 61, 'counted'],
    ]);
    expect(revised).toMatchObject({ status: 'off-track', latest: { value: 61, source: 'series-2023' }, expected: 63.333 });
  });

  it('is off-track when a value observed after the deadline still falls short', () => {
    expect(target('2.3')).toMatchObject({ status: 'off-track', reason: 'deadline-passed', isAfterDeadline: true, neededRate: null });
  });

  it('starts a % change at 0 in its baseline year', () => {
    expect(target('2.4')).toMatchObject({ status: 'on-track', expected: 25, line: { from: { year: 2019, value: 0 }, startsAt: 'baseline' } });
  });

  it('counts the statuses per goal', () => {
    expect(report.goals.map((goal) => [goal.id, goal.counts])).toEqual([
      ['1', { achieved: 2, 'on-track': 0, 'off-track': 1, 'no-data': 2, 'no-figure': 0 }],
      ['2', { achieved: 0, 'on-track': 1, 'off-track': 2, 'no-data': 0, 'no-figure': 1 }],
    ]);
  });
});

describe('targets reached going down', () => {
  const report = fixtureProgress('fixture-decreasing');
  const target = (id: string) => targetOf(report, id);

  it('is on the line at or below it', () => {
    expect(target('1.1')).toMatchObject({ status: 'on-track', expected: 4, latest: { year: 2022, value: 4 }, neededRate: -1, observedRate: -1, share: 0.75 });
    expect(target('1.1').figure).toMatchObject({ direction: 'decrease', text: 'at most 3% of monthly income by 2023 (baseline 2019: 7)' });
  });

  it('reads a "% change" decrease as a change below zero', () => {
    expect(target('1.2')).toMatchObject({ status: 'on-track', expected: -25, line: { to: { year: 2023, value: -50 } } });
    expect(target('1.2').figure?.text).toBe('-50% change by 2023 (baseline 2019)');
  });

  it('is achieved once a value is at or below the figure, even after the deadline', () => {
    expect(target('1.3')).toMatchObject({ status: 'achieved', isAfterDeadline: true, neededRate: null });
  });

  it('is off-track when the value at the deadline is still above the figure', () => {
    expect(target('1.4')).toMatchObject({ status: 'off-track', reason: 'deadline-passed', latest: { year: 2023, value: 6 } });
  });
});

describe('--as-of', () => {
  it('uses only the observations up to the year: 1.1 was on the line in 2021, before it was reached', () => {
    const report = fixtureProgress('fixture-increasing', { asOf: 2021 });
    expect(report.asOf).toBe(2021);
    expect(targetOf(report, '1.1')).toMatchObject({ status: 'on-track', reason: 'at-or-beyond-line', expected: 50, latest: { year: 2021, value: 52 }, neededRate: 4 });
    expect(targetOf(report, '1.1').observations.map((observation) => observation.year)).toEqual([2019, 2021]);
  });

  it('can turn a status back: the decreasing target 1.1 was behind its line in 2021', () => {
    expect(targetOf(fixtureProgress('fixture-decreasing', { asOf: 2021 }), '1.1')).toMatchObject({ status: 'off-track', expected: 5, latest: { value: 5.5 } });
  });

  it('leaves no data before the first observation', () => {
    const report = fixtureProgress('fixture-decreasing', { asOf: 2019 });
    expect(report.targets.map((target) => target.status)).toEqual(['no-data', 'no-data', 'no-data', 'no-data']);
  });
});

describe('--goal', () => {
  it('keeps one goal and its targets', () => {
    const report = fixtureProgress('fixture-increasing', { goal: '2' });
    expect(report.goals.map((goal) => goal.id)).toEqual(['2']);
    expect(report.targets.map((target) => target.id)).toEqual(['2.1', '2.2', '2.3', '2.4']);
    expect(report.sources.map((source) => source.id)).toEqual(['fixture', 'series-2021', 'series-2023']);
  });

  it('refuses an unknown goal, naming the goals there are', () => {
    expect(() => fixtureProgress('fixture-increasing', { goal: '9' })).toThrow(/unknown goal "9" in fixture-increasing \(goals: 1, 2\)/);
  });
});
