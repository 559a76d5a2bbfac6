/**
 * A worker thread's entry: finds the similar pairs of one list of texts (`workerData`: texts, threshold) and
 * posts them back. Started by `similarPairsInWorker`; built to dist/text/ and, as its own entry point, to
 * dist/bundle/.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { similarPairs } from './similarity.js';

const { texts, threshold } = workerData as { texts: string[]; threshold: number };
parentPort?.postMessage(similarPairs(texts, threshold));
