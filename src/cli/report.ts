import { checkPlanInParallel, configForPlan, knownCycles, loadPlan, resolvePlans, UsageError, type PlanLocation } from '../index.js';
import { buildReportModel, renderReport, type ReportFormat } from '../render/index.js';
import { EXIT, type GlobalOptions } from '../cli.js';
import { checkOutputSize, outputLimit, textSize } from './output-limit.js';
import { writeOutput } from './output.js';

interface ReportOptions extends GlobalOptions {
  goal?: string;
  sector?: string;
  format: ReportFormat;
  template?: string;
  out?: string;
}

/**
 * `plan report`: a plan with error-level findings is reported all the same (the report shows them in a
 * banner), so the exit code is 0 unless the command itself is misused.
 */
export async function runReport(cycle: string | undefined, options: ReportOptions): Promise<number> {
  const location = cycle === undefined ? newestAdoptedCycle(options.plans) : resolvePlans([cycle], options.plans)[0];
  const config = configForPlan(options.config, location.dir);
  const loaded = loadPlan(location.dir, { config });
  const { graph, diagnostics } = await checkPlanInParallel(loaded, { config, knownCycles: knownCycles(options.plans) });
  // a finding suppressed by a `# plan-ignore` comment is settled: the report shows what is still open
  const open = diagnostics.filter((diagnostic) => !diagnostic.suppression);
  const model = buildReportModel(graph, open, { goal: options.goal, sector: options.sector });
  const limit = outputLimit(loaded);
  checkOutputSize(textSize(model, limit), limit, 'report');
  const text = await renderReport(model, { format: options.format, template: options.template });
  await writeOutput(text, options.out, { plansDir: options.plans, inputs: [location.dir, options.template, options.config, config.file], limit: { bytes: limit, what: 'report' } });
  return EXIT.ok;
}

/** The default cycle: the adopted plan that ends last (by period end, then by name). */
export function newestAdoptedCycle(plansDir: string): PlanLocation {
  const adopted = resolvePlans([], plansDir)
    .map((location) => ({ location, plan: loadPlan(location.dir).plan }))
    .filter(({ plan }) => plan.status === 'adopted')
    .sort((a, b) => (a.plan.period?.end ?? -Infinity) - (b.plan.period?.end ?? -Infinity) || (a.location.cycle < b.location.cycle ? -1 : a.location.cycle > b.location.cycle ? 1 : 0));
  const newest = adopted.at(-1);
  if (newest === undefined) throw new UsageError(`no adopted plan cycle in ${plansDir}: name the cycle to report on`);
  return newest.location;
}
