import { existsSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT, SCHEMAS_DIR } from '../paths.js';

export type SchemaFile = 'plan.schema.json' | 'config.schema.json';

/** The package's name on npm, as a user's node_modules holds it. */
const PACKAGE_NAME = 'plan-toolkit';

/**
 * How a file in `fromDir` names a schema so that it resolves where the file is: relative to an installed
 * copy of the package in a node_modules folder above it (a user's repository), relative to this package's
 * schemas/ when the file is inside this package's repository, else the absolute path of the schema this
 * `plan` runs with. Always with forward slashes, as editors read it.
 */
export function schemaReference(fromDir: string, file: SchemaFile): string {
  const installed = installedSchema(fromDir, file);
  if (installed) return relative(fromDir, installed);
  const own = path.join(SCHEMAS_DIR, file);
  if (isInside(fromDir, PACKAGE_ROOT) && !isInside(fromDir, path.join(PACKAGE_ROOT, 'node_modules'))) return relative(fromDir, own);
  return own.split(path.sep).join('/');
}

/** The nearest node_modules/plan-toolkit/schemas/<file> at or above a folder (which need not exist yet). */
function installedSchema(fromDir: string, file: SchemaFile): string | undefined {
  for (let dir = path.resolve(fromDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', PACKAGE_NAME, 'schemas', file);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function isInside(dir: string, folder: string): boolean {
  const relation = path.relative(folder, path.resolve(dir));
  return relation === '' || (!relation.startsWith('..') && !path.isAbsolute(relation));
}

function relative(fromDir: string, target: string): string {
  const relation = path.relative(path.resolve(fromDir), target).split(path.sep).join('/');
  return relation.startsWith('.') ? relation : `./${relation}`;
}
