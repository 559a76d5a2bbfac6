/**
 * Where the source documents are: the folder given on the command line, or ../shared beside the project
 * (present on the team's machines and in CI, absent from a fresh clone).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './fixtures.js';
import { SEED_FILES } from './seed-text.js';

export const DEFAULT_SEEDS_DIR = path.resolve(PROJECT_ROOT, '../shared/seeds');

/** A folder given on the command line that cannot be used: exit 2. */
export class FolderError extends Error {}

export interface SourceFolders {
  seeds: string;
  /** the fact sheets, `sources/` beside the seeds folder, when there is one */
  factSheets?: string;
}

/**
 * The folders to compare with: `given` is a seeds folder, or a folder holding `seeds/` (and `sources/`).
 * Without `given`, the default seeds folder, or undefined when it does not exist.
 */
export function sourceFolders(given: string | undefined, defaultSeeds = DEFAULT_SEEDS_DIR): SourceFolders | undefined {
  if (given === undefined && !isFolder(defaultSeeds)) return undefined;
  let seeds = path.resolve(given ?? defaultSeeds);
  if (!isFolder(seeds)) throw new FolderError(`no such folder: ${given}`);
  if (isFolder(path.join(seeds, 'seeds'))) seeds = path.join(seeds, 'seeds');
  const missing = Object.values(SEED_FILES).filter((file) => !existsSync(path.join(seeds, file)));
  if (missing.length > 0) throw new FolderError(`${seeds} is not a seeds folder: ${missing.join(', ')} missing`);
  const factSheets = path.join(seeds, '..', 'sources');
  return { seeds, factSheets: isFolder(factSheets) ? path.resolve(factSheets) : undefined };
}

function isFolder(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory();
}
