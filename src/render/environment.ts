/**
 * The Handlebars environment of reports (and of any other command rendering templates, e.g. diffs):
 * an isolated Handlebars instance per output format, with the helpers of helpers.ts and the partials of
 * templates/partials/ for that format. Templates compile in strict mode with knownHelpersOnly, and every
 * template mistake (syntax, unknown field, helper or partial, prototype access) becomes a one-line
 * TemplateError instead of a stack trace.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type Handlebars from 'handlebars';
import { UsageError } from '../load/errors.js';
import { HELPER_NAMES, registerHelpers, type TemplateFormat } from './helpers.js';
import { prepareTemplate } from './template-ast.js';
import { findDeepNesting } from './template-limits.js';
import { describeRefusal, readRegularFile } from '../load/read-file.js';
import { TEMPLATES_DIR } from '../paths.js';

/** The bundled templates: `<name>.md.hbs`, `<name>.html.hbs`, and shared pieces in partials/. */
export { TEMPLATES_DIR };

/** A mistake in a template: shown as one line, like any other usage error. */
export class TemplateError extends UsageError {
  override name = 'TemplateError';
}

/**
 * Only our helpers and Handlebars' block helpers are known. `log` is not: it writes to the console, which
 * is the report itself on stdout, so a template calling it is refused like any unknown helper.
 */
const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: { ...Object.fromEntries(HELPER_NAMES.map((name) => [name, true])), log: false },
};

/** Handlebars' default prototype protections, spelt out so that they never log a warning instead. */
const RUNTIME_OPTIONS = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

/** md or html, from a template's name (`x.md.hbs`, `x.html`), else the fallback (from --format). */
export function formatOfTemplate(file: string, fallback?: TemplateFormat): TemplateFormat {
  const name = path.basename(file).toLowerCase().replace(/\.(hbs|handlebars)$/, '');
  if (/\.(md|markdown)$/.test(name)) return 'md';
  if (/\.html?$/.test(name)) return 'html';
  if (fallback) return fallback;
  throw new UsageError(`cannot tell the format of template ${file}: name it *.md.hbs or *.html.hbs`);
}

export function bundledTemplate(name: string, format: TemplateFormat): string {
  return path.join(TEMPLATES_DIR, `${name}.${format}.hbs`);
}

export interface TemplateRenderer {
  format: TemplateFormat;
  /** renders a template file with the data; throws TemplateError for a bad template */
  render(file: string, data: object): string;
}

/** Handlebars is loaded when a command renders, by require: the bundle (CommonJS) has no dynamic import. */
const require = createRequire(import.meta.url);

export async function createRenderer(format: TemplateFormat): Promise<TemplateRenderer> {
  const handlebars = require('handlebars') as typeof Handlebars;
  const env = handlebars.create();
  env.unregisterHelper('log');
  registerHelpers(env, format);
  const compile = (source: string, shown: string) => compileTemplate(env, format, source, shown);
  const partialsDir = path.join(TEMPLATES_DIR, 'partials');
  const suffix = `.${format}.hbs`;
  const partials = readdirSync(partialsDir).filter((name) => name.endsWith(suffix)).sort();
  for (const file of partials) {
    env.registerPartial(file.slice(0, -suffix.length), compile(readFileSync(path.join(partialsDir, file), 'utf8'), `partials/${file}`));
  }
  const partialNames = partials.map((file) => file.slice(0, -suffix.length));
  return {
    format,
    render(file, data) {
      const isBundled = path.resolve(file).startsWith(TEMPLATES_DIR);
      const template = compile(readTemplate(file), file);
      try {
        return template(data, RUNTIME_OPTIONS);
      } catch (error) {
        if (error instanceof TemplateError || error instanceof env.Exception || !isBundled) throw templateError(file, error, partialNames);
        throw error;
      }
    },
  };
}

/** A user's template is read like a plan part: a regular file only, at most MAX_FILE_BYTES, never blocking. */
function readTemplate(file: string): string {
  const read = readRegularFile(file);
  if ('bytes' in read) return read.bytes.toString('utf8');
  if (read.problem === 'unreadable') throw new UsageError(`cannot read template ${file}: ${read.reason}`);
  throw new UsageError(`template ${file} ${describeRefusal(read)}`);
}

function compileTemplate(env: typeof Handlebars, format: TemplateFormat, source: string, shown: string): Handlebars.TemplateDelegate {
  const tooDeep = findDeepNesting(source);
  if (tooDeep) throw new TemplateError(`template ${shown}: ${tooDeep.message} (line ${tooDeep.line})`);
  let ast: hbs.AST.Program;
  try {
    ast = env.parse(source);
  } catch (error) {
    throw templateError(shown, error);
  }
  const problem = prepareTemplate(ast, format, HELPER_NAMES);
  if (problem) throw new TemplateError(`template ${shown}: ${problem.message} (line ${problem.line}, column ${problem.column + 1})`);
  try {
    // compile() is lazy; precompiling first reports an unknown helper now, naming this file, not at render time.
    env.precompile(ast, COMPILE_OPTIONS);
    return env.compile(ast, COMPILE_OPTIONS);
  } catch (error) {
    throw templateError(shown, error);
  }
}

/** One line from any error a template causes, with where it happened when Handlebars knows. */
function templateError(shown: string, error: unknown, partialNames: string[] = []): TemplateError {
  if (error instanceof TemplateError) return error;
  const raw = error instanceof Error ? error.message : String(error);
  const lines = raw.split('\n');
  let message = lines.length > 1 && /^Parse error/.test(lines[0]) ? `${lines[0].replace(/:$/, '')}: ${lines.at(-1)}` : lines[0];
  message = message
    .replace(/ - \d+:\d+$/, '')
    .replace(/^You specified knownHelpersOnly, but used the unknown helper (.+)$/, `unknown helper "$1" (helpers: ${HELPER_NAMES.join(', ')})`)
    .replace(/^"(.+)" not defined in (null|undefined)$/, '"$1" cannot be read: the field holding it is null here (test it with {{#if}} first)')
    .replace(/^"(.+)" not defined in .*$/, '"$1" is not a field of the report data here')
    .replace(/^The partial (.+) could not be found$/, `unknown partial "$1" (partials: ${partialNames.join(', ')})`);
  const where = error as { lineNumber?: number; column?: number };
  const at = typeof where.lineNumber === 'number' ? ` (line ${where.lineNumber}, column ${(where.column ?? 0) + 1})` : '';
  return new TemplateError(`template ${shown}: ${message}${at}`);
}
