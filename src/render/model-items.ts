/** Plan items to their plain views: optional fields become null, references carry their anchors. */
import type { PlanGraph } from '../graph/plan-graph.js';
import { isLinkageUnknown, primaryGoals, secondaryGoals } from '../graph/plan-graph.js';
import type { ItemEntry } from '../load/merge.js';
import type { Goal, ItemKind, Measure, Objective, Result, Risk, Source, Target } from '../types/plan.js';
import { figure } from '../graph/measure.js';
import { anchorFor, safeUrl } from './escape.js';
import { statusKey } from '../progress/model.js';
import type { TargetProgress } from '../progress/types.js';
import { latestText, statedText } from '../progress/wording.js';
import type { GoalRef, GoalView, ItemRef, MeasureView, ObjectiveRef, ObjectiveView, ResultView, RiskView, SourceView, TargetStatusView, TargetView } from './model-types.js';

type AnchorKind = ItemKind | 'sources';

/**
 * Anchors for every item of a plan, decided once so that references and the items they point to always
 * agree. When an id is used twice (a finding of its own), the second item gets `-2` and references
 * point to the first.
 */
export class Anchors {
  private readonly byItem = new Map<object, string>();
  private readonly byId = new Map<string, string>();
  private readonly used = new Set<string>();
  /** per base anchor, the next suffix to try: an id used n times costs n tries, not n² */
  private readonly nextSuffix = new Map<string, number>();
  /** ids of the items this report shows, per kind */
  readonly shown = new Map<AnchorKind, Set<string>>();
  /** references already made (a reference depends only on its kind, id and what is shown) */
  private readonly refs = new Map<string, unknown>();

  constructor(graph: PlanGraph) {
    for (const entry of graph.entries) this.add(entry.kind, entry.item);
    for (const source of graph.plan.sources) this.add('sources', source);
  }

  private add(kind: AnchorKind, item: { id: string }): void {
    const base = anchorFor(singular(kind), item.id);
    let anchor = base;
    let n = this.nextSuffix.get(base) ?? 2;
    for (; this.used.has(anchor); n++) anchor = `${base}-${n}`;
    this.nextSuffix.set(base, n);
    this.used.add(anchor);
    this.byItem.set(item, anchor);
    if (!this.byId.has(`${kind}/${item.id}`)) this.byId.set(`${kind}/${item.id}`, anchor);
  }

  of(item: object): string {
    return this.byItem.get(item) ?? '';
  }

  ref(kind: AnchorKind, id: string): ItemRef {
    const anchor = this.byId.get(`${kind}/${id}`) ?? null;
    return { id, anchor, isInReport: anchor !== null && (this.shown.get(kind)?.has(id) ?? false) };
  }

  /** The reference made for this key, made once: a large plan refers to the same items many times. */
  cached<T>(key: string, make: () => T): T {
    if (this.refs.has(key)) return this.refs.get(key) as T;
    const made = make();
    this.refs.set(key, made);
    return made;
  }

  show(kind: AnchorKind, ids: Iterable<string>): void {
    this.refs.clear();
    const set = this.shown.get(kind) ?? new Set<string>();
    for (const id of ids) set.add(id);
    this.shown.set(kind, set);
  }
}

function singular(kind: AnchorKind): string {
  return kind === 'sources' ? 'source' : kind.replace(/s$/, '');
}

const isLabel = (item: { text_kind?: string }): boolean => item.text_kind === 'label';
const sourceRef = (anchors: Anchors, item: { source?: string }): ItemRef | null => (item.source ? anchors.ref('sources', item.source) : null);

export function goalView(goal: Goal, anchors: Anchors): GoalView {
  return {
    id: goal.id,
    anchor: anchors.of(goal),
    name: goal.name ?? '',
    statement: goal.statement ?? null,
    description: goal.description ?? null,
    sdgTargets: [...(goal.sdg_targets ?? [])],
    isLabel: isLabel(goal),
    source: sourceRef(anchors, goal),
  };
}

export function goalRef(graph: PlanGraph, anchors: Anchors, id: string): GoalRef {
  return anchors.cached(`goals/${id}`, () => {
    const goal = graph.byId.goals.get(id)?.[0]?.item as Goal | undefined;
    return { ...anchors.ref('goals', id), name: goal?.name ?? null };
  });
}

