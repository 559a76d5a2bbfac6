/**
 * A worker thread's entry: finds each text's nearest earlier near-duplicate in one list of texts
 * (`workerData`: texts, threshold) and posts the two typed arrays back (moved, not copied). Started by
 * `nearestEarlierInWorker`; built to dist/text/ and, as its own entry point, to dist/bundle/.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { nearestEarlier } from './near-duplicates.js';

const { texts, threshold } = workerData as { texts: string[]; threshold: number };
const nearest = nearestEarlier(texts, threshold);
parentPort?.postMessage(nearest, [nearest.partner.buffer as ArrayBuffer, nearest.score.buffer as ArrayBuffer]);
