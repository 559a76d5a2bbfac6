// Compiles the JSON Schemas into standalone validator modules at build time, so that `plan validate`
// does not spend start-up time compiling them (see src/load/schema.ts, which falls back to compiling
// at run time when these files are missing, as under vitest). Runs after tsc: the ajv options come from
// the compiled dist/load/ajv-options.js, the one place they are set.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS } from '../dist/load/ajv-options.js';

const outDir = new URL('../dist/generated/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const name of ['plan', 'config']) {
  const schema = JSON.parse(readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8'));
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  const validate = ajv.compile(schema);
  writeFileSync(new URL(`${name}.validate.cjs`, outDir), standaloneCode.default ? standaloneCode.default(ajv, validate) : standaloneCode(ajv, validate));
}
