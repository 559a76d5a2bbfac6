import { gapsByItem } from '../graph/gaps.js';
import type { Plan } from '../types/plan.js';
import { PLAN_LISTS } from './items.js';
import { ENTITIES, type ChangeKind, type DiffSide, type Entity } from './types.js';

/** What a diff may conclude from one plan: which kinds it lists in full, which ids its gaps name. */
export interface SideKnowledge {
  side: DiffSide;
  /** the cycle, when the plan is partial: an empty field there is not known rather than empty */
  partialCycle?: string;
  gaps: Record<Entity, Map<string, string>>;
}

export function knowledgeOf(plan: Plan): SideKnowledge {
  const isPartial = plan.completeness === 'partial';
  const listed = new Set<string>(plan.complete_lists ?? []);
  const complete = isPartial ? ENTITIES.filter((entity) => listed.has(PLAN_LISTS[entity])) : [...ENTITIES];
  const gaps = Object.fromEntries(ENTITIES.map((entity) => [entity, gapsByItem(plan, PLAN_LISTS[entity])])) as SideKnowledge['gaps'];
  return {
    side: { cycle: plan.cycle, completeness: isPartial ? 'partial' : 'complete', complete, gaps: plan.gaps.length },
    partialCycle: isPartial ? plan.cycle : undefined,
    gaps,
  };
}

/**
 * The kind of an item found on one side only. Its absence from the other plan proves something only when
 * that plan lists the item's kind in full and none of its gaps names the id: then it is `added` (or
 * `removed`); otherwise it is `unknown`, with the gap that names it, if one does.
 */
export function aloneKind(entity: Entity, id: string, other: SideKnowledge, proven: 'added' | 'removed'): { kind: ChangeKind; gap: { cycle: string; text: string } | null } {
  const gap = other.gaps[entity].get(id);
  if (gap !== undefined) return { kind: 'unknown', gap: { cycle: other.side.cycle, text: gap } };
  return { kind: other.side.complete.includes(entity) ? proven : 'unknown', gap: null };
}
