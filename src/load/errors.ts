/**
 * Expected user mistakes (a missing path, an unknown cycle, a bad option) are typed errors:
 * the CLI prints their message as one line and exits 2, with no stack trace.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
