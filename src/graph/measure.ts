import type { Direction, Measure } from '../types/plan.js';

/**
 * "65% by 2023", "25% change by 2023 (baseline 2017)": a unit starting with % sticks to the number. A
 * target reached going down says so: "at most 3% of average monthly income", "-40% change".
 */
export function figure(measure: Measure): string {
  const by = measure.by !== undefined ? ` by ${measure.by}` : '';
  const baseline = measure.baseline;
  const from = baseline ? [baseline.year, baseline.value].filter((part) => part !== undefined).join(': ') : '';
  return `${directed(measure)}${by}${from ? ` (baseline ${from})` : ''}`;
}

function directed(measure: Measure): string {
  return directedAmount(measure.value, measure.unit, measure.direction);
}

/** A figure with its unit, as reached: "55%", "at most 5% of GNI per capita", "-40% change". */
export function directedAmount(value: number, unit: string, direction: Direction | undefined): string {
  if (direction !== 'decrease') return amount(value, unit);
  return isChangeUnit(unit) ? amount(-value, unit) : `at most ${amount(value, unit)}`;
}

/** A number with its unit: "57%", "48 countries". */
export function amount(value: number, unit: string): string {
  return unit.startsWith('%') ? `${value}${unit}` : `${value} ${unit}`;
}

/** A relative change since the baseline year: its observations start at 0 there. */
export function isChangeUnit(unit: string): boolean {
  return unit === '% change';
}

/** The figure in the scale of the observations: a decrease stated in `% change` is a change below zero. */
export function goalLevel(measure: Measure): number {
  return isChangeUnit(measure.unit) && measure.direction === 'decrease' ? -measure.value : measure.value;
}
