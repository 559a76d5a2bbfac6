/**
 * Checks and rewrites of a parsed template before it is compiled:
 * - refuse any path that reaches for a prototype (`constructor`, `__proto__`, ...) with a clear message
 *   (Handlebars' own protection would only print nothing);
 * - make helper arguments strict like plain `{{path}}` lookups, so `{{#if goal.nmae}}` fails too;
 * - in Markdown templates, route every `{{...}}` through the `md` helper, the Markdown counterpart of
 *   Handlebars' HTML escaping.
 */
import type { TemplateFormat } from './helpers.js';

/** An AST node as Handlebars builds it; only the fields this module touches are named. */
interface Node {
  type: string;
  loc?: { start: { line: number; column: number } };
  [field: string]: unknown;
}

const PROTOTYPE_NAMES = new Set(['__proto__', 'constructor', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);

/** Calls visit on every node below (and including) node, parents first. */
function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (node === null || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
  visit(node as Node);
  for (const field of ['body', 'path', 'name', 'params', 'hash', 'pairs', 'value', 'program', 'inverse']) {
    walk((node as Node)[field], visit);
  }
}

export interface TemplateProblem {
  message: string;
  line: number;
  column: number;
}

/** Handlebars' own fallbacks: registered helpers that a template calling them would only crash. */
const INTERNAL_HELPERS = new Set(['helperMissing', 'blockHelperMissing']);

/** The first path that names a prototype property (or an internal helper), as a problem to report; null when there is none. */
export function findPrototypeAccess(ast: unknown): TemplateProblem | null {
  let problem: TemplateProblem | null = null;
  walk(ast, (node) => {
    if (problem) return;
    const names = node.type === 'PathExpression' ? (node.parts as string[]) : isLookup(node) ? lookupNames(node) : [];
    const at = { line: node.loc?.start.line ?? 0, column: node.loc?.start.column ?? 0 };
    const name = names.find((part) => PROTOTYPE_NAMES.has(part));
    if (name !== undefined) problem = { message: `"${name}" is not a field of the report data (prototype access is not allowed)`, ...at };
    const internal = node.type === 'PathExpression' && names.length === 1 ? names.find((part) => INTERNAL_HELPERS.has(part)) : undefined;
    if (internal !== undefined) problem = { message: `"${internal}" is Handlebars' own, not a helper of report templates`, ...at };
  });
  return problem;
}

/** `{{lookup obj "name"}}` reads a field by a name given as text. */
function isLookup(node: Node): boolean {
  const path = node.path as Node | undefined;
  return path?.type === 'PathExpression' && path.original === 'lookup';
}

function lookupNames(node: Node): string[] {
  return ((node.params as Node[]) ?? []).filter((param) => param.type === 'StringLiteral').map((param) => String(param.value));
}

/** Helper arguments are looked up strictly, so a misspelt field is an error wherever it is used. */
export function makeArgumentsStrict(ast: unknown): void {
  walk(ast, (node) => {
    const params = (node.params as Node[] | undefined) ?? [];
    const values = ((node.hash as Node | undefined)?.pairs as Node[] | undefined)?.map((pair) => pair.value as Node) ?? [];
    for (const argument of [...params, ...values]) if (argument.type === 'PathExpression') argument.strict = true;
  });
}

/**
 * Rewrites each escaped mustache of a Markdown template, `{{x}}` or `{{helper a b}}`, into `{{md x}}`
 * or `{{md (helper a b)}}`. `{{{x}}}` stays raw, as in HTML.
 */
export function escapeMustaches(ast: unknown, helperNames: readonly string[]): void {
  walk(ast, (node) => {
    if (node.type !== 'MustacheStatement' || node.escaped !== true) return;
    const path = node.path as Node;
    if (path.type === 'PathExpression' && (path.parts as string[]).length === 1 && path.original === 'md') return;
    const params = node.params as Node[];
    const isCall = params.length > 0 || node.hash !== undefined || isHelperName(path, helperNames);
    const argument = isCall ? { type: 'SubExpression', path, params, hash: node.hash, loc: node.loc } : path;
    if (argument.type === 'PathExpression') argument.strict = true;
    node.path = { type: 'PathExpression', data: false, depth: 0, parts: ['md'], original: 'md', loc: node.loc };
    node.params = [argument];
    node.hash = undefined;
  });
}

function isHelperName(path: Node, helperNames: readonly string[]): boolean {
  if (path.type !== 'PathExpression' || path.data || path.depth !== 0) return false;
  const parts = path.parts as string[];
  return parts.length === 1 && path.original === parts[0] && helperNames.includes(parts[0]);
}

/** Applies the checks and rewrites for a template of this format; returns a problem instead of compiling a bad template. */
export function prepareTemplate(ast: unknown, format: TemplateFormat, helperNames: readonly string[]): TemplateProblem | null {
  const problem = findPrototypeAccess(ast);
  if (problem) return problem;
  if (format === 'md') escapeMustaches(ast, helperNames);
  makeArgumentsStrict(ast);
  return null;
}
