import { CHECKS, configForPlan } from '../core.js';
import { EXIT, type GlobalOptions } from '../cli.js';
import { writeOutput } from './output.js';

export async function runRules(options: GlobalOptions & { format: 'text' | 'json' }): Promise<number> {
  const config = configForPlan(options.config, options.plans);
  const rows = CHECKS.map((check) => ({
    code: check.code,
    severity: config.rules[check.code] ?? check.defaultSeverity,
    defaultSeverity: check.defaultSeverity,
    description: check.description,
    fix: check.fix,
  }));
  if (options.format === 'json') {
    await writeOutput(`${JSON.stringify({ rules: rows, similarityThreshold: config.similarityThreshold }, null, 2)}\n`, undefined, { plansDir: options.plans });
    return EXIT.ok;
  }
  const width = Math.max(...rows.map((row) => row.code.length));
  const lines = rows.map((row) => `${row.code.padEnd(width)}  ${row.severity.padEnd(7)}  ${row.description}`);
  await writeOutput(`${lines.join('\n')}\n`, undefined, { plansDir: options.plans });
  return EXIT.ok;
}
