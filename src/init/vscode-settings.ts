import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../cli/output.js';
import { UsageError } from '../load/errors.js';

/** The `yaml.schemas` entries to add: schema reference → file globs. */
export type SchemaGlobs = Record<string, string[]>;

/**
 * `.vscode/settings.json` with the `yaml.schemas` entries merged in: other settings and other entries are
 * kept, a glob already listed is not added twice. A file that is not plain JSON (VS Code allows comments)
 * is never rewritten: the error says what to add by hand.
 */
export function mergedSettings(file: string, entries: SchemaGlobs): string {
  let settings: Record<string, unknown> = {};
  if (existsSync(file)) {
    const byHand = `add by hand: "yaml.schemas": ${JSON.stringify(entries)}`;
    try {
      settings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new UsageError(`${file} is not plain JSON (${(error as Error).message}), so it is left as it is; ${byHand}`);
    }
    if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) throw new UsageError(`${file} does not hold a JSON object; ${byHand}`);
  }
  const current = settings['yaml.schemas'] ?? {};
  if (current === null || typeof current !== 'object' || Array.isArray(current)) throw new UsageError(`"yaml.schemas" in ${file} is not an object; add by hand: ${JSON.stringify(entries)}`);
  const schemas = { ...(current as Record<string, unknown>) };
  for (const [schema, globs] of Object.entries(entries)) {
    const listed = schemas[schema];
    const before = typeof listed === 'string' ? [listed] : Array.isArray(listed) ? (listed as unknown[]).filter((glob): glob is string => typeof glob === 'string') : [];
    schemas[schema] = [...before, ...globs.filter((glob) => !before.includes(glob))];
  }
  return `${JSON.stringify({ ...settings, 'yaml.schemas': schemas }, null, 2)}\n`;
}

export function writeSettings(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomically(file, text);
}
