import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { GENERATED_DIR, SCHEMAS_DIR } from '../paths.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Finding } from '../types/finding.js';
import { locate, type ParsedFile } from './parse-yaml.js';


let planValidator: ValidateFunction | undefined;
let configValidator: ValidateFunction | undefined;

const require = createRequire(import.meta.url);

/**
 * The validator of `<name>.schema.json`: the one precompiled by scripts/build-validators.mjs when it is
 * there (the built CLI), else compiled now (tests running the TypeScript sources).
 */
function compile(name: string): ValidateFunction {
  const precompiled = path.join(GENERATED_DIR, name.replace('.schema.json', '.validate.cjs'));
  if (existsSync(precompiled)) return require(precompiled) as ValidateFunction;
  const { Ajv } = require('ajv') as typeof import('ajv');
  const schema = JSON.parse(readFileSync(path.join(SCHEMAS_DIR, name), 'utf8'));
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
}

export function validatePlanPart(parsed: ParsedFile): Finding[] {
  planValidator ??= compile('plan.schema.json');
  return schemaFindings(parsed, planValidator);
}

export function validateConfig(parsed: ParsedFile): Finding[] {
  configValidator ??= compile('config.schema.json');
  return schemaFindings(parsed, configValidator);
}

function schemaFindings(parsed: ParsedFile, validate: ValidateFunction): Finding[] {
  if (validate(parsed.data)) return [];
  return usefulErrors(validate.errors ?? []).map((error) => toFinding(parsed, error));
}

/** Drops the branch errors of a oneOf when the oneOf itself is reported, so one mistake gives one finding. */
function usefulErrors(errors: ErrorObject[]): ErrorObject[] {
  const oneOfPaths = new Set(errors.filter((error) => error.keyword === 'oneOf').map((error) => error.instancePath));
  return errors.filter((error) => error.keyword === 'oneOf' || !(oneOfPaths.has(error.instancePath) && error.schemaPath.includes('/oneOf/')));
}

const REFERENCE_FIELDS = new Set(['id', 'goal', 'objective', 'primary', 'secondary', 'supports', 'formerly', 'previous', 'cycle', 'concerns']);

function toFinding(parsed: ParsedFile, error: ErrorObject): Finding {
  const path = pointerToPath(error.instancePath);
  const property = propertyOf(error);
  const at = locate(parsed, path, property);
  const value = valueAt(parsed.data, path);
  const args: Record<string, unknown> = {
    keyword: error.keyword,
    dataPath: path,
    path: displayPath(property ? [...path, property] : path),
    detail: error.message ?? 'is invalid',
    params: error.params,
  };
  const isIdAsNumber =
    error.keyword === 'type' && typeof value === 'number' && path.some((part) => typeof part === 'string' && REFERENCE_FIELDS.has(part));
  if (isIdAsNumber) args.hint = `ids are strings: quote it ("${value}")`;
  return { code: 'schema', file: parsed.file, line: at.line, column: at.column, id: itemIdAt(parsed.data, path), args };
}

function propertyOf(error: ErrorObject): string | undefined {
  if (error.keyword === 'additionalProperties') return String(error.params.additionalProperty);
  return undefined;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function displayPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

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
