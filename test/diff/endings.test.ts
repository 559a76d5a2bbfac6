/** How the targets carried forward ended: the diff's endings, on the bundled plans' real observations. */
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/diff/index.js';
import { overviewOf } from '../../src/diff/overview.js';
import { loadClean } from './helpers.js';

const plan = (cycle: string) => loadClean(`plans/${cycle}`);

describe('plan diff 2016-2019 2020-2023: how the old targets ended', () => {
  const diff = diffPlans(plan('2016-2019'), plan('2020-2023'));

  it('gives every carried-forward target 2016-2019 observes its last value, status and stated status', () => {
    expect(diff.endings.find((ending) => ending.target === '1.1')).toEqual({
      target: '1.1',
      figure: '55% by 2020',
      latest: { year: 2019, value: 57, unit: '%', source: 'itu-ff-2019-press' },
      status: 'achieved',
      statedStatus: { status: 'on-track', year: 2018, source: 'seed-001' },
      next: [{ id: '1.1', figure: '65% by 2023' }],
    });
    // 2.4, 3.2, 3.3 and 4.1 have no observation in 2016-2019: no ending
    expect(diff.endings.map((ending) => ending.target)).toEqual(['1.1', '1.2', '1.3', '2.1.A', '2.1.B', '2.2.A', '2.2.B', '2.3.A', '2.3.B', '2.5.A', '2.5.B', '3.1']);
  });

  it('says so in a line, old cycle to new, through renumbering', () => {
    const lines = overviewOf(diff).endings;
    expect(lines[0]).toBe('2016-2019 1.1: 55% by 2020, last observed 57% in 2019 (achieved), stated on-track in 2018 (seed-001) → 2020-2023 1.1: 65% by 2023');
    expect(lines).toContain('2016-2019 2.1.B: 15% by 2020, last observed 15% in 2017 (achieved), stated on-track in 2018 (seed-001) → 2020-2023 2.2: 30% by 2023');
    expect(lines).toContain('2016-2019 2.3.A: -40% change by 2020, no value observed, stated off-track in 2018 (seed-001) → 2020-2023 2.5: -25% change by 2023 (baseline 2017)');
    expect(lines).toContain('2016-2019 2.5.A: no figure, last observed 17% in 2019 → 2020-2023 2.8: no figure');
  });

  it('has nothing to say when targets are not compared', () => {
    expect(diffPlans(plan('2016-2019'), plan('2020-2023'), { entities: ['goal'] }).endings).toEqual([]);
  });
});
