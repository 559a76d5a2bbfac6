import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SCHEMAS_DIR } from '../paths.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Finding } from '../types/finding.js';
import { AJV_OPTIONS } from './ajv-options.js';
import { locate, type ParsedFile } from './parse-yaml.js';
import { precompiledValidator } from './precompiled.js';
import { displayPath, pointerToPath, schemaErrorArgs, usefulErrors, valueAt } from './schema-errors.js';

export type SchemaName = 'plan.schema.json' | 'config.schema.json';

const validators = new Map<SchemaName, ValidateFunction>();
const require = createRequire(import.meta.url);

/**
 * The validator of a schema: the one precompiled by scripts/build-validators.mjs when it is there (the
 * built CLI), else compiled now (tests running the TypeScript sources).
 */
export function validatorOf(name: SchemaName): ValidateFunction {
  let validate = validators.get(name);
  if (validate) return validate;
  validate = precompiledValidator(name === 'plan.schema.json' ? 'plan' : 'config');
  if (!validate) {
    const { Ajv } = require('ajv') as typeof import('ajv');
    validate = new Ajv(AJV_OPTIONS).compile(readSchema(name) as object);
  }
  validators.set(name, validate);
  return validate;
}

const schemas = new Map<SchemaName, unknown>();

/** The schema's JSON, read only when an error needs its wording or its property names. */
export function readSchema(name: SchemaName): unknown {
  let schema = schemas.get(name);
  if (schema === undefined) {
    schema = JSON.parse(readFileSync(path.join(SCHEMAS_DIR, name), 'utf8'));
    schemas.set(name, schema);
  }
  return schema;
}

export function validatePlanPart(parsed: ParsedFile): Finding[] {
  return schemaFindings(parsed, 'plan.schema.json');
}

export function validateConfig(parsed: ParsedFile): Finding[] {
  return schemaFindings(parsed, 'config.schema.json');
}

/** The errors of `data` against a schema, one per mistake, with what was meant where it can be told. */
export function schemaErrors(data: unknown, name: SchemaName): ErrorObject[] {
  const validate = validatorOf(name);
  if (validate(data)) return [];
  return usefulErrors(validate.errors ?? [], data, readSchema(name));
}

function schemaFindings(parsed: ParsedFile, name: SchemaName): Finding[] {
  return schemaErrors(parsed.data, name).map((error) => toFinding(parsed, error, readSchema(name)));
}

function toFinding(parsed: ParsedFile, error: ErrorObject, schema: unknown): Finding {
  const dataPath = pointerToPath(error.instancePath);
  const property = error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
  const at = locate(parsed, dataPath, property);
  const args = schemaErrorArgs(error, dataPath, parsed.data, schema);
  return { code: 'schema', file: parsed.file, line: at.line, column: at.column, id: itemIdAt(parsed.data, dataPath), args };
}

export { displayPath };

/** The id of the list item the path runs through (e.g. goals[2] → that goal's id). */
function itemIdAt(data: unknown, path: readonly (string | number)[]): string | undefined {
  if (path.length < 2 || typeof path[1] !== 'number') return undefined;
  const item = valueAt(data, path.slice(0, 2));
  if (item && typeof item === 'object' && 'id' in item) {
    const id = (item as { id: unknown }).id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  }
  return undefined;
}
