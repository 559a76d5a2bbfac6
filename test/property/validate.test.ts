/**
 * Properties of `plan validate` on generated plans: a valid plan gives no finding at all, and a fault
 * planted in one gives its finding, with the item's id, in the file and on the line that hold it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlan, type Diagnostic } from '../../src/index.js';
import type { Plan } from '../../src/types/plan.js';
import { Random } from '../fuzz/random.js';
import { PROPERTY_TIMEOUT_MS, propertyOptions } from '../fuzz/settings.js';
import { validPlan } from './plan-arbitrary.js';
import { load, Scratch, writePlanParts } from './plan-files.js';

const scratch = new Scratch();
afterAll(() => scratch.remove());

const layout = fc.record({ parts: fc.integer({ min: 1, max: 3 }), seed: fc.noBias(fc.integer()) });

/** Writes the plan as part files and validates the folder, as `plan validate` does. */
function validate(plan: Plan, { parts, seed }: { parts: number; seed: number }): { dir: string; diagnostics: Diagnostic[] } {
  const dir = scratch.folder(plan.cycle);
  writePlanParts(dir, plan, parts, new Random(seed));
  const diagnostics = checkPlan(load(dir)).diagnostics;
  return { dir, diagnostics };
}

/** A fault planted in a valid plan, and the findings it must give (code and id, and a text on their line). */
interface Fault {
  name: string;
  plant: (plan: Plan) => { code: string; id: string; onLine: string }[];
}

const MISSING = 'Z.404';

const FAULTS: Fault[] = [
  { name: 'target names a missing goal', plant: (plan) => [{ code: 'dangling-ref', id: setRef(plan.targets.at(-1)!, 'goal'), onLine: MISSING }] },
  {
    name: 'objective names a missing primary goal',
    plant: (plan) => {
      const objective = plan.objectives.at(-1)!;
      objective.goals!.primary!.push(MISSING);
      return [{ code: 'dangling-ref', id: objective.id, onLine: MISSING }];
    },
  },
  {
    name: 'outcome names a missing objective',
    plant: (plan) => {
      const outcome = addResult(plan, 'outcomes', plan.objectives[0].id);
      setRef(outcome, 'objective');
      // one finding: the outcome reaches no goal because its reference dangles, which dangling-ref says
      return [{ code: 'dangling-ref', id: outcome.id, onLine: MISSING }];
    },
  },
  {
    name: 'two goals share an id',
    plant: (plan) => {
      plan.goals.push({ ...plan.goals[0], name: 'Repeated kuzo' });
      return [{ code: 'duplicate-id', id: plan.goals[0].id, onLine: plan.goals[0].id }];
    },
  },
  {
    name: 'two outputs share an id',
    plant: (plan) => {
      const output = addResult(plan, 'outputs', plan.objectives[0].id);
      plan.outputs.push({ ...output, text: 'Repeated vuto' });
      return [{ code: 'duplicate-id', id: output.id, onLine: output.id }];
    },
  },
  {
    name: 'the results of an objective without goals are orphans',
    plant: (plan) => {
      const objective = plan.objectives.at(-1)!;
      objective.goals = { primary: [] };
      const outcome = addResult(plan, 'outcomes', objective.id);
      const output = addResult(plan, 'outputs', objective.id);
      const results = [...plan.outcomes, ...plan.outputs].filter((result) => result.objective === objective.id);
      expect(results).toContain(outcome);
      expect(results).toContain(output);
      return results.map((result) => ({ code: plan.outcomes.includes(result) ? 'orphan-outcome' : 'orphan-output', id: result.id, onLine: objective.id }));
    },
  },
];

function setRef(item: { id: string; goal?: string; objective?: string }, field: 'goal' | 'objective'): string {
  item[field] = MISSING;
  return item.id;
}

/** Adds a result to an objective (with a fresh id of the usual shape) and returns it. */
function addResult(plan: Plan, kind: 'outcomes' | 'outputs', objective: string) {
  const result = { id: `${objective}-${kind === 'outcomes' ? 'z' : '9'}`, objective, text: `Planted ${kind} tiruno` };
  plan[kind].push(result);
  return result;
}

describe('validate on generated plans', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('finds nothing in a valid plan, however it is split into files', () => {
    fc.assert(
      fc.property(validPlan, layout, (plan, parts) => {
        expect(validate(plan, parts).diagnostics).toEqual([]);
      }),
      propertyOptions(),
    );
  });

  it.each(FAULTS.map((fault) => [fault.name, fault] as const))('always finds a planted fault: %s', (_name, fault) => {
    fc.assert(
      fc.property(validPlan, layout, (plan, parts) => {
        const wanted = fault.plant(plan);
        const { dir, diagnostics } = validate(plan, parts);
        for (const { code, id, onLine } of wanted) {
          const hits = diagnostics.filter((diagnostic) => diagnostic.code === code && diagnostic.id === id);
          expect(hits, `${code} ${id} in ${JSON.stringify(diagnostics)}`).not.toEqual([]);
          const lines = hits.map((hit) => readFileSync(path.join(path.dirname(path.dirname(dir)), hit.file), 'utf8').split('\n')[hit.line - 1]);
          expect(lines.some((line) => line.includes(onLine)), `${code} ${id}: ${JSON.stringify(lines)}`).toBe(true);
        }
      }),
      propertyOptions(Math.ceil(propertyOptions().numRuns / 2)),
    );
  });
});
