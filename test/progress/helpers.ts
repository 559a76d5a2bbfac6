import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph, loadPlan } from '../../src/index.js';
import { buildProgress, type ProgressOptions } from '../../src/progress/model.js';
import type { ProgressReport, TargetProgress } from '../../src/progress/types.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Test-fixture plans with made-up figures: `fixture-increasing` and `fixture-decreasing`. */
export const FIXTURE_PLANS = path.join(ROOT, 'test/fixtures/progress/plans');
export const BUNDLED_PLANS = path.join(ROOT, 'plans');

export function progressOf(dir: string, options: ProgressOptions = {}): ProgressReport {
  return buildProgress(buildGraph(loadPlan(dir)), options);
}

export function fixtureProgress(cycle: string, options: ProgressOptions = {}): ProgressReport {
  return progressOf(path.join(FIXTURE_PLANS, cycle), options);
}

export function targetOf(report: ProgressReport, id: string): TargetProgress {
  const target = report.targets.find((each) => each.id === id);
  if (!target) throw new Error(`no target ${id} in ${report.cycle}`);
  return target;
}
