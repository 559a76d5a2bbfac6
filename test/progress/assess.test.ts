/** The edges of the status arithmetic, on the pure function itself (the plans' cases are in arithmetic.test.ts). */
import { describe, expect, it } from 'vitest';
import { assessTarget, compareEditions } from '../../src/progress/assess.js';
import type { Measure, Observation } from '../../src/types/plan.js';

const share: Measure = { value: 60, unit: '%', by: 2023, baseline: { year: 2019, value: 40 } };
const at = (year: number, value: number, extra: Partial<Observation> = {}): Observation => ({ target: '1', year, value, unit: '%', source: 's', ...extra });
const assess = (measure: Measure | undefined, observations: Observation[], more: { asOf?: number; defaultDeadline?: number; editions?: Map<string, string> } = {}) =>
  assessTarget({ measure, observations, editions: more.editions ?? new Map(), asOf: more.asOf, defaultDeadline: more.defaultDeadline });

describe('assessTarget', () => {
  it('leaves out values in another unit and values before the baseline year', () => {
    const result = assess(share, [at(2018, 39), at(2021, 5, { unit: 'countries' }), at(2021, 51)]);
    expect(result.observations.map((observation) => observation.use)).toEqual(['before-baseline', 'other-unit', 'counted']);
    expect(result).toMatchObject({ status: 'on-track', latest: { year: 2021, value: 51 } });
  });

  it('is exactly on the line without rounding it off the line', () => {
    expect(assess({ value: 0.7, unit: '%', by: 2023, baseline: { year: 2020, value: 0.1 } }, [at(2021, 0.3)])).toMatchObject({ status: 'on-track', expected: 0.3 });
  });

  it('takes the end of the period as the deadline when the measure has none', () => {
    const result = assess({ value: 60, unit: '%' }, [at(2020, 40), at(2022, 49)], { defaultDeadline: 2024 });
    expect(result).toMatchObject({ status: 'off-track', expected: 50, line: { to: { year: 2024, value: 60 } } });
  });

  it('can only say "achieved" of a target with neither deadline nor period', () => {
    expect(assess({ value: 60, unit: '%' }, [at(2020, 40), at(2022, 49)])).toMatchObject({ status: 'no-data', reason: 'no-deadline', line: null });
    expect(assess({ value: 60, unit: '%' }, [at(2022, 61)])).toMatchObject({ status: 'achieved' });
  });

  it('keeps to the values up to the as-of year, stated statuses included', () => {
    const result = assess(share, [at(2021, 51), at(2022, 61), { target: '1', year: 2022, status: 'achieved', source: 's' }], { asOf: 2021 });
    expect(result).toMatchObject({ status: 'on-track', stated: null, latest: { year: 2021 } });
  });

  it('takes the latest stated status, the last listed within a year', () => {
    const said = (year: number, status: Observation['status']): Observation => ({ target: '1', year, status, source: 's' });
    expect(assess(share, [said(2022, 'off-track'), said(2021, 'achieved'), said(2022, 'on-track')]).stated).toMatchObject({ year: 2022, status: 'on-track' });
  });
});

describe('compareEditions', () => {
  it('orders numbers as numbers, text as text, and no edition first', () => {
    expect(['2021', null, '2019', '9', 'b', 'a'].sort(compareEditions)).toEqual([null, '9', '2019', '2021', 'a', 'b']);
  });
});
