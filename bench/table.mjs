/**
 * The one table of the benchmark: a row per measurement, with the goals of issues 7 and 15 beside the
 * values. Also the notes that explain failed cells and missed or unexpected findings.
 */
import { floorRatio, growth, judge, memoryGoal, peerRatio, plantedGoal, timeGoal, timeOf } from './goals.mjs';

/** The degenerate inputs (bench/degenerate.mjs), as the table names them. */
const DEGENERATE_LABELS = {
  sharedTitle: '`plan validate`: 20,000 objectives with one title',
  tenWords: '`plan validate`: 100,000 outputs from ten words',
  identicalDiff: '`plan diff`: two plans of 10,000 identical outputs',
};

export const COMMAND_LABELS = {
  validate: '`plan validate`',
  cacheCold: '`plan validate --cache` (cold: no cache file)',
  cacheWarm: '`plan validate --cache` (warm: nothing changed)',
  report: '`plan report --format html`',
  diff: '`plan diff` (vs mutated next cycle)',
  export: '`plan export`',
  ajv: '`ajv-cli validate` (peer, schema only)',
};

export const formatTime = (ms) => (ms < 1000 ? `${Math.round(ms)} ms` : `${Number((ms / 1000).toFixed(2))} s`);
const formatRatio = (ratio, isLowerBound) => (ratio === undefined ? '?' : `${isLowerBound ? '> ' : ''}${ratio.toFixed(ratio < 10 ? 2 : 1)}×`);
export const formatMiB = (kb) => (kb < 1000 ? `${Math.round(kb)} KiB` : `${(kb / 1024).toFixed(kb < 100 * 1024 ? 1 : 0)} MiB`);

function timeCell(cell, timeoutMs, memoryCapKb) {
  if (!cell) return 'not run';
  // The fastest run beside the median: on a shared machine it is the steadier of the two.
  if (cell.status === 'ok') return cell.samples.length >= 3 ? `${formatTime(cell.ms)} (min ${formatTime(Math.min(...cell.samples))})` : formatTime(cell.ms);
  if (cell.status === 'timeout') return `> ${formatTime(timeoutMs)} (timeout)`;
  if (cell.status === 'memory') return `killed at ${formatMiB(memoryCapKb)} (memory cap)`;
  if (cell.status === 'missing') return 'not installed';
  return `**failed** (exit ${cell.code})`;
}

function memoryCell(cell) {
  if (!cell || cell.status === 'missing' || !cell.rssKb) return '?';
  return `${cell.isRssExact ? '' : '≥ '}${formatMiB(cell.rssKb)}${cell.processes > 1 ? ` (${cell.processes} processes)` : ''}`;
}

function verdictOf(goals) {
  if (goals.length === 0) return '';
  if (goals.some((goal) => goal.verdict === 'missed')) return '**missed**';
  return goals.every((goal) => goal.verdict === 'met') ? 'met' : 'unknown';
}

const goalText = (goals) => goals.map((goal) => `${goal.text} ${{ met: '✓', missed: '✗', unknown: '?' }[goal.verdict]}`).join(' · ');

function row(measure, size, cell, compared, goals, limits) {
  const runs = cell?.samples?.length ? String(cell.samples.length) : cell && cell.status !== 'missing' ? '1' : '';
  return { measure, size, runs, time: timeCell(cell, limits.timeoutMs, limits.memoryCapKb), memory: memoryCell(cell), compared, goal: goalText(goals), verdict: verdictOf(goals), goals };
}