export function objectiveRef(graph: PlanGraph, anchors: Anchors, id: string): ObjectiveRef {
  return anchors.cached(`objectives/${id}`, () => {
    const objective = graph.byId.objectives.get(id)?.[0]?.item as Objective | undefined;
    return { ...anchors.ref('objectives', id), title: objective?.title ?? null, sector: objective?.sector ?? null, isLabel: objective ? isLabel(objective) : false };
  });
}

export function targetView(target: Target, anchors: Anchors, progress?: TargetProgress): TargetView {
  const measure = target.measure ? measureView(target.measure) : null;
  return {
    id: target.id,
    anchor: anchors.of(target),
    goal: target.goal,
    text: target.text,
    measure,
    figure: target.measure ? figure(target.measure) : null,
    isLabel: isLabel(target),
    source: sourceRef(anchors, target),
    progress: progress ? progressView(progress) : null,
  };
}

/** A target's status in a report: computed, stated, and the latest value they rest on. */
function progressView(progress: TargetProgress): TargetStatusView {
  return {
    status: statusKey(progress),
    explanation: progress.explanation,
    latest: latestText(progress.latest),
    stated: statedText(progress.statedStatus),
    statusesDisagree: progress.statusesDisagree,
  };
}

function measureView(measure: Measure): MeasureView {
  return {
    value: measure.value,
    unit: measure.unit,
    by: measure.by ?? null,
    baselineYear: measure.baseline?.year ?? null,
    baselineValue: measure.baseline?.value ?? null,
    scope: measure.scope ?? null,
  };
}


export function objectiveView(graph: PlanGraph, anchors: Anchors, entry: ItemEntry<Objective>): ObjectiveView {
  const objective = entry.item;
  const results = (kind: 'outcomes' | 'outputs'): ResultView[] =>
    (resultsByObjective(graph, kind).get(objective.id) ?? []).map(({ item }) => ({ id: item.id, anchor: anchors.of(item), text: item.text, isLabel: isLabel(item) }));
  return {
    id: objective.id,
    anchor: anchors.of(objective),
    sector: objective.sector,
    title: objective.title,
    statement: objective.statement ?? null,
    isLabel: isLabel(objective),
    goals: {
      primary: primaryGoals(objective).map((id) => goalRef(graph, anchors, id)),
      secondary: secondaryGoals(objective).map((id) => goalRef(graph, anchors, id)),
    },
    isLinkageUnknown: isLinkageUnknown(graph, objective),
    outcomes: results('outcomes'),
    outputs: results('outputs'),
    source: sourceRef(anchors, objective),
  };
}

const resultIndexes = new WeakMap<PlanGraph, Record<'outcomes' | 'outputs', Map<string, ItemEntry<Result>[]>>>();

/** A plan's outcomes or outputs by the id of their objective, in plan order: built once, not searched per objective. */
function resultsByObjective(graph: PlanGraph, kind: 'outcomes' | 'outputs'): Map<string, ItemEntry<Result>[]> {
  let indexes = resultIndexes.get(graph);
  if (indexes === undefined) {
    indexes = { outcomes: groupByObjective(graph.outcomes), outputs: groupByObjective(graph.outputs) };
    resultIndexes.set(graph, indexes);
  }
  return indexes[kind];
}

function groupByObjective(list: ItemEntry<Result>[]): Map<string, ItemEntry<Result>[]> {
  const groups = new Map<string, ItemEntry<Result>[]>();
  for (const entry of list) {
    const group = groups.get(entry.item.objective);
    if (group) group.push(entry);
    else groups.set(entry.item.objective, [entry]);
  }
  return groups;
}

export function riskView(risk: Risk, anchors: Anchors): RiskView {
  return {
    id: risk.id,
    anchor: anchors.of(risk),
    title: risk.title,
    risks: [...(risk.risks ?? [])],
    mitigations: (risk.mitigations ?? []).map((mitigation) => ({ strategy: mitigation.strategy, text: mitigation.text })),
    isLabel: isLabel(risk),
  };
}

export function sourceView(source: Source, anchors: Anchors): SourceView {
  return {
    id: source.id,
    anchor: anchors.of(source),
    title: source.title ?? source.id,
    url: source.url ?? null,
    href: safeUrl(source.url),
    part: source.part ?? null,
    confidence: source.confidence ?? null,
    edition: source.edition ?? null,
  };
}
