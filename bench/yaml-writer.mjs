/**
 * Writes plan data as block YAML in the style of the bundled plans (double-quoted strings, flow lists of ids,
 * block lists of texts). A tiny writer of its own, so that the files measured do not depend on how a YAML
 * library of the project formats them.
 */
const isScalar = (value) => value === null || typeof value !== 'object';
const scalar = (value) => (typeof value === 'string' ? JSON.stringify(value) : String(value));
const isTextList = (list) => list.some((value) => typeof value === 'string' && value.includes(' '));

function entryLines(key, value, indent, lines) {
  const pad = ' '.repeat(indent);
  if (value === undefined) return;
  if (isScalar(value)) {
    lines.push(`${pad}${key}: ${scalar(value)}`);
  } else if (Array.isArray(value) && value.every(isScalar)) {
    if (value.length === 0 || !isTextList(value)) lines.push(`${pad}${key}: [${value.map(scalar).join(', ')}]`);
    else {
      lines.push(`${pad}${key}:`);
      for (const item of value) lines.push(`${pad}  - ${scalar(item)}`);
    }
  } else if (Array.isArray(value)) {
    lines.push(`${pad}${key}:`);
    for (const item of value) itemLines(item, indent + 2, lines);
  } else {
    lines.push(`${pad}${key}:`);
    for (const [childKey, child] of Object.entries(value)) entryLines(childKey, child, indent + 2, lines);
  }
}

/** One list item (a mapping) at `indent`: `- first: ...` then the other keys below it. */
export function itemLines(item, indent, lines) {
  const itemLinesOut = [];
  for (const [key, value] of Object.entries(item)) entryLines(key, value, indent + 2, itemLinesOut);
  if (itemLinesOut.length === 0) return;
  itemLinesOut[0] = `${' '.repeat(indent)}- ${itemLinesOut[0].slice(indent + 2)}`;
  lines.push(...itemLinesOut);
}

/** A whole document: top-level keys in order, list values as block sequences. */
export function documentText(header, mapping) {
  const lines = [...header];
  for (const [key, value] of Object.entries(mapping)) entryLines(key, value, 0, lines);
  return `${lines.join('\n')}\n`;
}
