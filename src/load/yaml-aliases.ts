import type { Alias, Document, Node } from 'yaml';
import { yamlPackage } from './parse-yaml.js';

/**
 * Aliases are limited by what they expand to, not only by their number: 61 aliases of a 100,000-item
 * list, or 98 of a 380 KB id, are few aliases but millions of nodes or tens of megabytes for every check,
 * report and diff that walks the data. What aliases copy may at most match what the file writes itself
 * (nodes, and characters of text in scalars and keys), or the floor below when that is more.
 */
export const ALIAS_FLOOR = { nodes: 10_000, characters: 1_000_000 };

export interface Size {
  nodes: number;
  characters: number;
}

export interface AliasOverflow {
  /** where the alias that goes over starts, as an offset in the text */
  offset: number;
  /** what the aliases up to and including that one copy, and the limit they passed */
  copied: Size;
  limit: Size;
}

/** The first alias, in the order of the text, at which the copies made by aliases pass the limit. */
export function findAliasOverflow(document: Document.Parsed): AliasOverflow | undefined {
  const { isAlias, isScalar, isCollection, isPair, visit } = yamlPackage();
  const written: Size = { nodes: 0, characters: 0 };
  const aliases: Alias[] = [];
  const targets = new Map<Alias, Node | undefined>();
  const anchors = new Map<string, Node>();
  visit(document, {
    Node(_key, node) {
      if (isAlias(node)) {
        aliases.push(node);
        targets.set(node, anchors.get(node.source));
        return;
      }
      if (node.anchor) anchors.set(node.anchor, node);
      written.nodes++;
      if (isScalar(node) && typeof node.value === 'string') written.characters += node.value.length;
    },
  });
  if (aliases.length === 0) return undefined;

  const sizes = new Map<Node, Size>();
  const expanding = new Set<Node>();
  const sizeOf = (node: unknown): Size => {
    if (isAlias(node)) {
      const target = targets.get(node);
      return target === undefined || expanding.has(target) ? { nodes: 1, characters: 0 } : sizeOf(target);
    }
    if (isScalar(node)) return { nodes: 1, characters: typeof node.value === 'string' ? node.value.length : 0 };
    if (!isCollection(node)) return { nodes: 0, characters: 0 };
    const known = sizes.get(node);
    if (known) return known;
    expanding.add(node);
    const size = { nodes: 1, characters: 0 };
    for (const item of node.items) {
      for (const part of isPair(item) ? [item.key, item.value] : [item]) {
        const inner = sizeOf(part);
        size.nodes += inner.nodes;
        size.characters += inner.characters;
      }
    }
    expanding.delete(node);
    sizes.set(node, size);
    return size;
  };

  const limit = { nodes: Math.max(ALIAS_FLOOR.nodes, written.nodes), characters: Math.max(ALIAS_FLOOR.characters, written.characters) };
  const copied: Size = { nodes: 0, characters: 0 };
  for (const alias of aliases) {
    let size: Size;
    try {
      size = sizeOf(alias);
    } catch {
      // aliases of aliases nested past the stack: more than any plan could mean
      size = { nodes: Infinity, characters: Infinity };
    }
    copied.nodes += size.nodes - 1;
    copied.characters += size.characters;
    if (copied.nodes > limit.nodes || copied.characters > limit.characters) return { offset: alias.range?.[0] ?? 0, copied, limit };
  }
  return undefined;
}
