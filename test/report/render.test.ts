import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CYCLES, FIXTURES, modelOf, PLANS, reportOf } from './helpers.js';

const PLAN_2020 = path.join(PLANS, '2020-2023');

describe('every bundled cycle', () => {
  it('is bundled', () => {
    expect(BUNDLED_CYCLES).toContain('2020-2023');
  });

  it.each(BUNDLED_CYCLES.flatMap((cycle) => [[cycle, 'md'], [cycle, 'html']] as const))('renders %s as %s, whole plan and each goal', async (cycle, format) => {
    const dir = path.join(PLANS, cycle);
    const whole = await reportOf(dir, format);
    expect(whole.length).toBeGreaterThan(500);
    for (const goal of modelOf(dir).goals ?? []) {
      expect(await reportOf(dir, format, { goal: goal.goal.id })).toContain(goal.goal.name.slice(0, 20));
    }
    if (format === 'html') expect(whole).toMatch(/^<!DOCTYPE html>\n<html lang="en">[\s\S]*<\/html>\n$/);
  });
});

describe('a plan with goals but no objectives, targets or risks', () => {
  it.each(['md', 'html'] as const)('renders as %s', async (format) => {
    const dir = path.join(FIXTURES, 'plans/2005-2008');
    expect(await reportOf(dir, format)).toContain('The plan records no objectives.');
    expect(await reportOf(dir, format, { goal: '1' })).toContain('No objective serves this goal primarily.');
  });
});

describe('2020-2023 snapshots', () => {
  it.each([
    ['plan.md', 'md', {}],
    ['plan.html', 'html', {}],
    ['goal-2.md', 'md', { goal: '2' }],
    ['goal-2.html', 'html', { goal: '2' }],
    ['goal-2.json', 'json', { goal: '2' }],
    ['sector-itu-r.md', 'md', { sector: 'ITU-R' }],
  ] as const)('%s', async (name, format, scope) => {
    await expect(await reportOf(PLAN_2020, format, scope)).toMatchFileSnapshot(`__snapshots__/2020-2023.${name}`);
  });
});
