/** BENCHMARKS.md: how to run the benchmark, the machine, the table, the data and the method. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { SIZES, countsFor } from './generate.mjs';
import { USAGE } from './options.mjs';
import { COMMAND_LABELS, formatMiB, formatTime, markdownTable } from './table.mjs';

function cpuModel() {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) return match[1].trim();
  } catch {
    // not Linux: fall back to what Node reports
  }
  return cpus()[0]?.model ?? 'unknown';
}

function git(root, args) {
  try {
    return execFileSync('git', ['--no-optional-locks', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function bundledCli(root) {
  try {
    return `dist/bundle/${JSON.parse(readFileSync(join(root, 'dist', 'bundle', 'manifest.json'), 'utf8')).cli} (with its V8 code cache)`;
  } catch {
    return 'dist/cli.js';
  }
}

export const loadAverage = () => loadavg().map((load) => load.toFixed(2)).join(', ');

export function machineInfo(root) {
  const commit = git(root, ['rev-parse', '--short', 'HEAD']);
  const isDirty = Boolean(git(root, ['status', '--porcelain', '--untracked-files=no']));
  return {
    cpu: cpuModel(),
    cores: availableParallelism(),
    memoryGiB: (totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: commit ? `${commit}${isDirty ? ' (with uncommitted changes)' : ''}` : 'unknown',
    // bin/plan runs the esbuild bundle (named in its manifest) when there is one, else the plain tsc output.
    cli: bundledCli(root),
    loadBefore: loadAverage(),
  };
}

const number = (value) => value.toLocaleString('en-US');

function dataLines(results) {
  return Object.entries(results.sizes).map(([size, { data }]) => {
    const c = data.counts;
    const factor = SIZES[size].factor;
    return `- **${size}** (${size === 'XL' ? 'the issue\'s XL' : `${number(factor)}× the 2020-2023 plan`}): ${data.files} files, ${formatMiB(data.bytes / 1024)} (largest file ${formatMiB(data.largestBytes / 1024)}); ${number(c.goals)} goals, ${number(c.targets)} targets, ${number(c.objectives)} objectives, ${number(c.results)} outcomes and outputs, ${number(c.enablers)} enablers; ${data.planted} planted findings; generated in ${formatTime(data.generateMs)}.`;
  });
}

/** The slowest command at each size, as a line of facts (the reader draws the conclusions). */
function slowestLines(results) {
  return Object.entries(results.sizes).map(([size, { cells }]) => {
    const timed = Object.entries(cells).filter(([name, cell]) => name !== 'ajv' && (cell.status === 'ok' || cell.status === 'timeout' || cell.status === 'memory'));
    if (timed.length === 0) return `- ${size}: no command finished.`;
    const [name, cell] = timed.reduce((a, b) => ((b[1].status === 'ok' ? b[1].ms : Infinity) > (a[1].status === 'ok' ? a[1].ms : Infinity) ? b : a));
    const memory = Object.entries(cells).filter(([, c]) => c.rssKb).reduce((a, b) => (b[1].rssKb > a[1].rssKb ? b : a), ['', { rssKb: 0 }]);
    const time = cell.status === 'ok' ? formatTime(cell.ms) : cell.status;
    return `- ${size}: slowest ${COMMAND_LABELS[name]} (${time}); most memory ${COMMAND_LABELS[memory[0]] ?? '?'} (${formatMiB(memory[1].rssKb)}).`;
  });
}

/** The heading of the one hand-written section, which a run keeps as it finds it (see `keptAnalysis`). */
const ANALYSIS_HEADING = '## Analysis (written by hand)';

/**
 * The hand-written analysis of the previous BENCHMARKS.md (why a goal is missed, what a profile shows),
 * heading included, or a placeholder: the numbers are the table's, the reasons need a person.
 */
export function keptAnalysis(previous) {
  const start = previous?.indexOf(`\n${ANALYSIS_HEADING}\n`) ?? -1;
  if (start === -1) return `${ANALYSIS_HEADING}\n\nNone yet: after a run, say here why each missed goal is missed, with a profile.\n`;
  const end = previous.indexOf('\n## ', start + 1);
  return `${previous.slice(start + 1, end === -1 ? undefined : end).trimEnd()}\n`;
}

