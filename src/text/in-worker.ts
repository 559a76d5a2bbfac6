import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { nearestEarlier, type NearestEarlier } from './near-duplicates.js';

/**
 * The compiled worker entry beside this module: dist/text/pairs-worker.js, or dist/bundle/pairs-worker.js
 * for the bundled CLI. Run from the TypeScript sources (the tests) there is none, unless a test names one.
 */
export const PAIRS_WORKER = new URL('./pairs-worker.js', import.meta.url);

/**
 * `nearestEarlier` in a worker thread, so that a large list is searched on the second core while this one
 * goes on with other checks. Never fails: without a compiled worker, or if the worker cannot start or
 * dies, the search runs on this thread instead, with the same result.
 */
export function nearestEarlierInWorker(texts: string[], threshold: number, workerFile: URL = PAIRS_WORKER): Promise<{ nearest: NearestEarlier; inWorker: boolean }> {
  const here = () => ({ nearest: nearestEarlier(texts, threshold), inWorker: false });
  if (!existsSync(fileURLToPath(workerFile))) return Promise.resolve(here());
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: () => { nearest: NearestEarlier; inWorker: boolean }) => {
      if (settled) return;
      settled = true;
      resolve(result());
    };
    let worker: Worker;
    try {
      worker = new Worker(workerFile, { workerData: { texts, threshold } });
    } catch {
      settle(here);
      return;
    }
    worker.once('message', (nearest: NearestEarlier) => {
      settle(() => ({ nearest, inWorker: true }));
      void worker.terminate();
    });
    worker.once('error', () => settle(here));
    worker.once('exit', () => settle(here));
  });
}
