/**
 * How long and how hard the fuzzer and the property tests run. The defaults keep CI short and are fixed,
 * so a run is reproducible; set the variables to search longer or elsewhere:
 *
 *   FUZZ_SEED=7 FUZZ_RUNS=2000 FUZZ_SECONDS=600 npx vitest run test/fuzz test/property
 */
const number = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return process.env[name] !== undefined && Number.isFinite(value) ? value : fallback;
};

/** The seed of every generator (fast-check and the mutation fuzzer). */
export const FUZZ_SEED = number('FUZZ_SEED', 20_240_607);
/** Runs of each property (fast-check's numRuns). */
export const FUZZ_RUNS = number('FUZZ_RUNS', 100);
/** The mutation fuzzer's time budget, in seconds, shared by all the bundled plan files. */
export const FUZZ_SECONDS = number('FUZZ_SECONDS', 60);

/** A property test's time limit: room for its runs (up to three times FUZZ_RUNS) on a slow machine. */
export const PROPERTY_TIMEOUT_MS = 30_000 + FUZZ_RUNS * 3 * 25;

/** fast-check options: the seed, the number of runs, and a failure message naming the seed to replay. */
export function propertyOptions(runs = FUZZ_RUNS): { seed: number; numRuns: number; endOnFailure: boolean } {
  return { seed: FUZZ_SEED, numRuns: runs, endOnFailure: true };
}
