import { countItems, loadPlan, resolvePlans } from '../core.js';
import type { GlobalOptions } from '../cli.js';
import { EXIT } from '../cli.js';
import { oneLine } from '../text/control-characters.js';
import { writeOutput } from './output.js';

export async function runList(options: GlobalOptions & { format: 'text' | 'json' }): Promise<number> {
  const rows = resolvePlans([], options.plans).map((location) => {
    const { plan, diagnostics } = loadPlan(location.dir);
    return {
      cycle: location.cycle,
      status: plan.status ?? null,
      period: plan.period ? `${plan.period.start}-${plan.period.end}` : null,
      completeness: plan.completeness ?? 'complete',
      gaps: plan.gaps.length,
      previous: plan.previous ?? null,
      counts: countItems(plan),
      loadErrors: diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length,
    };
  });
  if (options.format === 'json') {
    await writeOutput(`${JSON.stringify({ cycles: rows }, null, 2)}\n`, undefined, { plansDir: options.plans });
    return EXIT.ok;
  }
  const { default: Table } = await import('cli-table3');
  const table = new Table({
    head: ['cycle', 'status', 'period', 'completeness', 'goals', 'targets', 'objectives', 'outcomes', 'outputs', 'enablers', 'risks'],
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows) {
    const completeness = row.completeness === 'partial' ? `partial (${row.gaps} gaps)` : row.completeness;
    const { goals, targets, objectives, outcomes, outputs, enablers, risks } = row.counts;
    table.push([oneLine(row.cycle), row.status ?? '?', row.period ?? '?', completeness, ...[goals, targets, objectives, outcomes, outputs, enablers, risks].map(String)]);
  }
  await writeOutput(`${table.toString()}\n`, undefined, { plansDir: options.plans });
  return EXIT.ok;
}