export function documentText(results, rows, problems, analysis = keptAnalysis(undefined)) {
  const { machine, options } = results;
  const xl = countsFor('XL');
  return `# Benchmarks

The latest table of \`npm run bench\` (issue 7, "Benchmark harness"; issue 15, "Performance, round 2"). This file is written by the benchmark
(\`bench/run.mjs\`); edit the harness, not this file, except its section "Analysis (written by hand)", which a run
keeps as it was: it says why the goals the table marks missed are missed, from a profile of a dated run.

## Running it

From a fresh clone: \`npm ci\` (installs and builds the CLI through \`prepare\`), then \`npm run bench\`. After
changing \`src/\`, run \`npm run build\` first: the benchmark measures the built CLI (\`bin/plan\`, \`dist/\`).
A full run takes about ten minutes on the 2-core machine; for a quick check, \`npm run bench -- --sizes S,M --runs 1\` (it prints
the table and leaves this file alone unless given \`--write\`).

\`\`\`
${USAGE}
\`\`\`

Exit status: 1 when a planted finding is missed, \`plan validate\` reports something nobody planted that is not a
chance near-duplicate (a defect of the generator), or a command fails (exits with an unexpected code);
2 on a usage error; else 0. Missed goals, timeouts and memory kills are shown in the table but do not fail
the run: this is a benchmark, not a timed test.

## Latest run

- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB memory; Node ${machine.node}
- Date: ${machine.date}; commit ${machine.commit}; CLI measured: \`${machine.cli}\`
- Load average (1, 5, 15 min) before: ${machine.loadBefore}; after: ${machine.loadAfter}
- Options: sizes ${options.sizes.join(', ')}; runs ${options.runs ?? 'default'}; seed ${options.seed}; timeout ${formatTime(options.timeoutMs)}; memory cap ${formatMiB(options.memoryCapKb)}

${markdownTable(rows)}
${problems.length ? `\nProblems:\n\n${problems.map((note) => `- ${note}`).join('\n')}\n` : ''}
Slowest and largest, per size:

${slowestLines(results).join('\n')}

${analysis}
## The data

Synthetic plans, generated from the seed into a temporary folder outside the repository (\`os.tmpdir()\`), in the
shape of the 2020-2023 plan: goals with SDG targets (5 goals at every size: a larger plan rolls up more work under the same goals), targets with measures, objectives per Sector (ITU-R, ITU-T,
ITU-D, Inter-sectoral) with primary and secondary goals, outcomes \`X.n-a\` and outputs \`X.n-1\` per objective,
Sector and General Secretariat enablers, risks. Texts come from a shared vocabulary of strategic-plan phrases
(\`bench/vocabulary.mjs\`), so they share words as real plans do (most outcomes start "Increased"). Each cycle is
split like the bundled plans: \`plan.yaml\` and one file per Sector, several per Sector (and the framework lists
in their own files) once a part passes 1 MiB. Sizes S, M and L multiply every count of the real plan by 1, 10 and
100; XL is the issue's: ${number(xl.objectives)} objectives, ${number(xl.outcomes + xl.outputs)} outcomes and outputs, the other counts
scaled like the objectives.

${dataLines(results).join('\n')}

Planted at every size (more at larger sizes), at ids chosen by the seed: near-duplicate objectives
(\`similar-objectives\`: the same title and the statement with two words changed), outcomes and outputs
(\`similar-outcomes\`, \`similar-outputs\`: one word changed), exact duplicates (\`duplicate-output\`: the text
in lower case with a full stop), objectives linked to no goal (\`no-primary-goal\`, and \`orphan-outcome\` /
\`orphan-output\` for each of their results), and results of an objective that does not exist (\`dangling-ref\`
only: one finding per mistake, so they are not orphans as well). "By chance" counts the near-duplicates the random texts made on their own.

The degenerate inputs (\`bench/degenerate.mjs\`, measured in a full run or with \`--degenerate\`) are no real plan but
what a tool must survive: 20,000 objectives sharing one title and no statement (one group of copies: the
finding expected is one \`duplicate-objective\` naming all 20,000); 100,000 outputs of four to eight words drawn
from ten (thousands of copies and near-duplicates: one \`duplicate-output\` per group of copies and one
\`similar-outputs\` per near-duplicate output, both worked out by brute force in the harness and compared
one by one); and two plans of 10,000 outputs with one text, the second with its last output renumbered
(\`plan diff\` must call 9,999 the same and one renumbered).

\`plan diff\` compares the cycle with its next cycle (\`bench/mutate.mjs\`): texts reworded (5%), objectives
dropped (2%, at least one in every other Sector) with the Sector's later objectives renumbered, new objectives
(2%), results dropped and added (3% each) and renumbered, target figures and deadlines moved.

## How it measures

- Every command is a whole process: \`node bin/plan ...\` with \`--plans <generated folder>\`, stdout to a file,
  run in a temporary folder (so no \`plan.config.yaml\` applies). \`plan validate\` runs with \`--format json\`, whose output is the one checked for the
  planted findings; \`plan report\` writes HTML with \`--out\`; \`plan export\` writes JSON to stdout.
- Per cell, a first run loads \`bench/rss-hook.mjs\` (through \`NODE_OPTIONS=--import\`), which writes the
  process's \`process.resourceUsage().maxRSS\` on exit: that is the peak memory shown (worker threads
  included, as they share their process's memory). It also warms the file
  cache. Then the timed runs (the median is shown, and the fastest run when there are three or more), without
  the hook; a first run over 15 s is itself the only sample.
- A run over the timeout or the memory cap is killed; its memory is then the peak polled from
  \`/proc/<pid>/status\` (shown with ≥).
- Cache: \`plan validate --cache\` cold starts every run without its cache file (so it pays for writing it);
  warm runs find the file the run before wrote, on unchanged files. Both must print exactly what
  \`plan validate\` printed; "× validate" compares their time with its.
- Start-up: \`node -e 0\` is the floor; \`plan validate --plans <repository>/plans\` validates every bundled cycle.
- Peer: ajv-cli 5 validates the same YAML files of the cycle against the same \`schemas/plan.schema.json\` (draft-07,
  \`--strict=false --all-errors\`, as the CLI compiles it): schema checks only. ajv-cli reads \`.yaml\` data files
  itself (with js-yaml), so no conversion to JSON is needed. "× ajv-cli" is \`plan validate\` time over ajv-cli time
  at the same size: below 1 is faster.
- The machine may be shared (other work running beside the benchmark): the load average before and after
  the run is shown above; compare runs made under a similar load.
- Growth: the issue asks that 10× the data costs at most 12× the time from L to XL. The issue's L (100× the real
  plan) and XL (10,000 objectives, 100,000 results) are less than 10× apart, so the bound is scaled to the
  measured ratio of the data in bytes: at most 1.2× the data's growth.
`;
}
