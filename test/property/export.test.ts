/**
 * `plan export` is lossless: the merged plan of any set of part files, exported as YAML (or as JSON, which
 * is YAML too) and loaded again, is the same plan.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPlan } from '../../src/index.js';
import { Random } from '../fuzz/random.js';
import { PROPERTY_TIMEOUT_MS, propertyOptions } from '../fuzz/settings.js';
import { validPlan } from './plan-arbitrary.js';
import { exportYaml, load, Scratch, writePlanParts } from './plan-files.js';

const scratch = new Scratch();
afterAll(() => scratch.remove());

/** Writes one file into a new folder named after the cycle and loads it; no load finding is allowed. */
function reload(cycle: string, text: string) {
  const dir = scratch.folder(cycle);
  writeFileSync(path.join(dir, 'plan.yaml'), text);
  const loaded = load(dir);
  expect(loaded.diagnostics).toEqual([]);
  return loaded.plan;
}

describe('export then load', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('gives back the same plan, from YAML and from JSON', () => {
    fc.assert(
      fc.property(validPlan, fc.integer({ min: 1, max: 3 }), fc.noBias(fc.integer()), (plan, parts, seed) => {
        const dir = scratch.folder(plan.cycle);
        writePlanParts(dir, plan, parts, new Random(seed));
        const loaded = load(dir);
        expect(loaded.diagnostics).toEqual([]);
        const exported = exportPlan(loaded.plan);
        // the parts merge into the plan they were cut from
        expect(exported).toEqual(exportPlan(plan));
        expect(exportPlan(reload(plan.cycle, exportYaml(loaded.plan)))).toEqual(exported);
        expect(exportPlan(reload(plan.cycle, `${JSON.stringify(exported, null, 2)}\n`))).toEqual(exported);
      }),
      propertyOptions(),
    );
  });

  it('keeps what a partial plan says it knows: complete_lists, and gaps as strings and as {text, concerns}', () => {
    const plan = load(path.resolve('test/fixtures/diff/partial/from')).plan;
    expect(plan.complete_lists).toEqual(['goals']);
    expect(plan.gaps[1]).toEqual({ text: 'Objective T.1: title, outcomes and outputs not available.', concerns: { objectives: ['T.1'] } });
    for (const text of [exportYaml(plan), `${JSON.stringify(exportPlan(plan), null, 2)}\n`]) {
      const dir = scratch.folder(plan.cycle);
      writeFileSync(path.join(dir, 'plan.yaml'), text);
      const again = load(dir);
      expect(again.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
      expect(exportPlan(again.plan)).toEqual(exportPlan(plan));
    }
  });
});
