/** Shared set-up of the report tests: build a view model or a report from a plan folder, in-process. */
import path from 'node:path';
import { checkPlan, knownCycles, loadPlan } from '../../src/index.js';
import { buildReportModel, renderReport, type ReportFormat, type ReportModel, type ReportScope } from '../../src/render/index.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const PLANS = path.join(ROOT, 'plans');
export const FIXTURES = path.join(ROOT, 'test/fixtures/report');
export const HOSTILE = path.join(FIXTURES, 'hostile');
export const OUTPUT = path.join(ROOT, 'test/.output');

/** Every cycle bundled under plans/, whatever state the other plans are in. */
export const BUNDLED_CYCLES = knownCycles(PLANS);

export function modelOf(dir: string, scope: ReportScope = {}): ReportModel {
  const loaded = loadPlan(dir, { cwd: ROOT });
  const { graph, diagnostics } = checkPlan(loaded, { knownCycles: BUNDLED_CYCLES });
  return buildReportModel(graph, diagnostics, scope);
}

export async function reportOf(dir: string, format: ReportFormat, scope: ReportScope = {}, template?: string): Promise<string> {
  return renderReport(modelOf(dir, scope), { format, template });
}
