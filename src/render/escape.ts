/**
 * Escaping for the places plan text lands in outside HTML (which Handlebars escapes itself):
 * Markdown text and table cells, Mermaid labels, link targets and element ids.
 */

const MARKDOWN_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Plan text as inert GitHub-flavoured Markdown, safe in a paragraph, a heading, a list item or a table
 * cell: HTML is turned into entities (no raw tag survives), inline markup characters, `|` and the `$` of
 * math (`$x$`, `$$x$$`) are backslash-escaped, an `@mention` (`@org/team`, which would notify people
 * where the report is posted) gets a zero-width space after its `@`, line breaks become `<br>` (so text
 * never starts a new block), and a heading, list or quote marker at the start is neutralised.
 */
export function escapeMarkdown(value: unknown): string {
  const text = String(value ?? '').trim();
  return text
    .replace(/[\\`*_[\]|~$]/g, (character) => `\\${character}`)
    .replace(/[&<>]/g, (character) => MARKDOWN_ENTITIES[character])
    .replace(/(^|[^A-Za-z0-9_])@(?=[A-Za-z0-9])/g, '$1@&#8203;')
    .replace(/[ \t]*(\r\n|\r|\n)[ \t]*/g, '<br>')
    .replace(/^(#{1,6}|[-+=])(?=\s|$)|^([-=\s]+)$/, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * Text for a quoted Mermaid label (`id["..."]`): Mermaid's own `#code;` entities for `"` (ends the
 * label), `#` (starts an entity), HTML's `<>&`, the backtick (a Markdown string) and `%` (a `%%{init: }%%`
 * directive would restyle or reconfigure the diagram), and no line breaks.
 */
export function escapeMermaid(value: unknown): string {
  return String(value ?? '')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[#"<>&`%]/g, (character) => `#${character.codePointAt(0)};`)
    .trim();
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * The url when it may become a link: http(s) or relative. Anything with another scheme (`javascript:`,
 * `data:`), or with spaces or control characters a browser would strip before reading the scheme, is
 * refused.
 */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(value)) return null;
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return value;
  return scheme === 'http' || scheme === 'https' ? value : null;
}

/** A safe url as a Markdown link destination (`<...>` form, so parentheses need no escaping). */
export function markdownUrl(url: string): string {
  return `<${url.replace(/[<>]/g, (character) => encodeURIComponent(character))}>`;
}

/**
 * An element id for an item: `kind-id`, with every character outside `A-Za-z0-9.-` written as `-xHEX-`
 * (`R 1` -> `objective-R-x20-1`), so any id makes a valid HTML id that Markdown leaves as it is.
 */
export function anchorFor(kind: string, id: string): string {
  const safe = id.replace(/[^A-Za-z0-9.-]/gu, (character) => `-x${character.codePointAt(0)!.toString(16)}-`);
  return `${kind}-${safe}`;
}
