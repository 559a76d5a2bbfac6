/** The committed source fixtures are in the form `npm run fixtures:sources` writes (check:sources compares what they say with the seeds). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CYCLES, fixtureFile, fixtureText, readFixture } from '../../scripts/sources/fixtures.js';

describe('test/fixtures/sources/', () => {
  it.each(CYCLES)('%s.yaml is in the form the script writes', (cycle) => {
    const facts = readFixture(cycle);
    expect(Object.keys(facts).length).toBeGreaterThan(2);
    expect(readFileSync(fixtureFile(cycle), 'utf8')).toBe(fixtureText(cycle, facts));
  });
});