export function buildRows(results) {
  const limits = { timeoutMs: results.options.timeoutMs, memoryCapKb: results.options.memoryCapKb };
  const { floor, version, bundled } = results.startup;
  const rows = [row('`node -e 0` (start-up floor)', '–', floor, '', [], limits)];
  const versionRatio = floorRatio(version, floor).ratio;
  rows.push(row('`plan --version`', '–', version, versionRatio === undefined ? '' : `${formatRatio(versionRatio)} floor`, [], limits));
  const bundledRatio = floorRatio(bundled, floor);
  rows.push(row('`plan validate` (bundled plans)', '–', bundled, bundledRatio.ratio === undefined ? '' : `${formatRatio(bundledRatio.ratio)} floor`, [bundledRatio.goal, memoryGoal(bundled)], limits));
  const sizes = results.sizes;
  for (const [size, measured] of Object.entries(sizes)) {
    const { cells, data } = measured;
    for (const name of Object.keys(COMMAND_LABELS)) {
      const cell = cells[name];
      const compared = [];
      const goals = [];
      if (name === 'validate') {
        const peer = peerRatio(cell, cells.ajv, limits.timeoutMs);
        compared.push(`${formatRatio(peer.ratio, peer.isLowerBound)} ajv-cli`);
        goals.push(peer.goal);
      }
      if (size === 'XL' && name !== 'ajv' && sizes.L) {
        const dataRatio = data.bytes / sizes.L.data.bytes;
        const grown = growth(sizes.L.cells[name], cell, dataRatio, limits.timeoutMs);
        compared.push(`${formatRatio(grown.ratio, grown.isLowerBound)} L (data ${dataRatio.toFixed(1)}×)`);
        goals.push(grown.goal);
      }
      if (name === 'cacheCold' || name === 'cacheWarm') {
        const validate = timeOf(cells.validate, limits.timeoutMs);
        const time = timeOf(cell, limits.timeoutMs);
        if (validate && time) compared.push(`${formatRatio(time.ms / validate.ms, time.isLowerBound)} validate`);
        goals.push(judge('same output as without', cell?.isSameOutput));
      }
      if (size === 'XL' && name === 'validate') goals.push(timeGoal('< 5 s', cell, limits.timeoutMs, 5000));
      if (size === 'XL' && name === 'diff') goals.push(timeGoal('< 10 s', cell, limits.timeoutMs, 10000));
      if (name !== 'ajv') goals.push(memoryGoal(cell));
      rows.push(row(COMMAND_LABELS[name], size, cell, compared.join('; '), goals, limits));
    }
    const findings = measured.findings;
    const goals = [plantedGoal(findings)];
    const time = findings ? `${findings.found}/${findings.expected} found` : `not checked (validate ${cells.validate?.status ?? 'not run'})`;
    const compared = findings ? `+${findings.chance} near-duplicates by chance${findings.unexpected.length ? `; **${findings.unexpected.length} unexpected**` : ''}` : '';
    rows.push({ measure: 'planted near-duplicates and orphans', size, runs: '', time, memory: '', compared, goal: goalText(goals), verdict: verdictOf(goals), goals });
  }
  for (const [name, { cell, bytes, checked }] of Object.entries(results.degenerate ?? {})) {
    const goals = [timeGoal('< 30 s', cell, limits.timeoutMs, 30_000), memoryGoal(cell), judge('findings correct', cell.status === 'ok' ? checked.isCorrect : undefined)];
    rows.push(row(DEGENERATE_LABELS[name], 'degenerate', cell, `${formatMiB(bytes / 1024)} of YAML; ${checked.detail}`, goals, limits));
  }
  return rows;
}

const HEADINGS = ['measure', 'size', 'runs', 'median time (min)', 'peak memory', 'compared', 'goal (issues 7, 15)', 'verdict'];

export function markdownTable(rows) {
  const lines = [`| ${HEADINGS.join(' | ')} |`, `|${HEADINGS.map((_, index) => (index >= 2 && index <= 4 ? '---:' : '---')).join('|')}|`];
  for (const r of rows) lines.push(`| ${[r.measure, r.size, r.runs, r.time, r.memory, r.compared, r.goal, r.verdict].join(' | ')} |`);
  return lines.join('\n');
}

/** Sentences on what went wrong: failed commands, missed and unexpected findings. */
export function notes(results) {
  const out = [];
  const describe = (what, cell) => {
    if (cell?.status === 'failed') out.push(`${what} failed with exit ${cell.code}${cell.error ? `: ${cell.error}` : ''}`);
    if (cell?.status === 'memory') out.push(`${what} was killed when its memory passed ${formatMiB(results.options.memoryCapKb)}`);
  };
  for (const [name, cell] of Object.entries(results.startup)) describe(`start-up \`${name}\``, cell);
  for (const [name, { cell, checked }] of Object.entries(results.degenerate ?? {})) {
    describe(DEGENERATE_LABELS[name], cell);
    if (cell.status === 'ok' && !checked.isCorrect) out.push(`${DEGENERATE_LABELS[name]}: findings not as expected: ${checked.detail}`);
  }
  for (const [size, { cells, findings }] of Object.entries(results.sizes)) {
    for (const [name, cell] of Object.entries(cells)) {
      describe(`${size} ${COMMAND_LABELS[name]}`, cell);
      if (cell.isSameOutput === false) out.push(`${size} ${COMMAND_LABELS[name]} printed other findings than the run without a cache`);
    }
    if (findings?.error) out.push(`${size}: ${findings.error}`);
    if (findings?.missed.length) out.push(`${size}: planted findings missed: ${findings.missed.slice(0, 8).map((m) => `${m.code} ${m.id}${m.other ? `~${m.other}` : ''}`).join(', ')}${findings.missed.length > 8 ? ', ...' : ''}`);
    if (findings?.unexpected.length) out.push(`${size}: unexpected findings (a generator defect): ${findings.unexpected.slice(0, 5).map((f) => `${f.code} ${f.id ?? ''} (${f.message})`).join('; ')}`);
  }
  return out;
}
