/** Reports: view model -> template -> text. The CLI only picks the cycle and writes the result. */
import { UsageError } from '../load/errors.js';
import { escapeDocument } from '../text/control-characters.js';
import { bundledTemplate, createRenderer, formatOfTemplate } from './environment.js';
import type { ReportModel } from './model-types.js';

export { buildReportModel, type ReportScope } from './model.js';
export { bundledTemplate, createRenderer, formatOfTemplate, TemplateError, TEMPLATES_DIR, type TemplateRenderer } from './environment.js';
export { HELPER_DOCS, type TemplateFormat } from './helpers.js';
export type * from './model-types.js';

export type ReportFormat = 'md' | 'html' | 'json';

export interface RenderOptions {
  format: ReportFormat;
  /** a user's template file; its name (`*.md.hbs`, `*.html.hbs`) chooses the escaping, else `format` does */
  template?: string;
}

/**
 * The report as text: the view model as JSON, or a bundled or user template rendered with it. The bundled
 * template is named after the report's kind (`goal`, `plan`, `progress`).
 */
export async function renderReport(model: ReportModel | { report: { kind: string } }, options: RenderOptions): Promise<string> {
  if (options.format === 'json') {
    if (options.template !== undefined) throw new UsageError('--template renders Markdown or HTML; --format json prints the data itself: use one or the other');
    return `${JSON.stringify(model, null, 2)}\n`;
  }
  if (options.template !== undefined) {
    const renderer = await createRenderer(formatOfTemplate(options.template, options.format));
    return escapeDocument(renderer.render(options.template, model));
  }
  const renderer = await createRenderer(options.format);
  // plan texts may hold ESC or BEL: a report printed to a terminal must not move its cursor or retitle it
  return escapeDocument(tidy(renderer.render(bundledTemplate(model.report.kind, options.format), model)));
}

/** Bundled templates are written for reading; blank-line runs left by skipped sections are folded here. */
function tidy(text: string): string {
  // One pass for both: trailing blanks of each line go, and a run of lines left empty folds to one.
  return `${text.replace(/(?:[ \t]*\n){3,}|[ \t]+$/gm, (match) => (match.endsWith('\n') ? '\n\n' : '')).trim()}\n`;
}
