import { stringify } from 'yaml';
import { exportPlan, loadPlan, resolvePlans } from '../core.js';
import { EXIT, type GlobalOptions } from '../cli.js';
import { writeError, writeOutput } from './output.js';

export async function runExport(arg: string, options: GlobalOptions & { format: 'json' | 'yaml'; out?: string }): Promise<number> {
  const [location] = resolvePlans([arg], options.plans);
  const { plan, diagnostics } = loadPlan(location.dir);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  for (const error of errors) writeError(`${error.file}:${error.line}:${error.column}: ${error.message} (${error.code})`);
  const data = exportPlan(plan);
  const text = options.format === 'yaml' ? stringify(data, { lineWidth: 0 }) : `${JSON.stringify(data, null, 2)}\n`;
  await writeOutput(text, options.out, { plansDir: options.plans, inputs: [location.dir, options.config] });
  return errors.length > 0 ? EXIT.findings : EXIT.ok;
}
