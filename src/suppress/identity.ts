import type { Diagnostic } from '../types/diagnostic.js';

/**
 * What a finding is about, without its place in the file: the baseline records findings by this, and the
 * CI formats' fingerprints hash it, so neither changes when lines move.
 */
export interface FindingIdentity {
  cycle: string;
  code: string;
  /** the item the finding is reported at */
  id?: string;
  /** the other id or name the finding is about (the partner of a pair, the missing reference, ...); for a
   * group of three or more copies, the other items' ids, sorted and joined with ", " */
  other?: string;
}

/** The argument naming the finding's other id or name, by code. */
const OTHER_ARGUMENT: Record<string, string> = {
  'duplicate-objective': 'other',
  'duplicate-outcome': 'other',
  'duplicate-output': 'other',
  'similar-objectives': 'other',
  'similar-outcomes': 'other',
  'similar-outputs': 'other',
  'dangling-ref': 'ref',
  'conflicting-link': 'goal',
  'unknown-source': 'source',
  'duplicate-field': 'field',
  'missing-field': 'field',
  'unused-ignore': 'code',
  'invalid-ignore': 'code',
};

/** Pairs whose two items are equals: which one the finding is reported at depends only on their order. */
const SYMMETRIC = new Set(['duplicate-objective', 'duplicate-outcome', 'duplicate-output', 'similar-objectives', 'similar-outcomes', 'similar-outputs']);

export function identityOf(diagnostic: Diagnostic): FindingIdentity {
  const identity: FindingIdentity = { cycle: diagnostic.cycle ?? '', code: diagnostic.code };
  const others = diagnostic.args?.others;
  if (SYMMETRIC.has(diagnostic.code) && diagnostic.id !== undefined && Array.isArray(others) && others.length > 1) {
    // A group of copies is about all of its items: one more copy, or one fewer, is another finding.
    const [first, ...rest] = [diagnostic.id, ...others.map(String)].sort();
    return { ...identity, id: first, other: rest.join(', ') };
  }
  const name = OTHER_ARGUMENT[diagnostic.code];
  const value = name === undefined ? undefined : diagnostic.args?.[name];
  const other = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  const id = diagnostic.id;
  if (SYMMETRIC.has(diagnostic.code) && id !== undefined && other !== undefined && other < id) {
    identity.id = other;
    identity.other = id;
    return identity;
  }
  if (id !== undefined) identity.id = id;
  if (other !== undefined) identity.other = other;
  return identity;
}

/** One string per identity (plus the file, where the finding has no item), for maps and hashes. */
export function identityKey(identity: FindingIdentity, file?: string): string {
  return JSON.stringify([identity.cycle, identity.code, identity.id ?? null, identity.other ?? null, file ?? null]);
}
