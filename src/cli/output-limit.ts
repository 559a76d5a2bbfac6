/**
 * How large a rendered document (a report, a progress report, a diff) may be. Aliases let a small file
 * stand for a great deal of text (a 400 KB plan whose long id is aliased 98 times made a 143 MB report),
 * so the limit is checked twice: on the data the document is made from, before anything is rendered, and
 * on the document itself, before anything is written. Real plans come nowhere near it: the reports of the
 * bundled plans are under 200 KB, and a generated plan 100 times the ITU's (`npm run bench`, L) renders
 * 6 MB of HTML from 5 MB of YAML.
 */
import type { LoadedPlan } from '../load/index.js';
import { UsageError } from '../load/errors.js';

/** A document may always be this large... */
export const MIN_OUTPUT_BYTES = 16 * 1024 * 1024;
/** ...or this many times the size of the plan files it was made from, when that is more. */
export const OUTPUT_FACTOR = 8;

/** The limit for a document made from these plans. */
export function outputLimit(...plans: LoadedPlan[]): number {
  const source = plans.reduce((sum, plan) => sum + plan.parsedFiles.reduce((bytes, file) => bytes + (file.text?.length ?? 0), 0), 0);
  return Math.max(MIN_OUTPUT_BYTES, OUTPUT_FACTOR * source);
}

/**
 * The characters of the strings and keys in a value, counted until they pass `stopAt`: a lower bound of
 * its JSON, and of any document showing all of it. Shared objects count each time they are reached, as a
 * document shows them each time.
 */
export function textSize(value: unknown, stopAt: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= stopAt) {
    const next = stack.pop();
    if (typeof next === 'string') size += next.length;
    else if (Array.isArray(next)) for (const item of next) stack.push(item);
    else if (next !== null && typeof next === 'object') {
      for (const [key, field] of Object.entries(next)) {
        size += key.length;
        stack.push(field);
      }
    } else size += String(next).length;
  }
  return size;
}

/** Refuses a document (or the data it would be made from) larger than the limit, before anything is written. */
export function checkOutputSize(size: number, limit: number, what: string): void {
  if (size <= limit) return;
  throw new UsageError(
    `the ${what} would be over the ${limit}-byte limit (${MIN_OUTPUT_BYTES} bytes, or ${OUTPUT_FACTOR} times the size of the plan files); nothing written. Repeated text (YAML aliases of long values) is the usual cause`,
  );
}
