#!/usr/bin/env node
/**
 * `npm run bench`: generates synthetic plans (bench/generate.mjs), measures the built CLI on them as whole
 * processes (bench/measure.mjs), checks that the planted problems are found (bench/findings.mjs), prints one
 * table and writes it to BENCHMARKS.md (bench/document.mjs). Exit 1 when a planted finding is missed, a
 * finding nobody planted shows a generator defect, or a command fails; 2 on a usage error.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentText, keptAnalysis, loadAverage, machineInfo } from './document.mjs';
import { checkIdenticalDiff, checkSharedTitle, checkTenWords, identicalDiff, sharedTitle, tenWordOutputs } from './degenerate.mjs';
import { checkFindings } from './findings.mjs';
import { SIZES, generatePlan } from './generate.mjs';
import { measureCell } from './measure.mjs';
import { mutatePlan } from './mutate.mjs';
import { USAGE, parseOptions } from './options.mjs';
import { plantProblems } from './plant.mjs';
import { buildRows, formatMiB, formatTime, markdownTable, notes } from './table.mjs';
import { writeCycle } from './write-cycle.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PLAN = join(ROOT, 'bin', 'plan');
const SCHEMA = join(ROOT, 'schemas', 'plan.schema.json');
const [BASE, NEXT] = ['2028-2031', '2032-2035'];
const log = (text) => process.stderr.write(`${text}\n`);

function ajvCli() {
  try {
    const manifest = createRequire(import.meta.url).resolve('ajv-cli/package.json');
    return join(dirname(manifest), 'dist', 'index.js');
  } catch {
    return undefined;
  }
}

/** The commands measured at every size; `dir` holds the size's plans folder and outputs. */
function commands(dir, ajv) {
  const plans = join(dir, 'plans');
  const cache = join(dir, 'cache', '.plancache');
  const cached = [PLAN, 'validate', BASE, '--plans', plans, '--format', 'json', '--cache-location', cache];
  return {
    validate: { args: [PLAN, 'validate', BASE, '--plans', plans, '--format', 'json'], okCodes: [0, 1] },
    // every run without a cache file; then runs that find the one the run before wrote
    cacheCold: { args: cached, okCodes: [0, 1], beforeRun: () => rmSync(cache, { force: true }) },
    cacheWarm: { args: cached, okCodes: [0, 1] },
    report: { args: [PLAN, 'report', BASE, '--format', 'html', '--plans', plans, '--out', join(dir, 'report.html')] },
    diff: { args: [PLAN, 'diff', BASE, NEXT, '--plans', plans] },
    export: { args: [PLAN, 'export', BASE, '--plans', plans] },
    ajv: ajv && { args: [ajv, 'validate', '-s', SCHEMA, '-d', join(plans, BASE, '*.yaml'), '--spec=draft7', '--strict=false', '--all-errors'] },
  };
}

async function measure(label, command, dir, name, runs, options) {
  if (!command) {
    log(`  ${label}: not installed`);
    return { status: 'missing', samples: [] };
  }
  const files = { stdout: join(dir, `${name}.out`), stderr: join(dir, `${name}.err`), rss: join(dir, `${name}.rss`) };
  const cell = await measureCell({ ...command, cwd: dir, runs, files, timeoutMs: options.timeoutMs, memoryCapKb: options.memoryCapKb });
  const shown = cell.status === 'ok' ? `${formatTime(cell.ms)} (median of ${cell.samples.length}), ${formatMiB(cell.rssKb)}` : `${cell.status}${cell.code !== undefined ? ` (exit ${cell.code})` : ''} after ${formatTime(cell.ms)}`;
  log(`  ${label}: ${shown}`);
  return { ...cell, files };
}

async function measureStartup(workDir, options) {
  const dir = join(workDir, 'startup');
  mkdirSync(dir, { recursive: true });
  log(`start-up (${options.startupRuns} runs each)`);
  return {
    floor: await measure('node -e 0', { args: ['-e', '0'] }, dir, 'floor', options.startupRuns, options),
    version: await measure('plan --version', { args: [PLAN, '--version'] }, dir, 'version', options.startupRuns, options),
    bundled: await measure('plan validate (bundled plans)', { args: [PLAN, 'validate', '--plans', join(ROOT, 'plans')], okCodes: [0, 1] }, dir, 'bundled', options.startupRuns, options),
  };
}

