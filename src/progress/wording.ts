/** The words of progress: a status's reason as a sentence, amounts and rates. The one place they are written. */
import { amount, goalLevel } from '../graph/measure.js';
import type { Measure } from '../types/plan.js';
import type { Assessment, ObservationUse } from './assess.js';
import type { StatedStatusView, TargetProgress } from './types.js';

/** A value in a unit, or the bare number when the unit is unknown. */
export function valueText(value: number, unit: string | null): string {
  return unit === null ? String(value) : amount(value, unit);
}

/** The latest value counted, with its year: "57% (2019)". */
export function latestText(latest: TargetProgress['latest']): string | null {
  return latest ? `${valueText(latest.value, latest.unit)} (${latest.year})` : null;
}

/** The status a source states, with its year and source: "on-track (2018, seed-001)". */
export function statedText(stated: StatedStatusView | null): string | null {
  return stated ? `${stated.status} (${stated.year}, ${stated.source})` : null;
}

/** Why an observation's value is not counted; null when it is (or it has no value). */
export const USE_TEXT: Record<ObservationUse, string | null> = {
  counted: null,
  revised: 'revised by a later edition',
  'other-unit': "not in the figure's unit",
  'before-baseline': 'before the baseline year',
  'status-only': null,
};

/** A rate per year with its sign: "+2.8", "-0.5"; "—" when there is none. */
export function rateText(rate: number | null): string {
  if (rate === null) return '—';
  return rate > 0 ? `+${rate}` : String(rate);
}

export function explain(assessment: Assessment, measure: Measure | undefined, deadline: number | null, asOf: number | null): string {
  const { latest, line, expected } = assessment;
  const unit = measure?.unit ?? null;
  const at = latest ? `${valueText(latest.value!, unit)} in ${latest.year}` : '';
  const goal = measure ? valueText(goalLevel(measure), unit) : '';
  const isDecrease = measure?.direction === 'decrease';
  const lineText = line ? `the line from ${valueText(line.from.value, unit)} (${line.from.year}) to ${valueText(line.to.value, unit)} (${line.to.year})` : '';
  switch (assessment.reason) {
    case 'no-figure':
      return 'no figure to measure against';
    case 'no-value':
      return `no value observed in the figure's unit${asOf === null ? '' : ` up to ${asOf}`}`;
    case 'no-deadline':
      return `${at} does not yet reach ${goal}, and the target has no deadline`;
    case 'reached':
      return `${at} ${isDecrease ? 'is at or below' : 'reaches'} the figure (${goal})${assessment.isAfterDeadline ? `, after the deadline (${deadline})` : ''}`;
    case 'deadline-passed':
      return `${at}, at or after the deadline (${deadline}), ${isDecrease ? 'is still above' : 'falls short of'} ${goal}`;
    case 'only-start-year':
      return line?.startsAt === 'baseline'
        ? `the only value observed is for the baseline year (${line.from.year}): no progress to judge yet`
        : `only ${latest?.year} is observed and no baseline is recorded: no line to compare with`;
    case 'at-or-beyond-line':
      return `${at} is at or ${isDecrease ? 'below' : 'beyond'} the ${valueText(expected!, unit)} of ${lineText}`;
    case 'behind-line':
      return `${at} is behind the ${valueText(expected!, unit)} of ${lineText}`;
  }
}
