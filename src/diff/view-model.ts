import { describeField, type FieldView } from './field-view.js';
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
  summary: { entity: Entity; title: string; counts: { kind: ChangeKind; count: number }[]; total: number }[];
  /** every goal and what became of it, the one-screen overview (empty when goals are not compared) */
  goals: ChangeView[];
  /** per entity, the changes other than `same` */
  sections: { entity: Entity; title: string; changes: ChangeView[] }[];
  hasDifferences: boolean;
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
  score: string;
  fields: FieldView[];
}

export const ENTITY_TITLES: Record<Entity, string> = { goal: 'Goals', target: 'Targets', objective: 'Objectives', outcome: 'Outcomes', output: 'Outputs' };

export function buildDiffView(diff: PlanDiff): DiffView {
  const entities = ENTITIES.filter((entity) => diff.summary[entity] !== undefined);
  const summary = entities.map((entity) => {
    const counts = CHANGE_KINDS.map((kind) => ({ kind, count: diff.summary[entity]![kind] }));
    return { entity, title: ENTITY_TITLES[entity], counts, total: counts.reduce((sum, { count }) => sum + count, 0) };
  });
  const ofEntity = (entity: Entity) => diff.changes.filter((change) => change.entity === entity);
  const sections = entities
    .map((entity) => ({ entity, title: ENTITY_TITLES[entity], changes: ofEntity(entity).filter((change) => change.kind !== 'same').map(changeView) }))
    .filter((section) => section.changes.length > 0);
  return {
    from: diff.from,
    to: diff.to,
    threshold: diff.threshold.toFixed(2),
    kinds: CHANGE_KINDS,
    summary,
    goals: ofEntity('goal').map(changeView),
    sections,
    hasDifferences: diff.changes.some((change) => change.kind !== 'same'),
  };
}

function changeView(change: Change): ChangeView {
  const refs = (ids: string[], labels: string[]): ItemRef[] => ids.map((id, index) => ({ id: visible(id), label: visible(labels[index] ?? '') }));
  const names = Object.keys(change.fields);
  return {
    kind: change.kind,
    isPair: change.from.length === 1 && change.to.length === 1,
    from: refs(change.from, change.labels.from),
    to: refs(change.to, change.labels.to),
    score: scoreText(change.score),
    fields: names.length === 0 ? NO_FIELDS : names.map((name) => visibleField(describeField(name, change.fields[name], change.fields))),
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
  return { ...field, words, from: visible(field.from), to: visible(field.to) };
}

/**
 * Control characters of plan text written out as `\u001b`: a diff printed to a terminal, in any format,
 * must not carry escape sequences. Line breaks and tabs stay; each format deals with them.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
