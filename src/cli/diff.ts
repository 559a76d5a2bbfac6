import { diffPlans, hasDifferences, ENTITIES, type Entity } from '../diff/index.js';
import { formatDiffJson } from '../diff/format-json.js';
import { formatDiffText } from '../diff/format-text.js';
import { loadDiffInput, type DiffInput } from '../diff/inputs.js';
import { buildDiffView } from '../diff/view-model.js';
import { UsageError } from '../load/errors.js';
import { EXIT, type GlobalOptions } from '../cli.js';
import { checkOutputSize, outputLimit, textSize } from './output-limit.js';
import { useColor, writeError, writeOutput } from './output.js';

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
  const limit = outputLimit(from.loaded, to.loaded);
  const text = await render(diff, options, limit);
  await writeOutput(text, options.out, { plansDir: options.plans, inputs: [from.folder, to.folder, options.config], limit: { bytes: limit, what: 'diff' } });
  return options.exitCode && hasDifferences(diff) ? EXIT.findings : EXIT.ok;
}

async function render(diff: ReturnType<typeof diffPlans>, options: DiffOptions, limit: number): Promise<string> {
  if (options.format === 'json') return formatDiffJson(diff);
  const view = buildDiffView(diff);
  checkOutputSize(textSize(view, limit), limit, 'diff');
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
    for (const error of errors) writeError(`${error.file}:${error.line}:${error.column}: ${error.message} (${error.code})`);
  }
  const count = inputs.reduce((sum, input) => sum + input.errors.length, 0);
  if (count > 0) writeError(`${count} load error${count === 1 ? '' : 's'}: the diff leaves out what they make unreadable`);
}
