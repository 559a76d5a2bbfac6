/**
 * Runs a command as a whole Node process and measures its wall time and peak memory (max RSS).
 *
 * The first run of a cell loads rss-hook.mjs through NODE_OPTIONS, which reports each Node process's exact
 * maxRSS on exit; it also warms the file cache and is where the exit code and output are checked. The timed
 * runs that follow run without the hook (it costs about 2 ms of start-up), unless the first run was already
 * slow, when it is the only sample. While any run goes on, /proc/<pid>/status is polled, so that a run that
 * passes the time or memory limit is killed and still has a (lower-bound) peak memory.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';

const HOOK = new URL('./rss-hook.mjs', import.meta.url).href;
const POLL_MS = 200;

function polledPeakKb(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function childEnv(rssFile) {
  const env = { ...process.env };
  for (const name of ['NODE_OPTIONS', 'FORCE_COLOR', 'BENCH_RSS_FILE']) delete env[name];
  if (rssFile) Object.assign(env, { NODE_OPTIONS: `--import=${HOOK}`, BENCH_RSS_FILE: rssFile });
  return env;
}

/** One run: {ms, code, signal, killedFor: 'timeout' | 'memory' | undefined, rssKb, isRssExact}. */
export function runOnce({ args, cwd, files, rssFile, timeoutMs, memoryCapKb }) {
  if (rssFile) rmSync(rssFile, { force: true });
  const out = openSync(files.stdout, 'w');
  const err = openSync(files.stderr, 'w');
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd, env: childEnv(rssFile), stdio: ['ignore', out, err] });
    let killedFor;
    let polledKb = 0;
    const kill = (reason) => {
      killedFor ??= reason;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => kill('timeout'), timeoutMs);
    const poller = setInterval(() => {
      polledKb = Math.max(polledKb, polledPeakKb(child.pid));
      if (polledKb > memoryCapKb) kill('memory');
    }, POLL_MS);
    const finish = (code, signal) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(timer);
      clearInterval(poller);
      closeSync(out);
      closeSync(err);
      const lines = rssFile && existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').filter(Boolean) : [];
      // one peak per process id (threads of one process share its memory)
      const byPid = new Map();
      for (const [pid, kb] of lines.map((line) => line.split(' ').map(Number))) byPid.set(pid, Math.max(byPid.get(pid) ?? 0, kb));
      const reported = [...byPid.values()];
      // Several reports mean child Node processes: their peaks are summed (an upper bound of the tree's peak).
      const rssKb = reported.length > 0 ? reported.reduce((sum, kb) => sum + kb, 0) : polledKb;
      resolve({ ms, code, signal, killedFor, rssKb, isRssExact: reported.length > 0, processes: reported.length });
    };
    child.on('error', () => finish(null, 'spawn-error'));
    child.on('exit', finish);
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function stderrTail(file) {
  try {
    const lines = readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
    // The error's own line (a one-line CLI message or the thrown error), not the stack under it.
    return (lines.find((line) => /^(plan:|[A-Za-z]*Error\b)/.test(line)) ?? lines.at(-1) ?? '').slice(0, 300);
  } catch {
    return '';
  }
}

/**
 * Measures one cell: the warm-up run (memory, exit code), then timed runs up to `runs` samples; `beforeRun`
 * runs before each (to remove a cache, say, so that every run starts cold).
 * Returns {status: 'ok' | 'failed' | 'timeout' | 'memory', ms, samples, rssKb, code, error}.
 */
export async function measureCell({ args, cwd, runs, okCodes = [0], files, timeoutMs, memoryCapKb, slowMs = 15000, beforeRun = () => {} }) {
  const limits = { args, cwd, files, timeoutMs, memoryCapKb };
  beforeRun();
  const first = await runOnce({ ...limits, rssFile: files.rss });
  const failure = (run) => {
    if (run.killedFor) return { status: run.killedFor, ms: run.ms, rssKb: run.rssKb, isRssExact: false, samples: [] };
    if (!okCodes.includes(run.code)) return { status: 'failed', code: run.code ?? run.signal, ms: run.ms, rssKb: run.rssKb, isRssExact: run.isRssExact, samples: [], error: stderrTail(files.stderr) };
    return undefined;
  };
  const firstFailure = failure(first);
  if (firstFailure) return firstFailure;
  const samples = first.ms >= slowMs ? [first.ms] : [];
  while (samples.length < runs) {
    beforeRun();
    const run = await runOnce({ ...limits });
    const runFailure = failure(run);
    if (runFailure) return { ...runFailure, rssKb: Math.max(first.rssKb, runFailure.rssKb) };
    samples.push(run.ms);
  }
  return { status: 'ok', code: first.code, ms: median(samples), samples, rssKb: first.rssKb, isRssExact: first.isRssExact, processes: first.processes };
}
