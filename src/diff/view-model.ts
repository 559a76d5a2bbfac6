import { describeField, type FieldView } from './field-view.js';
import { isRealChange } from './fields.js';
import { briefOf, overviewOf } from './overview.js';
import { CHANGE_KINDS, ENTITIES, type Change, type ChangeKind, type Entity, type PlanDiff } from './types.js';

/**
 * The plain data the text formatter and the Markdown and HTML templates show; never the live plans.
 * Every field is always present (null or empty when there is nothing), as strict templates require.
 */
export interface DiffView {
  from: string;
  to: string;
  threshold: string;
  kinds: readonly ChangeKind[];
  /** one paragraph per partial plan: what it means for the counts (empty when both plans are complete) */
  caveats: string[];
  summary: { entity: Entity; title: string; counts: { kind: ChangeKind; count: number }[]; total: number }[];
  /** every goal and what became of it (empty when goals are not compared) */
  goals: ChangeView[];
  /** the same, one line each, as in the JSON overview */
  goalLines: string[];
  /** every target whose figure or deadline moved, one line each */
  figures: string[];
  /** every target carried forward that the older plan has observations of, and how it ended there */
  endings: string[];
  /** per entity, the changes other than a plain `same` (a `same` item with a note is kept) */
  sections: SectionView[];
  hasDifferences: boolean;
}

export interface SectionView {
  entity: Entity;
  title: string;
  /** "6 changed, 10 renumbered, 8 unknown" */
  counts: string;
  changes: ChangeView[];
}

export interface ItemRef {
  id: string;
  label: string;
}

export interface ChangeView {
  kind: ChangeKind;
  /** one item on each side: a label and changed fields to show, rather than a list of parts */
  isPair: boolean;
  from: ItemRef[];
  to: ItemRef[];
  /** the match score with two decimals; empty for an item on one side only, which has none */
  score: string;
  /** the changed fields in a few words (see overview.ts) */
  brief: string;
  /** for a pair whose name, title or text did not change: that label, so the row says what the item is */
  label: string | null;
  fields: FieldView[];
  /** for an item on one side only: the nearest item of the other plan, with its score */
  nearest: { id: string; label: string; score: string } | null;
  /** for an unknown item matched to a gap of the other plan */
  gap: { cycle: string; text: string } | null;
}

/** The field that is an item's label: a goal's name, an objective's title, a target's or result's text. */
const LABEL_FIELDS = ['name', 'title', 'text'];

export const ENTITY_TITLES: Record<Entity, string> = { goal: 'Goals', target: 'Targets', objective: 'Objectives', outcome: 'Outcomes', output: 'Outputs' };

export function buildDiffView(diff: PlanDiff): DiffView {
  const entities = ENTITIES.filter((entity) => diff.summary[entity] !== undefined);
  const summary = entities.map((entity) => {
    const counts = CHANGE_KINDS.map((kind) => ({ kind, count: diff.summary[entity]![kind] }));
    return { entity, title: ENTITY_TITLES[entity], counts, total: counts.reduce((sum, { count }) => sum + count, 0) };
  });
  const ofEntity = (entity: Entity) => diff.changes.filter((change) => change.entity === entity);
  const toView = (change: Change) => changeView(change, diff);
  const sections = entities
    .map((entity) => ({
      entity,
      title: ENTITY_TITLES[entity],
      counts: countsText(summary.find((row) => row.entity === entity)!.counts),
      changes: ofEntity(entity).filter(isShown).map(toView),
    }))
    .filter((section) => section.changes.length > 0);
  const overview = overviewOf(diff);
  return {
    from: visible(diff.from),
    to: visible(diff.to),
    threshold: diff.threshold.toFixed(2),
    kinds: CHANGE_KINDS,
    caveats: overview.caveats.map(visible),
    summary,
    goals: ofEntity('goal').map(toView),
    goalLines: overview.goals.map(visible),
    figures: overview.figures.map(visible),
    endings: overview.endings.map(visible),
    sections,
    hasDifferences: diff.changes.some((change) => change.kind !== 'same'),
  };
}

/** A change worth a row: anything but `same`, and a `same` item with a note (a light edit, a field not known). */
function isShown(change: Change): boolean {
  return change.kind !== 'same' || Object.keys(change.fields).length > 0;
}

/** "6 changed, 10 renumbered, 8 unknown": the kinds that occur, in the order of the kinds. */
export function countsText(counts: { kind: ChangeKind; count: number }[]): string {
  return counts
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => `${count} ${kind}`)
    .join(', ');
}

function changeView(change: Change, diff: PlanDiff): ChangeView {
  const refs = (ids: string[], labels: string[]): ItemRef[] => ids.map((id, index) => ({ id: visible(id), label: visible(labels[index] ?? '') }));
  const names = Object.keys(change.fields);
  const isLone = change.from.length === 0 || change.to.length === 0;
  const otherCycle = (cycle: string) => (cycle === diff.from ? diff.to : diff.from);
  return {
    kind: change.kind,
    isPair: change.from.length === 1 && change.to.length === 1,
    from: refs(change.from, change.labels.from),
    to: refs(change.to, change.labels.to),
    score: isLone ? '' : scoreText(change.score),
    brief: visible(briefOf(change)),
    label: change.from.length === 1 && change.to.length === 1 && !LABEL_FIELDS.some((name) => change.fields[name] && isRealChange(change.fields[name])) ? visible(change.labels.to[0]) : null,
    fields:
      names.length === 0
        ? NO_FIELDS
        : names.map((name) => {
            const field = visibleField(describeField(name, change.fields[name], change.fields));
            return field.unknownIn === null ? field : { ...field, knownIn: visible(otherCycle(field.unknownIn)) };
          }),
    nearest: change.nearest ? { id: visible(change.nearest.id), label: visible(change.nearest.label), score: scoreText(change.nearest.score) } : null,
    gap: change.gap ? { cycle: visible(change.gap.cycle), text: visible(change.gap.text) } : null,
  };
}

/** Shared by every change without a changed field, and each score's text made once: a large diff has a hundred thousand changes. */
const NO_FIELDS = Object.freeze([]) as unknown as FieldView[];
const scoreTexts = new Map<number, string>();

function scoreText(score: number): string {
  let text = scoreTexts.get(score);
  if (text === undefined) scoreTexts.set(score, (text = score.toFixed(2)));
  return text;
}

function visibleField(field: FieldView): FieldView {
  const words = field.words?.map((part) => ({ ...part, text: visible(part.text) })) ?? null;
  return { ...field, words, from: visible(field.from), to: visible(field.to), known: field.known === null ? null : visible(field.known), unknownIn: field.unknownIn === null ? null : visible(field.unknownIn) };
}

/**
 * Control characters of plan text written out as `\u001b`: a diff printed to a terminal, in any format,
 * must not carry escape sequences. Line breaks and tabs stay; each format deals with them.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
