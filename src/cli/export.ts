import { stringify } from 'yaml';
import { exportPlan, loadPlan, resolvePlans } from '../core.js';
import { EXIT, type GlobalOptions } from '../cli.js';
import { writeOutput } from './output.js';

export async function runExport(arg: string, options: GlobalOptions & { format: 'json' | 'yaml'; out?: string }): Promise<number> {
  const [location] = resolvePlans([arg], options.plans);
  const { plan, diagnostics } = loadPlan(location.dir);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  for (const error of errors) process.stderr.write(`plan: ${error.file}:${error.line}:${error.column}: ${error.message} (${error.code})\n`);
  const data = exportPlan(plan);
  const text = options.format === 'yaml' ? stringify(data, { lineWidth: 0 }) : `${JSON.stringify(data, null, 2)}\n`;
  writeOutput(text, options.out, { plansDir: options.plans, inputs: [location.dir] });
  return errors.length > 0 ? EXIT.findings : EXIT.ok;
}
