/**
 * How deep a template may nest, checked on its text before Handlebars parses it: the parser and the
 * compiler take time that grows with the square of the nesting (5,000 nested `{{#if}}` took 52 s before
 * overflowing the stack), so a template nested past any real need is refused at once, with its line.
 * Blocks (`{{#if}}`, `{{^x}}`, `{{#> partial}}`), each `{{else if}}` of a chain (a block inside the block)
 * and parentheses of subexpressions all count.
 */
import type { TemplateProblem } from './template-ast.js';

/** The bundled templates nest 11 levels at most; a user's template gets plenty more. */
export const MAX_TEMPLATE_DEPTH = 100;

/** Comments first (`{{!-- --}}` may hold `}}`), then any other tag; a backslash before `{{` makes it text. */
const TAG = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|(\\?)\{\{+~?([\s\S]*?)~?\}+\}/g;

export function findDeepNesting(source: string, limit = MAX_TEMPLATE_DEPTH): TemplateProblem | null {
  // per open block, how many levels it holds: 1, plus one for each `{{else if}}` of its chain
  const blocks: number[] = [];
  let depth = 0;
  for (const match of source.matchAll(TAG)) {
    const [, escaped, content] = match;
    if (content === undefined || escaped) continue;
    const tag = content.trim();
    if (/^[#^]./.test(tag)) {
      blocks.push(1);
      depth++;
    } else if (tag.startsWith('/')) {
      depth -= blocks.pop() ?? 0;
    } else if (/^else\s+\S/.test(tag) && blocks.length > 0) {
      blocks[blocks.length - 1]++;
      depth++;
    }
    const deepest = depth + parenthesesDepth(tag);
    if (deepest > limit) {
      const line = source.slice(0, match.index).split('\n').length;
      return { message: `nested ${deepest} levels deep (blocks, else-if chains and subexpressions); templates may nest ${limit} at most`, line, column: 0 };
    }
  }
  return null;
}

/** The deepest run of `(` in a tag, outside quoted strings. */
function parenthesesDepth(tag: string): number {
  let [depth, deepest, quote] = [0, 0, ''];
  for (const character of tag) {
    if (quote !== '') quote = character === quote ? '' : quote;
    else if (character === '"' || character === "'") quote = character;
    else if (character === '(') deepest = Math.max(deepest, ++depth);
    else if (character === ')') depth--;
  }
  return deepest;
}
