import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { GENERATED_DIR } from '../paths.js';

const require = createRequire(import.meta.url);

/**
 * The validator of `schemas/<name>.schema.json` compiled at build time (scripts/build-validators.mjs), or
 * undefined when there is none (tests running the TypeScript sources). The bundle replaces this module
 * with one that holds both validators (scripts/bundle.mjs), so that starting `plan` opens no file for them.
 */
export function precompiledValidator(name: 'plan' | 'config'): ValidateFunction | undefined {
  const file = path.join(GENERATED_DIR, `${name}.validate.cjs`);
  return existsSync(file) ? (require(file) as ValidateFunction) : undefined;
}
