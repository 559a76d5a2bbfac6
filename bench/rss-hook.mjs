// Loaded into every measured Node process (NODE_OPTIONS=--import=...): on exit, appends "pid maxRSS-in-KiB"
// to the file named by BENCH_RSS_FILE, so the harness knows each process's peak memory exactly.
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      appendFileSync(file, `${process.pid} ${process.resourceUsage().maxRSS}\n`);
    } catch {
      // The measurement is lost, never the measured command's own exit.
    }
  });
}
