/** The part of a diff a board reads first: what the partial plans mean for the counts, the goals' fate, the figures that moved. */
import { describeField } from './field-view.js';
import { valueText } from '../progress/wording.js';
import type { TargetEnding } from './endings.js';
import { ENTITIES, type Change, type DiffSide, type Entity, type FieldChange, type PlanDiff } from './types.js';

export interface DiffOverview {
  /** one paragraph per partial plan: what its gaps mean for the counts (none when both plans are complete) */
  caveats: string[];
  /** every goal and what became of it, one line each */
  goals: string[];
  /** every target whose figure or deadline moved, one line each: "1.1 → 1.1: 55% by 2020 → 65% by 2023 (+10 points)" */
  figures: string[];
  /** every target carried forward that `<from>` has observations of, and how it ended there, one line each */
  endings: string[];
}

export const ENTITY_PLURALS: Record<Entity, string> = { goal: 'goals', target: 'targets', objective: 'objectives', outcome: 'outcomes', output: 'outputs' };

export function overviewOf(diff: PlanDiff): DiffOverview {
  const reported = ENTITIES.filter((entity) => diff.summary[entity] !== undefined);
  const caveats = [caveat(diff.sides.from, diff.sides.to, 'added', reported), caveat(diff.sides.to, diff.sides.from, 'removed', reported)];
  return {
    caveats: caveats.filter((text): text is string => text !== undefined),
    goals: diff.changes.filter((change) => change.entity === 'goal').map(fateLine),
    figures: diff.changes.filter((change) => change.entity === 'target').flatMap((change) => figureLine(change) ?? []),
    endings: diff.endings.map((ending) => endingLine(ending, diff.from, diff.to)),
  };
}

/**
 * What a partial plan's absences mean. `proven` is what an item of the other plan missing from it would be
 * if the partial plan were complete: added when the partial plan is `<from>`, removed when it is `<to>`.
 */
function caveat(partial: DiffSide, other: DiffSide, proven: 'added' | 'removed', reported: Entity[]): string | undefined {
  if (partial.completeness !== 'partial') return undefined;
  const gaps = `${partial.gaps} recorded gap${partial.gaps === 1 ? '' : 's'}`;
  const full = reported.filter((entity) => partial.complete.includes(entity));
  const rest = reported.filter((entity) => !partial.complete.includes(entity));
  const sentences = [`${partial.cycle} is partial (${gaps}).`];
  if (full.length > 0) sentences.push(`It lists its ${listOf(full)} in full, so those of ${other.cycle} missing from it are ${proven}.`);
  if (rest.length > 0) {
    sentences.push(
      `${capitalised(listOf(rest))} of ${other.cycle} missing from ${partial.cycle} are unknown, not ${proven}: ${partial.cycle} may have them without saying so (an item whose id a gap of ${partial.cycle} names is shown with that gap).`,
    );
  }
  sentences.push(`A field that ${partial.cycle} leaves empty is not known there, and is not counted as a change.`);
  return sentences.join(' ');
}

