// Loaded into every measured Node process (NODE_OPTIONS=--import=...): on exit, appends "pid maxRSS-in-KiB"
// to the file named by BENCH_RSS_FILE, so the harness knows each process's peak memory exactly.
// Worker threads load it too, but share their process's memory: only the main thread reports.
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.BENCH_RSS_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    try {
      appendFileSync(file, `${process.pid} ${process.resourceUsage().maxRSS}\n`);
    } catch {
      // The measurement is lost, never the measured command's own exit.
    }
  });
}
