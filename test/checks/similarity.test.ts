import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/index.js';
import { similarPairs, similarPairsExhaustive } from '../../src/text/similarity.js';
import { ROOT } from './helpers.js';

const { plan } = loadPlan(path.join(ROOT, 'plans/2020-2023'));

/** The texts the similar-* checks compare: an objective's title and statement, a result's text. */
const TEXTS: Record<string, string[]> = {
  objectives: plan.objectives.map((objective) => `${objective.title}\n${objective.statement ?? ''}`),
  outcomes: plan.outcomes.map((outcome) => outcome.text),
  outputs: plan.outputs.map((output) => output.text),
};
TEXTS.all = [...TEXTS.objectives, ...TEXTS.outcomes, ...TEXTS.outputs];

const THRESHOLDS = [0.3, 0.5, 0.75, 0.9];

describe('similarPairs (indexed) on the 2020-2023 plan', () => {
  it('reads enough texts to be a real test', () => {
    expect(TEXTS.objectives.length).toBeGreaterThan(10);
    expect(TEXTS.outcomes.length).toBeGreaterThan(50);
    expect(TEXTS.outputs.length).toBeGreaterThan(50);
    expect(similarPairsExhaustive(TEXTS.all, 0.3).length).toBeGreaterThan(0);
  });

  for (const kind of Object.keys(TEXTS)) {
    it.each(THRESHOLDS)(`${kind}: finds exactly the pairs of the exhaustive method at %s`, (threshold) => {
      expect(similarPairs(TEXTS[kind], threshold)).toEqual(similarPairsExhaustive(TEXTS[kind], threshold));
    });
  }
});
