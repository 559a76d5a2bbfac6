import { UsageError } from '../load/errors.js';

export async function runDiff(..._args: unknown[]): Promise<number> {
  throw new UsageError('plan diff: not available yet');
}
