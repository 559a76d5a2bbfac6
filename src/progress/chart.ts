/**
 * The geometry of a target's progress chart: years across, values up; the observations, the on-track
 * line from its start to the figure, and the deadline. Computed here so that the template only draws.
 */
import type { TargetProgress } from './types.js';
import { valueText } from './wording.js';

export interface ChartPoint {
  x: number;
  y: number;
  label: string;
  /** false: a value a later edition revised (drawn hollow, without a label) */
  isCounted: boolean;
}

export interface ChartTick {
  at: number;
  label: string;
}

export interface ProgressChart {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: ChartTick[];
  yTicks: ChartTick[];
  /** the on-track line, from its start to the figure at the deadline */
  line: { x1: number; y1: number; x2: number; y2: number } | null;
  start: (ChartPoint & { kind: string }) | null;
  goal: ChartPoint | null;
  deadline: { x: number; label: string } | null;
  /** the counted observations joined in year order, as SVG polyline points */
  path: string | null;
  points: ChartPoint[];
  /** the unit of the values, written above the value axis (labels carry only the number, and % for shares) */
  unit: string | null;
  /** every value drawn, in words, for the chart's text alternative */
  description: string;
}

const WIDTH = 600;
/** room below the plot for the years and a legend */
const HEIGHT = 300;
const PLOT = { left: 72, right: 580, top: 24, bottom: 236 };

export function progressChart(target: TargetProgress): ProgressChart | null {
  const drawn = target.observations.filter((observation) => observation.value !== null && (observation.use === 'counted' || observation.use === 'revised'));
  // Without a figure, the values' own unit, when they share one.
  const units = new Set(drawn.map((observation) => observation.unit));
  const unit = target.figure?.unit ?? (units.size === 1 ? [...units][0] : null);
  const { line } = target;
  if (drawn.length === 0 && line === null) return null;
  const years = [...drawn.map((observation) => observation.year), ...(line ? [line.from.year, line.to.year] : []), ...(target.figure && target.deadline !== null ? [target.deadline] : [])];
  const values = [...drawn.map((observation) => observation.value!), ...(line ? [line.from.value, line.to.value] : [])];
  const xDomain = padded(Math.min(...years), Math.max(...years), 0.5);
  const yScale = niceScale(values, unit);
  const x = (year: number) => round(PLOT.left + ((year - xDomain[0]) / (xDomain[1] - xDomain[0])) * (PLOT.right - PLOT.left));
  const y = (value: number) => round(PLOT.bottom - ((value - yScale.low) / (yScale.high - yScale.low)) * (PLOT.bottom - PLOT.top));
  const text = (value: number) => valueText(value, unit);
  const short = (value: number) => (unit?.startsWith('%') ? `${value}%` : String(value));
  const counted = drawn.filter((observation) => observation.use === 'counted');
  const points = drawn.map((observation) => ({ x: x(observation.year), y: y(observation.value!), label: short(observation.value!), isCounted: observation.use === 'counted' }));
  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    xTicks: yearTicks(xDomain).map((year) => ({ at: x(year), label: String(year) })),
    yTicks: yScale.ticks.map((value) => ({ at: y(value), label: short(value) })),
    line: line ? { x1: x(line.from.year), y1: y(line.from.value), x2: x(line.to.year), y2: y(line.to.value) } : null,
    start: line ? { x: x(line.from.year), y: y(line.from.value), label: `${line.startsAt === 'baseline' ? 'baseline' : 'start'} ${short(line.from.value)}`, isCounted: true, kind: line.startsAt } : null,
    goal: line ? { x: x(line.to.year), y: y(line.to.value), label: `figure ${short(line.to.value)}`, isCounted: true } : null,
    deadline: target.figure && target.deadline !== null ? { x: x(target.deadline), label: `deadline ${target.deadline}` } : null,
    path: counted.length > 1 ? counted.map((observation) => `${x(observation.year)},${y(observation.value!)}`).join(' ') : null,
    points,
    unit,
    description: describe(target, drawn.map((observation) => `${observation.year}: ${text(observation.value!)}${observation.use === 'revised' ? ' (revised by a later edition)' : ''}`), unit),
  };
}

function describe(target: TargetProgress, observed: string[], unit: string | null): string {
  const parts: string[] = [];
  if (target.figure) parts.push(`Figure: ${target.figure.text}.`);
  if (target.line) {
    const { from, to } = target.line;
    parts.push(`On-track line from ${valueText(from.value, unit)} in ${from.year} to ${valueText(to.value, unit)} in ${to.year}.`);
  }
  parts.push(observed.length > 0 ? `Observed: ${observed.join('; ')}.` : 'No value observed.');
  parts.push(`Status: ${target.status ?? 'no figure'}: ${target.explanation}.`);
  return parts.join(' ');
}

function padded(low: number, high: number, margin: number): [number, number] {
  return low === high ? [low - 1, high + 1] : [low - margin, high + margin];
}

/** Every year of the domain, or every second or fifth one when there are many. */
function yearTicks([low, high]: [number, number]): number[] {
  const first = Math.ceil(low);
  const last = Math.floor(high);
  const step = last - first > 20 ? 5 : last - first > 10 ? 2 : 1;
  const ticks: number[] = [];
  for (let year = first; year <= last; year += step) ticks.push(year);
  return ticks;
}

/** Round numbers around the values (1, 2 or 5 times a power of ten apart); shares stay within 0 to 100. */
function niceScale(values: number[], unit: string | null): { low: number; high: number; ticks: number[] } {
  let low = Math.min(...values);
  let high = Math.max(...values);
  const span = high - low || Math.abs(high) || 1;
  low -= span * 0.15;
  high += span * 0.15;
  const step = niceStep((high - low) / 4);
  low = Math.floor(low / step) * step;
  high = Math.ceil(high / step) * step;
  if (unit === '%' && Math.min(...values) >= 0) low = Math.max(0, low);
  if (unit === '%' && Math.max(...values) <= 100) high = Math.min(100, high);
  const ticks: number[] = [];
  for (let value = low; value <= high + step / 1e6; value += step) ticks.push(round(value, 6));
  return { low, high, ticks };
}

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
