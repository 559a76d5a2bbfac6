import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's root folder (package.json, schemas/, templates/), found by walking up from this module:
 * the TypeScript sources, the compiled dist/ and the bundle sit at different depths below it.
 */
export const PACKAGE_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

export const SCHEMAS_DIR = path.join(PACKAGE_ROOT, 'schemas');
export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates');
/** schema validators compiled at build time by scripts/build-validators.mjs */
export const GENERATED_DIR = path.join(PACKAGE_ROOT, 'dist', 'generated');

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'schemas'))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}
