/** Comparing a plan's items with the items a source prints, by id and field. */

type Fields<F> = Exclude<keyof F, 'id'> & string;

/**
 * One sentence per difference: an item only in the plan, an item only in the source, or a field whose
 * text differs. `what` names the kind of item ("objective"), `where` the source ("Table 1 of seed 001").
 */
export function compareItems<F extends { id: string }>(
  what: string,
  planItems: readonly { id: string }[],
  sourceItems: readonly F[],
  fields: Fields<F>[],
  where: string,
): string[] {
  const differences: string[] = [];
  const inSource = new Map(sourceItems.map((item) => [item.id, item]));
  const inPlan = new Set(planItems.map((item) => item.id));
  for (const item of planItems) {
    const printed = inSource.get(item.id);
    if (!printed) {
      differences.push(`${what} ${item.id} is not in ${where}`);
      continue;
    }
    for (const field of fields) {
      const value = (item as Record<string, unknown>)[field];
      if (value !== printed[field]) differences.push(`${what} ${item.id}: ${field} ${JSON.stringify(value)}, but ${where} prints ${JSON.stringify(printed[field])}`);
    }
  }
  for (const item of sourceItems) if (!inPlan.has(item.id)) differences.push(`${what} ${item.id} of ${where} is missing from the plan`);
  return differences;
}

/** The texts of a plan's items that do not occur in a passage of a source, one sentence each. */
export function missingTexts(what: string, texts: [id: string, field: string, text: string | undefined][], passage: string, where: string): string[] {
  return texts.flatMap(([id, field, text]) =>
    text !== undefined && text !== '' && passage.includes(text) ? [] : [`${what} ${id}: ${field} ${JSON.stringify(text)} is not in ${where}`],
  );
}
