/** The JSON Schemas explain themselves to editors, and cannot fall behind the checks. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/index.js';
import { AJV_OPTIONS } from '../../src/load/ajv-options.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
type Node = Record<string, any>;
const read = (name: string): Node => JSON.parse(readFileSync(path.join(ROOT, 'schemas', name), 'utf8'));

/** Every sub-schema with the JSON pointer where it sits. */
function nodes(node: unknown, pointer = '#'): [string, Node][] {
  if (node === null || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((child, index) => nodes(child, `${pointer}/${index}`));
  const own: [string, Node][] = [[pointer, node as Node]];
  for (const [key, child] of Object.entries(node as Node)) {
    if (['enum', 'examples', 'enumDescriptions', 'defaultSnippets', 'required'].includes(key)) continue;
    own.push(...nodes(child, `${pointer}/${key}`));
  }
  return own;
}

/** A property's description: its own, or that of the definition its $ref names. */
function describes(schema: Node, property: Node): boolean {
  if (typeof property.description === 'string') return true;
  if (typeof property.$ref !== 'string') return false;
  const target = property.$ref.slice(2).split('/').reduce((at: Node, part: string) => at?.[part], schema);
  return target !== undefined && describes(schema, target);
}

describe.each(['plan.schema.json', 'config.schema.json'])('%s', (name) => {
  const schema = read(name);

  it('compiles under ajv strict mode with the editor keywords declared', () => {
    expect(() => new Ajv(AJV_OPTIONS).compile(schema)).not.toThrow();
    expect(() => new Ajv(AJV_OPTIONS).compile({ ...schema, descripton: 'a misspelt keyword' })).toThrow(/strict mode/);
  });

  it('titles every object schema and describes every property', () => {
    const objects = nodes(schema).filter(([, node]) => node.type === 'object' && node.properties);
    expect(objects.filter(([, node]) => typeof node.title !== 'string').map(([pointer]) => pointer)).toEqual([]);
    const properties = nodes(schema).flatMap(([pointer, node]) =>
      Object.entries((node.properties ?? {}) as Record<string, Node>).map(([key, property]) => [`${pointer}/properties/${key}`, property] as const),
    );
    expect(properties.filter(([, property]) => !describes(schema, property)).map(([pointer]) => pointer)).toEqual([]);
  });

  it('words every pattern and describes every enum value', () => {
    const all = nodes(schema);
    expect(all.filter(([, node]) => typeof node.pattern === 'string' && typeof node.patternErrorMessage !== 'string').map(([pointer]) => pointer)).toEqual([]);
    const enums = all.filter(([, node]) => Array.isArray(node.enum));
    expect(enums.filter(([, node]) => node.enumDescriptions?.length !== node.enum.length).map(([pointer]) => pointer)).toEqual([]);
  });
});

describe('config.schema.json', () => {
  it('lists every check code as the rule names, as the build writes them', () => {
    const rules = read('config.schema.json').properties.rules.propertyNames;
    expect(rules.enum).toEqual(CHECKS.map((check) => check.code));
    expect(rules.enumDescriptions).toHaveLength(CHECKS.length);
  });
});

describe('plan.schema.json', () => {
  it('has snippets for goals, targets, objectives (with goals.primary) and risks', () => {
    const definitions = read('plan.schema.json').definitions;
    for (const kind of ['goal', 'target', 'objective', 'risk']) expect(definitions[kind].defaultSnippets?.length, kind).toBeGreaterThan(0);
    expect(definitions.objective.defaultSnippets[0].body.goals.primary).toBeDefined();
  });
});
