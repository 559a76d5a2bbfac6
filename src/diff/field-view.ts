import { directedAmount, isChangeUnit } from '../graph/measure.js';
import type { Direction } from '../types/plan.js';
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
  /** the cycle whose (partial) plan leaves the field empty: not known there, so never "(none) → ..." */
  unknownIn: string | null;
  /** the value on the side that has one, for a field not known on the other, and that side's cycle */
  known: string | null;
  knownIn: string | null;
  /** for a text that differs only in case or punctuation: "case only", "punctuation only", "case and punctuation only" */
  light: string | null;
  /** a text too long to show whole in a summary line: formats fold it ("show the wording") */
  isLong: boolean;
}

const TEXT_FIELDS = new Set(['name', 'statement', 'description', 'text', 'title', 'measure.scope']);
const NONE = '(none)';
/** From this many characters a text is folded away in the HTML and left out of the one-line text output. */
export const LONG_TEXT = 100;

export function describeField(name: string, field: FieldChange, all: Record<string, FieldChange>): FieldView {
  const shown = showValues(name, field, all);
  const known = field.unknownIn === undefined ? null : field.from === undefined ? shown.to : shown.from;
  return {
    name,
    words: field.unknownIn === undefined ? shown.words : null,
    from: shown.from,
    to: shown.to,
    note: shown.note,
    unknownIn: field.unknownIn ?? null,
    known,
    knownIn: null,
    light: field.light ? `${field.light.join(' and ')} only` : null,
    isLong: TEXT_FIELDS.has(name) && Math.max(shown.from.length, shown.to.length) >= LONG_TEXT,
  };
}

function showValues(name: string, field: FieldChange, all: Record<string, FieldChange>): Pick<FieldView, 'words' | 'from' | 'to' | 'note'> {
  if (TEXT_FIELDS.has(name) && typeof field.from === 'string' && typeof field.to === 'string') {
    return { words: wordDiff(field.from, field.to), from: field.from, to: field.to, note: null };
  }
  if (name === 'measure.value') {
    const units = { from: field.unit ?? (all['measure.unit']?.from as string | undefined), to: field.unit ?? (all['measure.unit']?.to as string | undefined) };
    const side = (which: 'from' | 'to') => figure(field[which], units[which], field.direction?.[which]);
    return { words: null, from: side('from'), to: side('to'), note: deltaNote(signedDelta(field), field.unit) };
  }
  if (name === 'measure.by') return { words: null, from: prefixed('by', field.from), to: prefixed('by', field.to), note: deltaNote(field.delta, 'years') };
  return { words: null, from: plain(field.from), to: plain(field.to), note: null };
}

/**
 * 55 and "%" read "55%"; 5 and "% of GNI per capita" read "5% of GNI per capita"; 3 and "Mbit/s" read
 * "3 Mbit/s"; reached going down, "at most 5% of GNI per capita" and "-40% change".
 */
export function figure(value: FieldValue, unit: string | undefined, direction?: Direction): string {
  if (value === undefined) return NONE;
  if (unit === undefined || typeof value !== 'number') return String(value);
  return directedAmount(value, unit, direction);
}

/** The delta as the figures read: from "-40% change" to "-25% change" is +15 points, a smaller reduction. */
function signedDelta(field: FieldChange): number | undefined {
  const isReduction = field.unit !== undefined && isChangeUnit(field.unit) && field.direction?.from === 'decrease' && field.direction.to === 'decrease';
  return isReduction && field.delta !== undefined ? -field.delta : field.delta;
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
