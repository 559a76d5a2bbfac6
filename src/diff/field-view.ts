import type { FieldChange, FieldValue } from './types.js';
import { wordDiff, type WordPart } from './word-diff.js';

/** One changed field as shown: a word diff for texts, figures with their units and delta for measures. */
export interface FieldView {
  name: string;
  /** for texts present on both sides */
  words: WordPart[] | null;
  from: string;
  to: string;
  /** the delta of a figure, e.g. "+10 points" */
  note: string | null;
}

const TEXT_FIELDS = new Set(['name', 'statement', 'description', 'text', 'title', 'measure.scope']);
const NONE = '(none)';

export function describeField(name: string, field: FieldChange, all: Record<string, FieldChange>): FieldView {
  if (TEXT_FIELDS.has(name) && typeof field.from === 'string' && typeof field.to === 'string') {
    return { name, words: wordDiff(field.from, field.to), from: field.from, to: field.to, note: null };
  }
  if (name === 'measure.value') {
    const units = { from: field.unit ?? (all['measure.unit']?.from as string | undefined), to: field.unit ?? (all['measure.unit']?.to as string | undefined) };
    return { name, words: null, from: figure(field.from, units.from), to: figure(field.to, units.to), note: deltaNote(field.delta, field.unit) };
  }
  if (name === 'measure.by') return { name, words: null, from: prefixed('by', field.from), to: prefixed('by', field.to), note: deltaNote(field.delta, 'years') };
  return { name, words: null, from: plain(field.from), to: plain(field.to), note: null };
}

/** 55 and "%" read "55%"; 5 and "% of GNI per capita" read "5% of GNI per capita"; 3 and "Mbit/s" read "3 Mbit/s". */
export function figure(value: FieldValue, unit: string | undefined): string {
  if (value === undefined) return NONE;
  if (unit === undefined) return String(value);
  return unit.startsWith('%') ? `${value}${unit}` : `${value} ${unit}`;
}

/** "+10 points" for percentages (percentage points, not per cent), "+3 years", "-2 Mbit/s". */
function deltaNote(delta: number | undefined, unit: string | undefined): string | null {
  if (delta === undefined || delta === 0) return null;
  const sign = delta > 0 ? '+' : '\u2212';
  const size = Math.abs(delta);
  const noun = unit === undefined ? '' : unit.startsWith('%') ? (size === 1 ? ' point' : ' points') : size === 1 && unit === 'years' ? ' year' : ` ${unit}`;
  return `${sign}${size}${noun}`;
}

function prefixed(word: string, value: FieldValue): string {
  return value === undefined ? NONE : `${word} ${value}`;
}

function plain(value: FieldValue): string {
  if (value === undefined) return NONE;
  if (Array.isArray(value)) return value.length === 0 ? NONE : value.join(', ');
  return String(value);
}
