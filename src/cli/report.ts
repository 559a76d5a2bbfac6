import { UsageError } from '../load/errors.js';

export async function runReport(..._args: unknown[]): Promise<number> {
  throw new UsageError('plan report: not available yet');
}