function listOf(entities: Entity[]): string {
  const names = entities.map((entity) => ENTITY_PLURALS[entity]);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 Growth → 1 Growth: changed (statement reworded; not known in 2016-2019: description)", "removed: 3 Sustainability (nearest: ...)". */
export function fateLine(change: Change): string {
  const side = (ids: string[], labels: string[]) => ids.map((id, index) => `${id} ${labels[index] ?? ''}`.trim()).join(' + ');
  const [from, to] = [side(change.from, change.labels.from), side(change.to, change.labels.to)];
  if (change.from.length === 0 || change.to.length === 0) return `${change.kind}: ${from || to}${loneNote(change)}`;
  const brief = briefOf(change);
  return `${from} → ${to}: ${change.kind}${brief === '' ? '' : ` (${brief})`}`;
}

/** Why an item stands alone, briefly: the gap it is matched to, else its nearest candidate. */
export function loneNote(change: Change): string {
  if (change.gap) return ` (a recorded gap of ${change.gap.cycle})`;
  return change.nearest ? ` (nearest: ${change.nearest.id} ${change.nearest.label}, ${change.nearest.score.toFixed(2)})` : '';
}

/**
 * The changed fields of a pair in a few words, real changes first, then light edits, then what a partial
 * plan does not give: "text reworded; measure.value 55% → 65% (+10 points); not known in 2016-2019: description".
 */
export function briefOf(change: Change): string {
  const entries = Object.entries(change.fields);
  const parts = entries.filter(([, field]) => field.unknownIn === undefined).map(([name, field]) => fieldBrief(name, field, change.fields));
  const unknown = new Map<string, string[]>();
  for (const [name, field] of entries) if (field.unknownIn !== undefined) unknown.set(field.unknownIn, [...(unknown.get(field.unknownIn) ?? []), name]);
  for (const [cycle, names] of unknown) parts.push(`not known in ${cycle}: ${names.join(', ')}`);
  return parts.join('; ');
}

const WORDED = new Set(['name', 'statement', 'description', 'text', 'title', 'measure.scope']);

/** Names and titles this short are shown whole ("title: Coordination → Cooperation"), longer texts as "reworded". */
const SHORT_TEXT = 80;
/** How a brief names the parts of a measure: a figure and a deadline speak for themselves ("55% → 65%", "by 2020 → by 2023"). */
const BRIEF_NAMES: Record<string, string> = { 'measure.value': '', 'measure.by': '', 'measure.unit': 'unit', 'measure.scope': 'scope', 'measure.baseline.year': 'baseline year', 'measure.baseline.value': 'baseline value' };

function fieldBrief(name: string, field: FieldChange, all: Record<string, FieldChange>): string {
  const shown = BRIEF_NAMES[name] ?? name;
  if (field.light !== undefined) return `${shown}: ${field.light.join(' and ')} only`;
  const isShort = typeof field.from === 'string' && typeof field.to === 'string' && Math.max(field.from.length, field.to.length) <= SHORT_TEXT;
  if ((name === 'name' || name === 'title') && isShort) return `${shown}: ${field.from} → ${field.to}`;
  if (WORDED.has(name) && field.from !== undefined && field.to !== undefined) return `${shown} reworded`;
  const view = describeField(name, field, all);
  return `${shown} ${view.from} → ${view.to}`.trim();
}

/** A target whose figure, unit or deadline really moved: "2.1.A → 2.1: 50% by 2020 → 60% by 2023 (+10 points)". */
function figureLine(change: Change): string | undefined {
  const moved = (name: string) => change.fields[name] !== undefined && change.fields[name].unknownIn === undefined;
  if (change.from.length !== 1 || change.to.length !== 1 || !['measure.value', 'measure.unit', 'measure.by'].some(moved)) return undefined;
  const figure = moved('measure.value') ? 'measure.value' : moved('measure.unit') ? 'measure.unit' : undefined;
  const value = figure ? change.fields[figure] : undefined;
  const by = moved('measure.by') ? change.fields['measure.by'] : undefined;
  const [valueView, byView] = [value && describeField(figure!, value, change.fields), by && describeField('measure.by', by, change.fields)];
  // a side with neither a figure nor a deadline has no figure at all (the other plan's target has none)
  const side = (which: 'from' | 'to') => {
    const parts = [value?.[which] !== undefined ? valueView?.[which] : undefined, by?.[which] !== undefined ? byView?.[which] : undefined];
    return parts.filter((part) => part !== undefined).join(' ') || 'no figure';
  };
  const notes = [valueView?.note, byView?.note].filter((note): note is string => typeof note === 'string');
  return `${change.from[0]} → ${change.to[0]}: ${side('from')} → ${side('to')}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

/**
 * "2016-2019 1.1: 55% by 2020, last observed 57% in 2019 (achieved), stated on-track in 2018 (seed-001)
 * → 2020-2023 1.1: 65% by 2023".
 */
function endingLine(ending: TargetEnding, from: string, to: string): string {
  const { latest, status, statedStatus } = ending;
  const observed = latest ? `last observed ${valueText(latest.value, latest.unit)} in ${latest.year}${status === null || status === 'no-data' ? '' : ` (${status})`}` : 'no value observed';
  const stated = statedStatus ? `, stated ${statedStatus.status} in ${statedStatus.year} (${statedStatus.source})` : '';
  const next = ending.next.map((target) => `${to} ${target.id}: ${target.figure ?? 'no figure'}`).join(' + ');
  return `${from} ${ending.target}: ${ending.figure ?? 'no figure'}, ${observed}${stated} → ${next}`;
}
