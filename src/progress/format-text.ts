/**
 * `plan progress` as text for a terminal: per goal a table of its targets, then each observed target's
 * observations. Plan text goes through oneLine, so that it cannot send escape sequences to the terminal.
 */
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import { oneLine } from '../text/control-characters.js';
import { statusKey } from './model.js';
import { STATUS_KEYS, type ProgressReport, type TargetProgress } from './types.js';
import { latestText, rateText, statedText, USE_TEXT, valueText } from './wording.js';

export function formatProgressText(report: ProgressReport, options: { color: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<string, (text: string) => string> = {
    achieved: chalk.green,
    'on-track': chalk.cyan,
    'off-track': chalk.red,
    'no-data': chalk.dim,
    'no-figure': chalk.dim,
  };
  const statusText = (target: TargetProgress): string => paint[statusKey(target)](statusKey(target));
  const lines: string[] = [`Progress of ${oneLine(report.cycle)}: ${oneLine(report.title)} (${report.asOf === null ? 'every observation' : `observations up to ${report.asOf}`})`];
  for (const goal of report.goals) {
    const targets = report.targets.filter((target) => target.goal === goal.id);
    const counts = STATUS_KEYS.filter((key) => goal.counts[key] > 0).map((key) => `${goal.counts[key]} ${key}`);
    lines.push('', chalk.bold(`Goal ${oneLine(goal.id)}: ${oneLine(goal.name)}`) + (counts.length > 0 ? ` (${counts.join(', ')})` : ''));
    if (targets.length === 0) {
      lines.push('  no targets');
      continue;
    }
    const table = new Table({
      head: ['target', 'figure', 'latest', 'status', 'stated', 'needed/yr', 'observed/yr'],
      style: { head: [], border: [] },
      chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    });
    for (const target of targets) {
      table.push([
        oneLine(target.id),
        oneLine(target.figure?.text ?? '—'),
        oneLine(latestText(target.latest) ?? '—'),
        statusText(target) + (target.statusesDisagree ? ' ≠' : ''),
        target.statedStatus ? `${target.statedStatus.status} (${target.statedStatus.year})` : '—',
        rateText(target.neededRate),
        rateText(target.observedRate),
      ]);
    }
    lines.push(table.toString());
    for (const target of targets.filter((candidate) => candidate.observations.length > 0)) lines.push(...details(target, statusText(target)));
  }
  lines.push('', 'needed/yr: the change a year from the latest value to the figure by the deadline; observed/yr: the change a year so far. ≠: the computed and the stated status differ.');
  return `${lines.join('\n')}\n`;
}

function details(target: TargetProgress, status: string): string[] {
  const lines = ['', oneLine(`${target.id} ${target.text}`), `  ${status}: ${oneLine(target.explanation)}`];
  const stated = statedText(target.statedStatus);
  if (stated !== null) lines.push(`  stated: ${oneLine(stated)}${target.statusesDisagree ? ', which differs from the computed status' : ''}`);
  for (const observation of target.observations) {
    const what = observation.value !== null ? oneLine(valueText(observation.value, observation.unit)) : '';
    const says = observation.status !== null ? `stated ${observation.status}` : '';
    const source = oneLine(`${observation.source}${observation.edition === null ? '' : `, edition ${observation.edition}`}`);
    const note = USE_TEXT[observation.use];
    lines.push(`  ${observation.year}  ${[what, says].filter(Boolean).join(', ').padEnd(26)} ${source}${note ? ` (${note})` : ''}`);
  }
  return lines;
}
