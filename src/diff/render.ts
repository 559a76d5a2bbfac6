import type { DiffView } from './view-model.js';
import { UsageError } from '../load/errors.js';

/** Markdown and HTML through the shared Handlebars environment of src/render/ (pending). */
export function renderDiffDocument(_view: DiffView, format: 'md' | 'html'): string {
  throw new UsageError(`plan diff --format ${format}: not available yet`);
}
