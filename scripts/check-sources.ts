/**
 * `npm run check:sources [folder]`: compares the bundled plans with the source documents themselves, where
 * the tests (test/data/) compare them with the facts committed in test/fixtures/sources/. It checks that
 * those fixtures still say what the seeds say, that each plan agrees with the facts read afresh from the
 * seeds, and that what a plan took from a fact sheet (../shared/sources) is there.
 *
 * `folder` is a seeds folder or a folder holding seeds/ (and sources/); default ../shared/seeds beside
 * the project. Exit 0: no disagreement, or nothing to compare with (no default folder; said on stdout).
 * Exit 1: disagreements, one line each. Exit 2: usage error, a folder given that is missing or holds no
 * seeds, or an internal error (its stack with --debug).
 */
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { knownCycles, loadPlan, type Plan } from '../src/core.js';
import { compareFactSheets, compareSeedFiles } from './sources/cited-sources.js';
import { COMPARISONS } from './sources/compare.js';
import { differingParts } from './sources/differences.js';
import { CYCLES, EXTRACTORS, fixtureFile, PROJECT_ROOT, readFixture, type Cycle } from './sources/fixtures.js';
import { DEFAULT_SEEDS_DIR, type SourceFolders } from './sources/folders.js';
import { runScript } from './sources/script.js';
import { SeedFormatError } from './sources/seed-text.js';

const USAGE = `usage: npm run check:sources [folder] [-- --debug]
Compares the bundled plans (plans/) with the source documents: the seeds in folder (default
../shared/seeds beside the project) and the fact sheets in sources/ beside them.
Exit 0: they agree, or there is nothing to compare with; 1: disagreements; 2: usage error, or a
folder given that does not exist or holds no seeds.`;

function check(folders: SourceFolders): string[] {
  const disagreements: string[] = [];
  for (const cycle of CYCLES) {
    const found = (lines: string[]) => disagreements.push(...lines.map((line) => `${cycle}: ${line}`));
    let facts;
    try {
      facts = EXTRACTORS[cycle](folders.seeds);
    } catch (error) {
      if (!(error instanceof SeedFormatError)) throw error;
      found([`the seeds do not read as expected: ${error.message}`]);
      continue;
    }
    found(compareFixture(cycle, facts));
    const { plan, diagnostics } = loadPlan(path.join(PROJECT_ROOT, 'plans', cycle));
    found(diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => `plans/${cycle} does not load: ${diagnostic.code} ${diagnostic.file}:${diagnostic.line}`));
    found((COMPARISONS[cycle] as (plan: Plan, facts: unknown) => string[])(plan, facts));
    found(compareSeedFiles(plan, folders.seeds));
    if (folders.factSheets) found(compareFactSheets(plan, folders.factSheets));
  }
  return disagreements;
}

/** The committed fixture against the facts just read from the seeds. */
function compareFixture(cycle: Cycle, facts: unknown): string[] {
  const file = path.relative(PROJECT_ROOT, fixtureFile(cycle));
  let fixture;
  try {
    fixture = readFixture(cycle);
  } catch {
    return [`${file} cannot be read: run npm run fixtures:sources`];
  }
  if (isDeepStrictEqual(fixture, facts)) return [];
  return differingParts(fixture, facts).map((part) => `${file}: ${part} differs from the seeds (npm run fixtures:sources rewrites it; review the change)`);
}

runScript('check:sources', USAGE, (folders) => {
  if (!folders) {
    process.stdout.write(`check:sources: skipped: no source documents at ${DEFAULT_SEEDS_DIR}; give a folder to compare with: npm run check:sources <folder>\n`);
    return 0;
  }
  const also = folders.factSheets ? ` and ${folders.factSheets}` : ' (no fact sheets beside it: sources/ not found)';
  process.stdout.write(`check:sources: comparing plans/ with ${folders.seeds}${also}\n`);
  const unknown = knownCycles(path.join(PROJECT_ROOT, 'plans')).filter((cycle) => !(CYCLES as string[]).includes(cycle));
  for (const cycle of unknown) process.stdout.write(`check:sources: not compared: plans/${cycle} (no source facts are known for it)\n`);
  const disagreements = check(folders);
  for (const line of disagreements) process.stdout.write(`${line}\n`);
  const summary = disagreements.length === 0 ? `the ${CYCLES.length} plans agree with their sources` : `${disagreements.length} disagreement${disagreements.length === 1 ? '' : 's'}`;
  process.stdout.write(`check:sources: ${summary}\n`);
  return disagreements.length === 0 ? 0 : 1;
});
