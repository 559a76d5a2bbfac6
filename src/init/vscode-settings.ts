import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { applyEdits, modify, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { writeFileAtomically } from '../cli/output.js';
import { UsageError } from '../load/errors.js';

/** The `yaml.schemas` entries to add: schema reference → file globs. */
export type SchemaGlobs = Record<string, string[]>;

const FORMATTING = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/**
 * `.vscode/settings.json` with the `yaml.schemas` entries merged in, as VS Code reads it (JSON with
 * comments and trailing commas): each entry is edited in place, so other settings, other entries, comments
 * and layout are kept, and a glob already listed is not added twice. A file that cannot be read as such
 * is never rewritten: the error says what to add by hand.
 */
export function mergedSettings(file: string, entries: SchemaGlobs): string {
  const byHand = `add by hand: "yaml.schemas": ${JSON.stringify(entries)}`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '{}\n';
  const errors: ParseError[] = [];
  const settings = parse(text, errors, { allowTrailingComma: true }) as unknown;
  if (errors.length > 0) {
    const first = errors[0]!;
    const line = text.slice(0, first.offset).split('\n').length;
    throw new UsageError(`${file}:${line}: not JSON with comments (${printParseErrorCode(first.error)}), so it is left as it is; ${byHand}`);
  }
  if (!isObject(settings)) throw new UsageError(`${file} does not hold a JSON object; ${byHand}`);
  const current = settings['yaml.schemas'] ?? {};
  if (!isObject(current)) throw new UsageError(`"yaml.schemas" in ${file} is not an object; ${byHand}`);
  for (const [schema, globs] of Object.entries(entries)) {
    const listed = current[schema];
    const before = typeof listed === 'string' ? [listed] : Array.isArray(listed) ? listed.filter((glob): glob is string => typeof glob === 'string') : [];
    const added = globs.filter((glob) => !before.includes(glob));
    if (added.length > 0) text = applyEdits(text, modify(text, ['yaml.schemas', schema], [...before, ...added], FORMATTING));
  }
  return text.endsWith('\n') ? text : `${text}\n`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export async function writeSettings(file: string, text: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  await writeFileAtomically(file, text);
}