async function measureSize(size, workDir, options, ajv) {
  const dir = join(workDir, size);
  const started = Date.now();
  const plan = generatePlan(size, options.seed, BASE);
  const expected = plantProblems(plan, size, SIZES[size].plants, options.seed);
  const base = writeCycle(plan, join(dir, 'plans', BASE));
  writeCycle(mutatePlan(plan, size, options.seed, NEXT), join(dir, 'plans', NEXT));
  const objectives = plan.sectors.flatMap((sector) => sector.objectives);
  const strays = plan.sectors.reduce((sum, sector) => sum + sector.strayOutcomes.length + sector.strayOutputs.length, 0);
  const data = {
    files: base.files.length,
    bytes: base.bytes,
    largestBytes: Math.max(...base.files.map((file) => file.bytes)),
    counts: {
      goals: plan.goals.length,
      targets: plan.targets.length,
      objectives: objectives.length,
      results: objectives.reduce((sum, objective) => sum + objective.outcomes.length + objective.outputs.length, strays),
      enablers: plan.sectors.reduce((sum, sector) => sum + sector.enablers.length, plan.generalEnablers.length),
    },
    planted: expected.length,
    generateMs: Date.now() - started,
  };
  const runs = options.runsFor(size);
  log(`${size}: ${data.files} files, ${formatMiB(data.bytes / 1024)}, ${data.counts.objectives} objectives, ${data.counts.results} outcomes and outputs (generated in ${formatTime(data.generateMs)}); runs: ${runs}`);
  const cells = {};
  for (const [name, command] of Object.entries(commands(dir, ajv))) cells[name] = await measure(name, command, dir, name, runs, options);
  const findings = cells.validate.status === 'ok' ? checkFindings(cells.validate.files.stdout, expected) : undefined;
  if (findings) log(`  planted findings: ${findings.found}/${findings.expected} found, ${findings.chance} more by chance, ${findings.unexpected.length} unexpected`);
  for (const name of ['cacheCold', 'cacheWarm']) {
    // a cache never hides (or invents) a finding: the cached runs print what the run without it printed
    const cell = cells[name];
    if (cell.status === 'ok' && cells.validate.status === 'ok') cell.isSameOutput = readFileSync(cell.files.stdout, 'utf8') === readFileSync(cells.validate.files.stdout, 'utf8');
  }
  return { data, cells, findings };
}

/**
 * The degenerate inputs (bench/degenerate.mjs), each measured once (timed runs as XL) and checked against
 * the findings worked out by brute force.
 */
async function measureDegenerate(workDir, options) {
  const dir = join(workDir, 'degenerate');
  const plans = join(dir, 'plans');
  log('degenerate inputs');
  const runs = options.runs ?? 1;
  const cases = [];
  const title = sharedTitle(plans);
  cases.push({ name: 'sharedTitle', bytes: title.bytes, args: [PLAN, 'validate', title.cycle, '--plans', plans, '--format', 'json'], check: (file) => checkSharedTitle(file, title) });
  const crowd = tenWordOutputs(plans, options.seed);
  cases.push({ name: 'tenWords', bytes: crowd.bytes, args: [PLAN, 'validate', crowd.cycle, '--plans', plans, '--format', 'json'], check: (file) => checkTenWords(file, crowd.outputs) });
  const identical = identicalDiff(plans);
  cases.push({ name: 'identicalDiff', bytes: identical.bytes, args: [PLAN, 'diff', identical.from, identical.to, '--plans', plans, '--format', 'json'], check: (file) => checkIdenticalDiff(file, identical) });
  const results = {};
  for (const { name, bytes, args, check } of cases) {
    const cell = await measure(name, { args, okCodes: [0, 1] }, dir, name, runs, options);
    const checked = cell.status === 'ok' ? check(cell.files.stdout) : { isCorrect: false, detail: `not checked (${cell.status})` };
    log(`  ${name}: ${checked.detail}`);
    results[name] = { cell, bytes, checked };
  }
  return results;
}

async function main() {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    log(`bench: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.isHelp) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!existsSync(join(ROOT, 'dist', 'bundle', 'manifest.json')) && !existsSync(join(ROOT, 'dist', 'cli.js'))) {
    log('bench: the CLI is not built: run `npm run build` (npm ci builds it too)');
    return 2;
  }
  const workDir = mkdtempSync(join(tmpdir(), 'plan-bench-'));
  const results = { options, machine: machineInfo(ROOT), startup: {}, sizes: {} };
  process.once('SIGINT', () => {
    rmSync(workDir, { recursive: true, force: true });
    process.exit(130);
  });
  try {
    results.startup = await measureStartup(workDir, options);
    const ajv = ajvCli();
    for (const size of options.sizes) results.sizes[size] = await measureSize(size, workDir, options, ajv);
    if (options.isDegenerate) results.degenerate = await measureDegenerate(workDir, options);
  } finally {
    results.machine.loadAfter = loadAverage();
    if (options.isKept) log(`generated plans and outputs kept in ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
  const rows = buildRows(results);
  const problems = notes(results);
  process.stdout.write(`\n${markdownTable(rows)}\n${problems.map((note) => `\n- ${note}`).join('')}\n`);
  if (options.isWriting) {
    const file = join(ROOT, 'BENCHMARKS.md');
    const analysis = keptAnalysis(existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    writeFileSync(file, documentText(results, rows, problems, analysis));
    log('\nwrote BENCHMARKS.md');
  }
  const isFailing =
    Object.values(results.sizes).some(({ findings, cells }) => findings?.missed.length || findings?.unexpected.length || Object.values(cells).some((cell) => cell.status === 'failed' || cell.isSameOutput === false)) ||
    Object.values(results.degenerate ?? {}).some(({ cell, checked }) => cell.status === 'failed' || (cell.status === 'ok' && !checked.isCorrect));
  const isStartupFailing = Object.values(results.startup).some((cell) => cell.status === 'failed');
  return isFailing || isStartupFailing ? 1 : 0;
}

process.exitCode = await main();
