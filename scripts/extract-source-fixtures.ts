/**
 * `npm run fixtures:sources [folder]`: reads the facts of each bundled plan from the seeds (default
 * ../shared/seeds) and writes them to test/fixtures/sources/<cycle>.yaml, which the fidelity tests read.
 * Run it when the seeds or the extraction rules (scripts/sources/facts-*.ts) change, and review the diff.
 * Exit 0: written; 2: no seeds folder (none given and none beside the project), or a seed that does not
 * read as expected.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CYCLES, EXTRACTORS, FIXTURES_DIR, fixtureFile, fixtureText, PROJECT_ROOT } from './sources/fixtures.js';
import { DEFAULT_SEEDS_DIR, FolderError } from './sources/folders.js';
import { runScript } from './sources/script.js';

const USAGE = `usage: npm run fixtures:sources [folder]
Writes test/fixtures/sources/<cycle>.yaml from the seeds in folder (default ../shared/seeds beside the project).`;

runScript('fixtures:sources', USAGE, (folders) => {
  if (!folders) throw new FolderError(`no seeds folder at ${DEFAULT_SEEDS_DIR}; give one: npm run fixtures:sources <folder>`);
  // Every cycle is read before any file is written: a seed that does not read as expected changes nothing.
  const texts = CYCLES.map((cycle) => [fixtureFile(cycle), fixtureText(cycle, EXTRACTORS[cycle](folders.seeds))] as const);
  mkdirSync(FIXTURES_DIR, { recursive: true });
  for (const [file, text] of texts) {
    const unchanged = existsSync(file) && readFileSync(file, 'utf8') === text;
    if (!unchanged) writeFileSync(file, text);
    process.stdout.write(`fixtures:sources: ${path.relative(PROJECT_ROOT, file)} ${unchanged ? 'unchanged' : 'written'}\n`);
  }
  return 0;
});
