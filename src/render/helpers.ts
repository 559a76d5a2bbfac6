/**
 * Every Handlebars helper report templates may use, registered in this one place. Templates compile
 * with `knownHelpersOnly`, so a helper missing from this list is a compile error naming it, not
 * silent empty output. docs/reports.md documents each one; HELPER_DOCS keeps the wording beside the code.
 * A helper name must not be a field name of the view model: `{{name}}` would call the helper.
 */
import type Handlebars from 'handlebars';
import { escapeMarkdown, escapeMermaid, markdownUrl, safeUrl } from './escape.js';

export type TemplateFormat = 'md' | 'html';
type Environment = typeof Handlebars;

export interface HelperDoc {
  usage: string;
  description: string;
}

export const HELPER_DOCS: Record<string, HelperDoc> = {
  eq: { usage: '(eq a b)', description: 'true when a and b are identical (===)' },
  not: { usage: '(not a)', description: 'true when a is falsy' },
  and: { usage: '(and a b ...)', description: 'true when every argument is truthy' },
  or: { usage: '(or a b ...)', description: 'true when any argument is truthy' },
  join: { usage: '{{join list ", "}}', description: 'the items of a list of strings, joined (default separator ", ")' },
  plural: { usage: '{{plural count "objective" "objectives"}}', description: 'the count and the noun in the right number: "1 objective", "3 objectives"' },
  add: { usage: '(add a b)', description: 'a + b' },
  multiply: { usage: '(multiply a b)', description: 'a × b' },
  scale: { usage: '(scale value max length)', description: 'value / max × length, to one decimal (0 when max is 0): bar lengths' },
  truncate: { usage: '{{truncate text 60}}', description: 'text cut to at most length characters, with "…" when cut' },
  groupBy: { usage: '{{#groupBy list "sector"}}{{key}}: {{items.length}}{{/groupBy}}', description: 'block: one pass per distinct value of a field, in order of first appearance; `key` is the value, `items` the list items that have it; {{else}} when the list is empty' },
  safeLink: { usage: '{{safeLink text url}}', description: 'a link (HTML <a> or Markdown [text](url)) when url is http, https or relative; otherwise just the text, escaped' },
  safeUrl: { usage: '{{safeUrl url}}', description: 'the url when it is http, https or relative, otherwise an empty string' },
  mermaid: { usage: '["{{mermaid text}}"]', description: 'text escaped for a quoted Mermaid label' },
  json: { usage: '{{json value}}', description: 'the value as indented JSON (for looking at the data while writing a template)' },
  md: { usage: '{{md text}}', description: 'Markdown templates only, applied to every {{...}} automatically: plan text as inert Markdown (see docs/reports.md)' },
};

export const HELPER_NAMES = Object.keys(HELPER_DOCS);

const isTruthy = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : Boolean(value));
/** Handlebars passes its options object last; helpers with any number of arguments drop it. */
const argumentsOf = (values: unknown[]): unknown[] => values.slice(0, -1);
const asNumber = (value: unknown): number => (typeof value === 'number' ? value : Number(value) || 0);

export function registerHelpers(env: Environment, format: TemplateFormat): void {
  const safe = (text: string) => new env.SafeString(text);
  const escapeText = (text: unknown) => (format === 'md' ? escapeMarkdown(text) : env.escapeExpression(String(text ?? '')));

  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('not', (a: unknown) => !isTruthy(a));
  env.registerHelper('and', (...values: unknown[]) => argumentsOf(values).every(isTruthy));
  env.registerHelper('or', (...values: unknown[]) => argumentsOf(values).some(isTruthy));
  env.registerHelper('join', (...values: unknown[]) => {
    const [list, separator] = argumentsOf(values);
    return Array.isArray(list) ? list.map((item) => String(item ?? '')).join(typeof separator === 'string' ? separator : ', ') : '';
  });
  env.registerHelper('plural', (count: unknown, singular: unknown, plural: unknown) => `${asNumber(count)} ${asNumber(count) === 1 ? singular : plural}`);
  env.registerHelper('add', (a: unknown, b: unknown) => asNumber(a) + asNumber(b));
  env.registerHelper('multiply', (a: unknown, b: unknown) => asNumber(a) * asNumber(b));
  env.registerHelper('scale', (value: unknown, max: unknown, length: unknown) =>
    asNumber(max) === 0 ? 0 : Math.round((asNumber(value) / asNumber(max)) * asNumber(length) * 10) / 10,
  );
  env.registerHelper('truncate', (text: unknown, length: unknown) => {
    const characters = [...String(text ?? '')];
    const limit = Math.max(1, asNumber(length));
    return characters.length <= limit ? characters.join('') : `${characters.slice(0, limit - 1).join('').trimEnd()}…`;
  });
  env.registerHelper('groupBy', function (this: unknown, list: unknown, field: unknown, options: Handlebars.HelperOptions) {
    const items = Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
    if (items.length === 0) return options.inverse(this);
    const groups = new Map<unknown, unknown[]>();
    for (const item of items) {
      const key = item?.[String(field)];
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    const entries = [...groups];
    return entries
      .map(([key, members], index) => {
        const data = Object.assign(env.createFrame(options.data), { index, first: index === 0, last: index === entries.length - 1 });
        return options.fn({ key, items: members }, { data });
      })
      .join('');
  });
  env.registerHelper('safeLink', (text: unknown, url: unknown) => {
    const href = safeUrl(url);
    if (href === null) return safe(escapeText(text));
    return safe(format === 'md' ? `[${escapeMarkdown(text)}](${markdownUrl(href)})` : `<a href="${env.escapeExpression(href)}">${escapeText(text)}</a>`);
  });
  env.registerHelper('safeUrl', (url: unknown) => safeUrl(url) ?? '');
  // In HTML the label still goes through HTML escaping; in Markdown it must not be escaped twice.
  env.registerHelper('mermaid', (text: unknown) => (format === 'md' ? safe(escapeMermaid(text)) : escapeMermaid(text)));
  env.registerHelper('json', (value: unknown) => JSON.stringify(value, null, 2) ?? '');
  env.registerHelper('md', (value: unknown) => {
    if (value instanceof env.SafeString) return value;
    return format === 'md' ? safe(escapeMarkdown(value)) : escapeMarkdown(value);
  });
}
