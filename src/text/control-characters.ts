/**
 * The one escaping of control characters for text that reaches a terminal or a CI log: stderr messages,
 * the stylish and text outputs, GitHub annotations. A file name, a YAML key or a plan text may hold ESC,
 * BEL, a carriage return or a line break; written raw, they move the cursor, recolour the screen, ring
 * the bell or forge a line of output (a fake finding, a fake annotation). Each becomes visible text
 * instead: `\n`, `\r`, `\t`, else `\uXXXX`.
 */

/**
 * C0 and C1 controls and DEL; the Unicode line and paragraph separators; the bidirectional overrides and
 * isolates, which reorder what a reader sees on the line ("Trojan Source").
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export interface ControlOptions {
  /**
   * `escape` (the default): a line break is shown as `\n` like any other control; `space`: it becomes a
   * space (a message wrapped into columns); `keep`: it stays, with tabs (multi-line text, one line of it
   * at a time, as in a verbose diff).
   */
  lineBreaks?: 'escape' | 'space' | 'keep';
}

export function escapeControl(text: string, options: ControlOptions = {}): string {
  const lineBreaks = options.lineBreaks ?? 'escape';
  const spaced = lineBreaks === 'space' ? text.replace(LINE_BREAK, ' ') : text;
  return spaced.replace(CONTROL, (character) => {
    if (lineBreaks === 'keep' && (character === '\n' || character === '\t')) return character;
    return NAMED[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * A whole document (a Markdown or HTML report) as it may reach a terminal: its lines and tabs stay, and so
 * does the carriage return of a CRLF line end (a template written on Windows); every other control, from
 * the plan's texts or the template, is shown escaped.
 */
export function escapeDocument(text: string): string {
  return text.replace(/\r(?!\n)/g, '\\r').split('\r\n').map((line) => escapeControl(line, { lineBreaks: 'keep' })).join('\r\n');
}

/** Text for one line of a terminal (a table cell, a wrapped message): line breaks as spaces, the rest escaped. */
export function oneLine(text: string): string {
  return escapeControl(text, { lineBreaks: 'space' });
}
