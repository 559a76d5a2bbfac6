import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph, CHECKS, DEFAULT_SIMILARITY_THRESHOLD, loadPlan } from '../../src/index.js';
import { check, expected, FIXTURES, fixtureFiles, found, KNOWN_CYCLES, ROOT, ScratchPlans, VALID } from './helpers.js';

const BOM = '\uFEFF';
const crlf = (text: string): string => text.replace(/\n/g, '\r\n');

/** The files of a fixture folder with each text transformed. */
function transformed(folder: string, change: (text: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(fixtureFiles(folder)).map(([name, text]) => [name, change(text)]));
}

describe('the valid plan', () => {
  it('gives no diagnostic', () => {
    expect(check(VALID, { knownCycles: KNOWN_CYCLES })).toEqual([]);
  });

  const graph = buildGraph(loadPlan(path.join(ROOT, FIXTURES, VALID)), KNOWN_CYCLES);
  it.each(CHECKS.filter((each) => each.run).map((each) => [each.code, each] as const))('%s finds nothing in it', (_code, each) => {
    expect(each.run!(graph, { similarityThreshold: DEFAULT_SIMILARITY_THRESHOLD })).toEqual([]);
  });
});

describe('BOM and CRLF line endings', () => {
  const scratch = new ScratchPlans();
  afterAll(() => scratch.remove());
  const variants: [string, (text: string) => string][] = [
    ['a UTF-8 BOM', (text) => BOM + text],
    ['CRLF line endings', crlf],
    ['a BOM and CRLF line endings', (text) => BOM + crlf(text)],
  ];

  it.each(variants)('the valid plan with %s gives no diagnostic', (name, change) => {
    const dir = scratch.write(path.join(name.replace(/\W+/g, '-'), '2030-2033'), transformed(VALID, change));
    expect(check(dir, { knownCycles: KNOWN_CYCLES, root: scratch.root })).toEqual([]);
  });

  it.each(variants)('with %s, findings keep their line', (name, change) => {
    const folder = path.join(name.replace(/\W+/g, '-'), 'target-goal');
    scratch.write(folder, transformed('dangling-ref/target-goal', change));
    expect(found(check(folder, { root: scratch.root }))).toEqual(
      expected(folder, [{ code: 'dangling-ref', id: '1.2', severity: 'error', file: 'plan.yaml', at: 'goal: "9"' }], scratch.root),
    );
  });
});
