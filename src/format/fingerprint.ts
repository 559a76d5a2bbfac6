import { createHash } from 'node:crypto';
import { identityOf } from '../suppress/identity.js';
import type { Diagnostic } from '../types/diagnostic.js';
import { toRepositoryPath } from './paths.js';

/**
 * A fingerprint per finding that survives lines moving: a hash of its code, cycle, ids and file (relative
 * to the repository root), never of its line. The second and later findings with the same hash get
 * `-2`, `-3`, ... in report order, so that no two findings of a report share one (GitLab keeps one
 * finding per fingerprint).
 */
export function fingerprintsOf(diagnostics: readonly Diagnostic[], root: string | undefined): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((diagnostic) => {
    const { cycle, code, id, other } = identityOf(diagnostic);
    const identity = JSON.stringify([cycle, code, id ?? null, other ?? null, toRepositoryPath(diagnostic.file, root)]);
    const hash = createHash('sha256').update(identity).digest('hex').slice(0, 32);
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    return count === 1 ? hash : `${hash}-${count}`;
  });
}
