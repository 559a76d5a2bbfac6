/** Command-line options of the benchmark (`npm run bench -- --sizes S,M --runs 1`). */
import { SIZES } from './generate.mjs';

export const USAGE = `Usage: npm run bench -- [options]

  --sizes S,M,L,XL   sizes to generate and measure (default: all four)
  --runs N           timed runs per command and size (default: S and M 5, L 3, XL 1; start-up 11,
                     or the larger of N and 3 with --runs)
  --seed N           seed of the synthetic plans (default 20280)
  --timeout SECONDS  kill a run after this long and show the cell as a timeout (default 120)
  --memory-cap MIB   kill a run whose resident memory passes this (default 4096)
  --degenerate       also measure the degenerate inputs (20,000 objectives with one title, 100,000 outputs
                     from ten words, two plans of 10,000 identical outputs diffed); a full run does
  --no-degenerate    leave them out
  --keep             keep the generated plans and outputs (the folder is printed)
  --no-write         print the table only; leave BENCHMARKS.md as it is
  --write            write BENCHMARKS.md even for a quick run (with --sizes or --runs, which
                     otherwise only print, so that a quick check never replaces the full table)
  -h, --help         this help`;

const DEFAULT_RUNS = { S: 5, M: 5, L: 3, XL: 1 };

export function parseOptions(argv) {
  const options = { sizes: Object.keys(SIZES), runs: undefined, seed: 20280, timeoutMs: 120_000, memoryCapKb: 4096 * 1024, isKept: false, isWriting: undefined, isHelp: false, isDegenerate: undefined };
  for (let index = 0; index < argv.length; index++) {
    const [flag, inline] = argv[index].split('=', 2);
    const value = () => inline ?? argv[++index];
    const number = (name, minimum) => {
      const parsed = Number(value());
      if (!Number.isFinite(parsed) || parsed < minimum) throw new Error(`${name} must be a number of at least ${minimum}`);
      return parsed;
    };
    if (flag === '--sizes') {
      options.sizes = value().split(',').map((size) => size.trim().toUpperCase()).filter(Boolean);
      const unknown = options.sizes.filter((size) => !SIZES[size]);
      if (unknown.length > 0 || options.sizes.length === 0) throw new Error(`unknown size ${unknown.join(', ') || '(none)'}: sizes are ${Object.keys(SIZES).join(', ')}`);
      options.sizes = Object.keys(SIZES).filter((size) => options.sizes.includes(size));
    } else if (flag === '--runs') options.runs = Math.floor(number('--runs', 1));
    else if (flag === '--seed') options.seed = Math.floor(number('--seed', 0));
    else if (flag === '--timeout') options.timeoutMs = number('--timeout', 1) * 1000;
    else if (flag === '--memory-cap') options.memoryCapKb = number('--memory-cap', 64) * 1024;
    else if (flag === '--keep') options.isKept = true;
    else if (flag === '--degenerate') options.isDegenerate = true;
    else if (flag === '--no-degenerate') options.isDegenerate = false;
    else if (flag === '--no-write') options.isWriting = false;
    else if (flag === '--write') options.isWriting = true;
    else if (flag === '-h' || flag === '--help') options.isHelp = true;
    else throw new Error(`unknown option ${argv[index]}`);
  }
  const isFull = options.runs === undefined && options.sizes.length === Object.keys(SIZES).length;
  options.isDegenerate ??= isFull;
  options.isWriting ??= isFull && options.isDegenerate;
  options.runsFor = (size) => options.runs ?? DEFAULT_RUNS[size];
  options.startupRuns = options.runs === undefined ? 11 : Math.max(3, options.runs);
  return options;
}
