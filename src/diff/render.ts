import { bundledTemplate, createRenderer } from '../render/index.js';
import type { DiffView } from './view-model.js';

/**
 * A diff as Markdown or HTML, through the shared Handlebars environment of reports (src/render/): the same
 * helpers and the same escaping (HTML escaped by Handlebars, Markdown by the environment's `md` helper,
 * which keeps `|` and line breaks from breaking tables and turns HTML into entities).
 */
export async function renderDiffDocument(view: DiffView, format: 'md' | 'html'): Promise<string> {
  const renderer = await createRenderer(format);
  const text = renderer.render(bundledTemplate('diff', format), view);
  // The template is laid out for reading; blank-line runs left by skipped sections are folded here.
  return `${text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
