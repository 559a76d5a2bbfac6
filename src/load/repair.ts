/**
 * What the graph sees of a part whose data breaks the schema. A schema finding is reported once; the
 * item it is in stays in the plan, so that nothing that refers to it dangles and no check reports the
 * same mistake again: a misspelt key is read under the name it was meant to have, an unquoted id as the
 * string it should be, and a value that cannot be used is left out of its item. Only an item that is not
 * a mapping, or has no usable id, is dropped; a top-level field with a bad value is left unset.
 */
import { isReferencePath, valueAt } from './schema-errors.js';

/** One schema error, as the repair needs it. */
export interface SchemaProblem {
  dataPath: readonly (string | number)[];
  keyword: string;
  params: Record<string, unknown>;
}

export interface RepairedPart {
  data: unknown;
  /** top-level fields (`status`) and list items (`goals/3`) the graph leaves out */
  rejected: Set<string>;
  /**
   * list items that lack a required property (`objectives/0` without a title): the checks see them, but
   * reports, diffs and exports, which need every required field, leave them out
   */
  incomplete: Set<string>;
}

const REMOVED = Symbol('removed');

/** Lists whose items have ids and stay in the plan with their mistakes; items of other lists are dropped. */
const REPAIRED_LISTS = new Set(['sources', 'units', 'goals', 'targets', 'objectives', 'outcomes', 'outputs', 'enablers', 'risks']);

export function repairPart(data: unknown, problems: SchemaProblem[], revalidate: (data: unknown) => SchemaProblem[]): RepairedPart {
  const rejected = new Set<string>();
  const incomplete = new Set<string>();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { data, rejected, incomplete };
  const copy = structuredClone(data) as Record<string, unknown>;
  let pending = problems;
  for (let round = 0; round < 3 && pending.length > 0; round++) {
    const isLast = round === 2;
    for (const problem of pending) fix(copy, problem, { mayRename: round === 0, isLast }, rejected);
    dropRemoved(copy);
    pending = revalidate(copy).filter((problem) => !rejected.has(keyOf(problem.dataPath)) && !rejected.has(String(problem.dataPath[0])));
  }
  for (const problem of pending) {
    if (problem.keyword === 'required' && problem.dataPath.length === 2) incomplete.add(keyOf(problem.dataPath));
  }
  for (const [field, list] of Object.entries(copy)) {
    if (!REPAIRED_LISTS.has(field) || !Array.isArray(list)) continue;
    list.forEach((item, index) => {
      if (item === null || typeof item !== 'object' || typeof (item as { id?: unknown }).id !== 'string') rejected.add(`${field}/${index}`);
    });
  }
  return { data: copy, rejected, incomplete };
}

/** `goals/3` for a path into a list item, else the top-level field. */
function keyOf(path: readonly (string | number)[]): string {
  return typeof path[1] === 'number' ? `${path[0]}/${path[1]}` : String(path[0]);
}

function fix(copy: Record<string, unknown>, problem: SchemaProblem, rules: { mayRename: boolean; isLast: boolean }, rejected: Set<string>): void {
  const { dataPath, keyword, params } = problem;
  if (dataPath.length === 0) {
    if (keyword === 'additionalProperties') rename(copy, String(params.additionalProperty), rules.mayRename ? params.suggestion : undefined);
    return;
  }
  const [field, index] = dataPath;
  const isListItem = typeof index === 'number' && REPAIRED_LISTS.has(String(field));
  if (!isListItem) {
    rejected.add(keyOf(dataPath));
    return;
  }
  const rest = dataPath.slice(2);
  const value = valueAt(copy, dataPath);
  if (keyword === 'additionalProperties' && value !== null && typeof value === 'object') {
    rename(value as Record<string, unknown>, String(params.additionalProperty), rules.mayRename ? params.suggestion : undefined);
  } else if (keyword === 'type' && typeof value === 'number' && isReferencePath(dataPath)) {
    setAt(copy, dataPath, String(value));
  } else if (keyword === 'required' && rest.length === 0) {
    // the item lacks a property: nothing to take away; it stays, without it (and is marked incomplete)
  } else if (rest.length === 0 || rules.isLast) {
    rejected.add(keyOf(dataPath));
  } else {
    // the innermost list element holding the error goes (one id of goals.primary, one mitigation);
    // with no list on the way, the item's own property does (measure, supports)
    const lastIndex = rest.reduce<number>((found, part, position) => (typeof part === 'number' ? position : found), -1);
    setAt(copy, dataPath.slice(0, 2 + (lastIndex === -1 ? 1 : lastIndex + 1)), REMOVED);
  }
}

/** Moves an unknown key's value to the key it was meant to be, when that is free; else drops it. */
function rename(object: Record<string, unknown>, key: string, meant: unknown): void {
  if (!Object.prototype.hasOwnProperty.call(object, key)) return;
  if (typeof meant === 'string' && !Object.prototype.hasOwnProperty.call(object, meant)) object[meant] = object[key];
  delete object[key];
}

function setAt(root: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  const parent = valueAt(root, path.slice(0, -1)) as Record<string | number, unknown> | undefined;
  if (parent === null || typeof parent !== 'object') return;
  const last = path[path.length - 1];
  if (value === REMOVED && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
}

/** Takes the elements marked REMOVED out of every list inside the items (top-level lists keep their indexes). */
function dropRemoved(copy: Record<string, unknown>): void {
  const clean = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) if (value[index] === REMOVED) value.splice(index, 1);
    }
    for (const child of Object.values(value)) clean(child);
  };
  for (const [field, list] of Object.entries(copy)) {
    if (REPAIRED_LISTS.has(field) && Array.isArray(list)) list.forEach(clean);
  }
}
