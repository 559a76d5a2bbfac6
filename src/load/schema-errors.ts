/**
 * ajv's errors, turned into one finding per mistake: the errors a single mistake causes are folded
 * together, and where a name was expected (a key, an enum value, a constant) the nearest one is offered.
 */
import type { ErrorObject } from 'ajv';
import { closestName } from '../text/suggest.js';

type SchemaNode = Record<string, unknown>;
type DataPath = (string | number)[];

export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, part)) return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/**
 * The schema of the value at a data path, found by walking the schema along the path (ajv's `schemaPath`
 * is relative to the last `$ref`, so it cannot be looked up from the root). `$ref`s are resolved with their
 * sibling keywords kept, and the properties of `allOf` parts are gathered.
 */
export function schemaAtPath(schema: unknown, path: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolve(schema as SchemaNode, schema as SchemaNode);
  for (const part of path) {
    if (node === undefined) return undefined;
    const next: unknown = typeof part === 'number' ? node.items : (node.properties as SchemaNode | undefined)?.[part];
    node = next !== null && typeof next === 'object' ? resolve(next as SchemaNode, schema as SchemaNode) : undefined;
  }
  return node;
}

function resolve(node: SchemaNode, root: SchemaNode, depth = 0): SchemaNode {
  let resolved = node;
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#/') && depth < 20) {
    const { $ref, ...siblings } = node;
    const target = ($ref as string)
      .slice(2)
      .split('/')
      .reduce<unknown>((at, part) => (at !== null && typeof at === 'object' ? (at as SchemaNode)[part] : undefined), root);
    if (target !== null && typeof target === 'object') resolved = { ...resolve(target as SchemaNode, root, depth + 1), ...siblings };
  }
  if (Array.isArray(resolved.allOf)) {
    const parts = (resolved.allOf as SchemaNode[]).map((part) => resolve(part, root, depth + 1));
    const properties = Object.assign({}, ...parts.map((part) => part.properties ?? {}), resolved.properties ?? {});
    resolved = { ...Object.assign({}, ...parts), ...resolved, properties };
  }
  return resolved;
}

/**
 * Keeps one error per mistake: a failed `oneOf` hides its branches' errors (wherever the branches were
 * `$ref`'d from), a failed `anyOf` the errors of its branches at its own place, and a missing required property whose misspelling is present is the unknown-property
 * error alone ("unknown property `titel` (did you mean `title`?)"). Each kept error may get
 * `params.suggestion`, the name that was probably meant.
 */
export function usefulErrors(errors: ErrorObject[], data: unknown, schema: unknown): ErrorObject[] {
  const oneOfPaths = errors.filter((error) => error.keyword === 'oneOf').map((error) => error.instancePath);
  const isUnderOneOf = (error: ErrorObject) =>
    error.keyword !== 'oneOf' && oneOfPaths.some((where) => error.instancePath === where || error.instancePath.startsWith(`${where}/`));
  // a failed anyOf of required properties (an observation's value or status) is its one error
  const anyOfs = errors.filter((error) => error.keyword === 'anyOf');
  const isBranchOfAnyOf = (error: ErrorObject) =>
    error.keyword !== 'anyOf' && anyOfs.some((anyOf) => error.instancePath === anyOf.instancePath && error.schemaPath.startsWith(`${anyOf.schemaPath}/`));
  const kept = errors.filter((error) => !isUnderOneOf(error) && !isBranchOfAnyOf(error));
  for (const error of kept) suggest(error, data, schema);
  const misspelt = new Set(
    kept.filter((error) => error.keyword === 'additionalProperties' && error.params.suggestion !== undefined).map((error) => `${error.instancePath}\u0000${error.params.suggestion}`),
  );
  return kept.filter((error) => !(error.keyword === 'required' && misspelt.has(`${error.instancePath}\u0000${error.params.missingProperty}`)));
}

function suggest(error: ErrorObject, data: unknown, schema: unknown): void {
  const dataPath = pointerToPath(error.instancePath);
  const owner = schemaAtPath(schema, dataPath);
  const value = valueAt(data, dataPath);
  let suggestion: string | undefined;
  if (error.keyword === 'additionalProperties') {
    const present = value !== null && typeof value === 'object' ? Object.keys(value) : [];
    const expected = Object.keys((owner?.properties as SchemaNode | undefined) ?? {}).filter((name) => !present.includes(name));
    suggestion = closestName(String(error.params.additionalProperty), expected);
  } else if (error.keyword === 'enum' && typeof value === 'string') {
    suggestion = closestName(value, (error.params.allowedValues as unknown[]).filter((allowed): allowed is string => typeof allowed === 'string'));
  } else if (error.keyword === 'oneOf' && typeof value === 'string') {
    const branches = ((owner?.oneOf as SchemaNode[] | undefined) ?? []).map((branch) => branch.const).filter((constant): constant is string => typeof constant === 'string');
    suggestion = closestName(value, branches);
  } else if (error.keyword === 'pattern' && typeof value === 'string' && Array.isArray(owner?.examples)) {
    // a value that follows a convention: the example it is one slip away from ("alll" → "all", "9-c" → "9.c")
    suggestion = closestName(value, (owner.examples as unknown[]).filter((example): example is string => typeof example === 'string'));
  }
  if (suggestion !== undefined) error.params.suggestion = suggestion;
}

export function pointerToPath(pointer: string): DataPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Fields that hold ids: a number there is an unquoted id. */
const REFERENCE_FIELDS = new Set(['id', 'target', 'goal', 'objective', 'primary', 'secondary', 'supports', 'formerly', 'previous', 'cycle', 'sectors', 'concerns']);

export function isReferencePath(path: readonly (string | number)[]): boolean {
  return path.some((part) => typeof part === 'string' && REFERENCE_FIELDS.has(part));
}

/** The facts of a schema finding, for the message table: what is wrong, where, and what was meant. */
export function schemaErrorArgs(error: ErrorObject, dataPath: DataPath, data: unknown, schema: unknown): Record<string, unknown> {
  const property = error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
  const value = valueAt(data, dataPath);
  const owner = schemaAtPath(schema, dataPath);
  const args: Record<string, unknown> = {
    keyword: error.keyword,
    dataPath,
    path: displayPath(property ? [...dataPath, property] : dataPath),
    detail: plainWording(error, owner) ?? error.message ?? 'is invalid',
    params: error.params,
  };
  if (error.params.suggestion !== undefined) args.suggestion = error.params.suggestion;
  if (error.keyword === 'enum' || error.keyword === 'oneOf' || error.keyword === 'pattern') args.value = value;
  if (error.keyword === 'type' && typeof value === 'number' && isReferencePath(dataPath)) args.hint = `write it in quotes: "${value}"`;
  else if (error.keyword === 'type' && typeof value === 'number' && !Number.isFinite(value)) {
    // YAML's .nan and .inf are numbers to YAML, but no figure: they would show as NaN% or export as null
    args.detail = `${Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf'} is not a finite number`;
    args.hint = 'write a number, e.g. 65';
  }
  return args;
}

/** The schema's own words for an error, where it has them (`patternErrorMessage`, `errorMessage`). */
function plainWording(error: ErrorObject, owner: SchemaNode | undefined): string | undefined {
  if (!owner) return undefined;
  if (error.keyword === 'pattern' && typeof owner.patternErrorMessage === 'string') return owner.patternErrorMessage;
  if ((error.keyword === 'type' || error.keyword === 'oneOf') && typeof owner.errorMessage === 'string') return owner.errorMessage;
  return undefined;
}

export function displayPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}
