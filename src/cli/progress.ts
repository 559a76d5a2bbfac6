import { checkPlanInParallel, knownCycles, loadConfig, loadPlan, resolvePlans, UsageError } from '../index.js';
import { buildProgress } from '../progress/model.js';
import { EXIT, type GlobalOptions } from '../cli.js';
import { newestAdoptedCycle } from './report.js';
import { checkOutputSize, outputLimit, textSize } from './output-limit.js';
import { useColor, writeError, writeOutput } from './output.js';

interface ProgressOptions extends GlobalOptions {
  goal?: string;
  asOf?: number;
  format: 'text' | 'md' | 'html' | 'json';
  template?: string;
  out?: string;
}

/**
 * `plan progress`: the status of every target against its figure. Like a report, it is computed for a
 * plan with error-level findings too (they are named: in a banner for Markdown and HTML, on stderr
 * otherwise), so the exit code is 0 unless the command is misused.
 */
export async function runProgress(cycle: string | undefined, options: ProgressOptions): Promise<number> {
  if (options.template !== undefined && (options.format === 'text' || options.format === 'json')) {
    throw new UsageError('--template renders Markdown or HTML: use it with --format md or --format html');
  }
  const config = loadConfig(options.config);
  const location = cycle === undefined ? newestAdoptedCycle(options.plans) : resolvePlans([cycle], options.plans)[0];
  const loaded = loadPlan(location.dir, { config });
  const { graph, diagnostics } = await checkPlanInParallel(loaded, { config, knownCycles: knownCycles(options.plans) });
  const progress = buildProgress(graph, { goal: options.goal, asOf: options.asOf });
  const limit = outputLimit(loaded);
  checkOutputSize(textSize(progress, limit), limit, 'progress report');
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  let text: string;
  if (options.format === 'json') text = `${JSON.stringify(progress, null, 2)}\n`;
  else if (options.format === 'text') {
    const isFile = options.out !== undefined && options.out !== '-';
    const { formatProgressText } = await import('../progress/format-text.js');
    text = formatProgressText(progress, { color: !isFile && useColor(options) });
  } else {
    const [{ buildProgressView }, { renderReport }, { findingViews }] = await Promise.all([
      import('../progress/view.js'),
      import('../render/index.js'),
      import('../render/model-sections.js'),
    ]);
    const view = buildProgressView(graph, progress, findingViews(errors));
    checkOutputSize(textSize(view, limit), limit, 'progress report');
    text = await renderReport(view, { format: options.format, template: options.template });
  }
  if (errors.length > 0 && (options.format === 'text' || options.format === 'json')) {
    writeError(`${location.cycle} has ${errors.length} error-level finding${errors.length === 1 ? '' : 's'} (plan validate ${location.cycle} shows them); progress is computed from what loaded`);
  }
  await writeOutput(text, options.out, { plansDir: options.plans, inputs: [location.dir, options.template, options.config, config.file], limit: { bytes: limit, what: 'progress report' } });
  return EXIT.ok;
}
