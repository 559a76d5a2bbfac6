import { diffPlans, hasDifferences, ENTITIES, type Entity } from '../diff/index.js';
import { formatDiffJson } from '../diff/format-json.js';
import { formatDiffText } from '../diff/format-text.js';
import { loadDiffInput, type DiffInput } from '../diff/inputs.js';
import { buildDiffView } from '../diff/view-model.js';
import { UsageError } from '../load/errors.js';
import { EXIT, type GlobalOptions } from '../cli.js';
import { useColor, writeOutput } from './output.js';

interface DiffOptions extends GlobalOptions {
  format: 'text' | 'md' | 'html' | 'json';
  kind?: string;
  threshold?: number;
  exitCode?: boolean;
  verbose?: boolean;
  out?: string;
}

export async function runDiff(fromArg: string, toArg: string, options: DiffOptions): Promise<number> {
  const entities = parseKinds(options.kind);
  const from = loadDiffInput(fromArg, options.plans);
  const to = loadDiffInput(toArg, options.plans);
  reportLoadErrors([from, to]);
  const diff = diffPlans(from.loaded.plan, to.loaded.plan, { threshold: options.threshold, entities });
  const text = await render(diff, options);
  const inputs = [from.folder, to.folder].filter((folder): folder is string => folder !== undefined);
  writeOutput(text, options.out, { plansDir: options.plans, inputs });
  return options.exitCode && hasDifferences(diff) ? EXIT.findings : EXIT.ok;
}

async function render(diff: ReturnType<typeof diffPlans>, options: DiffOptions): Promise<string> {
  if (options.format === 'json') return formatDiffJson(diff);
  const view = buildDiffView(diff);
  if (options.format === 'text') {
    const isFile = options.out !== undefined && options.out !== '-';
    return formatDiffText(view, { color: !isFile && useColor(options), width: process.stdout.columns, verbose: options.verbose });
  }
  const { renderDiffDocument } = await import('../diff/render.js');
  return renderDiffDocument(view, options.format);
}

/** `--kind goal,targets` to entities; plural forms accepted, anything else is a usage error. */
function parseKinds(value: string | undefined): Entity[] | undefined {
  if (value === undefined) return undefined;
  const kinds = value.split(',').map((kind) => kind.trim().toLowerCase().replace(/s$/, '')).filter(Boolean);
  const unknown = kinds.filter((kind) => !(ENTITIES as readonly string[]).includes(kind));
  if (unknown.length > 0 || kinds.length === 0) throw new UsageError(`--kind takes a comma-separated list of ${ENTITIES.join(', ')}; not "${value}"`);
  return kinds as Entity[];
}

/** A plan that does not load cleanly is still compared, item by item, but the reader is told what was left out. */
function reportLoadErrors(inputs: DiffInput[]): void {
  for (const { errors } of inputs) {
    for (const error of errors) process.stderr.write(`plan: ${error.file}:${error.line}:${error.column}: ${error.message} (${error.code})\n`);
  }
  const count = inputs.reduce((sum, input) => sum + input.errors.length, 0);
  if (count > 0) process.stderr.write(`plan: ${count} load error${count === 1 ? '' : 's'}: the diff leaves out what they make unreadable\n`);
}
