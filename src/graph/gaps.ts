import type { ComparedList, Gap, Plan } from '../types/plan.js';

/** A gap's sentence, whether it is written as a plain string or as `{text, concerns}`. */
export function gapText(gap: Gap): string {
  return typeof gap === 'string' ? gap : gap.text;
}

/** The gaps of a plan that name items of one list, by id: what a diff can match an item of another cycle to. */
export function gapsByItem(plan: Plan, list: ComparedList): Map<string, string> {
  const byId = new Map<string, string>();
  for (const gap of plan.gaps) {
    if (typeof gap === 'string') continue;
    for (const id of gap.concerns?.[list] ?? []) if (!byId.has(String(id))) byId.set(String(id), gap.text);
  }
  return byId;
}
