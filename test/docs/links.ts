import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readFences } from './fences.js';

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
export function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Anchors of a page: its headings (a repeated heading gets -1, -2, ...) and explicit `<a id>`s. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of outsideFences(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const base = slug(heading[1]);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count ? `${base}-${count}` : base);
    }
    for (const match of line.matchAll(/<a id="([^"]+)"/g)) anchors.add(match[1]);
  }
  return anchors;
}

/** Relative links of a page whose file or anchor does not exist. */
export function brokenLinks(root: string, page: string): string[] {
  const markdown = readFileSync(path.join(root, page), 'utf8');
  const broken: string[] = [];
  for (const line of outsideFences(markdown)) {
    // a link shown as code (`[text](<url>)`) is not a link
    for (const match of line.replace(/`[^`]*`/g, '').matchAll(/\]\(<?([^)\s>]+)>?\)/g)) {
      const target = match[1];
      if (/^[a-z]+:/i.test(target)) continue;
      const [file, anchor] = target.split('#');
      const resolved = file ? path.join(path.dirname(page), file) : page;
      if (!existsSync(path.join(root, resolved))) broken.push(`${page}: ${target} (no file ${resolved})`);
      else if (anchor && resolved.endsWith('.md') && !anchorsOf(readFileSync(path.join(root, resolved), 'utf8')).has(anchor)) {
        broken.push(`${page}: ${target} (no heading #${anchor} in ${resolved})`);
      }
    }
  }
  return broken;
}

function outsideFences(markdown: string): string[] {
  const lines = markdown.split('\n');
  const inside = new Set<number>();
  for (const fence of readFences(markdown)) {
    const bodyLines = fence.body ? fence.body.split('\n').length - 1 : 0;
    for (let line = fence.line - 1; line <= fence.line + bodyLines; line++) inside.add(line);
  }
  return lines.filter((_, index) => !inside.has(index));
}
