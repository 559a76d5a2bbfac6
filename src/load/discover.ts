import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../types/finding.js';
import { readFailureReason } from './read-file.js';

const YAML_FILE = /\.ya?ml$/i;
/** The configuration may sit in a plan folder (it is found from there upwards); it is no part of the plan. */
export const CONFIG_FILE_NAME = 'plan.config.yaml';

export interface FileListing {
  files: string[];
  findings: Finding[];
}

/**
 * Every *.yaml/*.yml file below a folder, sorted so that merging and output are deterministic.
 * Hidden entries and plan.config.yaml are skipped; a folder reached twice through links (a loop) is read
 * once, and so is a file: a link to a file of the folder is not read again under the link's name.
 * The walk never leaves the folder: a link whose target lies outside it (by its text or once resolved) is
 * an `unsafe-link` finding and is not followed, and so is the folder itself when it is a link leading out
 * of the folder that holds it (`plans/x -> /`).
 */
export function listYamlFiles(dir: string): FileListing {
  const entries: { file: string; real: string; isLink: boolean }[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const escape = leavesParent(dir);
  if (escape !== undefined) return { files: [], findings: [unsafeLink(dir, escape)] };
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    return { files: [], findings: [unreadable(dir, 'broken link')] };
  }
  const walk = (folder: string): void => {
    let real: string;
    try {
      real = realpathSync(folder);
    } catch {
      findings.push(unreadable(folder, 'broken link'));
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let listing: Dirent[];
    try {
      listing = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      findings.push(unreadable(folder, readFailureReason(error)));
      return;
    }
    for (const entry of listing.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name === CONFIG_FILE_NAME) continue;
      const full = path.join(folder, entry.name);
      const isLink = entry.isSymbolicLink();
      const outside = isLink ? linkOutside(full, root) : undefined;
      if (outside !== undefined) {
        findings.push(unsafeLink(full, outside));
        continue;
      }
      const kind = isLink ? linkTarget(full) : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
      if (kind === 'dir') walk(full);
      else if (kind === 'file' && YAML_FILE.test(entry.name)) entries.push({ file: full, real: isLink ? realpathSync(full) : path.join(real, entry.name), isLink });
      else if (kind === 'broken' && YAML_FILE.test(entry.name)) findings.push(unreadable(full, brokenLinkReason(full)));
    }
  };
  walk(dir);
  // a file is read once, under its own name when it has one in the listing (as the git loader reads it)
  const named = new Set(entries.filter((entry) => !entry.isLink).map((entry) => entry.real));
  const read = new Set<string>();
  const files = entries.filter((entry) => {
    if ((entry.isLink && named.has(entry.real)) || read.has(entry.real)) return false;
    read.add(entry.real);
    return true;
  });
  return { files: files.map((entry) => entry.file), findings };
}

/** A folder to treat as a plan: it holds YAML files, or is itself a link out that must be reported. */
export function isPlanListing(listing: FileListing, dir: string): boolean {
  return listing.files.length > 0 || listing.findings.some((finding) => finding.code === 'unsafe-link' && finding.file === dir);
}

/** Whether `file` is `folder` or lies below it (both absolute, links resolved). */
export function isWithin(file: string, folder: string): boolean {
  return file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
}

/**
 * The target of a link when it leads outside `root` (the plan folder, links resolved): by its text, taken
 * from the link's own folder (the git loader can only judge a link so), or once resolved (a chain of links).
 * undefined when it stays inside.
 */
function linkOutside(link: string, root: string): string | undefined {
  let target: string;
  try {
    target = readlinkSync(link);
  } catch {
    return undefined;
  }
  const byText = path.resolve(realpathSync(path.dirname(link)), target);
  let resolved: string | undefined;
  try {
    resolved = realpathSync(link);
  } catch {
    // broken: judged by its text alone
  }
  return isWithin(byText, root) && (resolved === undefined || isWithin(resolved, root)) ? undefined : target;
}

/** The link's target when `dir` is a link leading out of the folder that holds it; undefined otherwise. */
function leavesParent(dir: string): string | undefined {
  try {
    if (!lstatSync(dir).isSymbolicLink()) return undefined;
    return linkOutside(dir, realpathSync(path.dirname(dir)));
  } catch {
    return undefined;
  }
}

export function unsafeLink(file: string, target: string): Finding {
  return { code: 'unsafe-link', file, line: 1, column: 1, args: { target } };
}

/** Why a link cannot be followed: a loop, or a target that does not exist. */
function brokenLinkReason(full: string): string {
  try {
    statSync(full);
    return 'broken link';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'too many levels of links (a link loop)' : 'broken link';
  }
}

function linkTarget(full: string): 'dir' | 'file' | 'other' | 'broken' {
  try {
    const stat = statSync(full);
    return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : 'other';
  } catch {
    return 'broken';
  }
}

export function unreadable(file: string, why: string): Finding {
  return { code: 'unreadable-file', file, line: 1, column: 1, args: { reason: why } };
}

/** The cycles under a plans folder: its sub-folders holding at least one YAML file (or leading out of it), sorted by name. */
export function findCycles(plansDir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(plansDir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => !entry.name.startsWith('.') && (entry.isDirectory() || linkTarget(path.join(plansDir, entry.name)) === 'dir'))
    .map((entry) => entry.name)
    .filter((name) => isPlanListing(listYamlFiles(path.join(plansDir, name)), path.join(plansDir, name)))
    .sort();
}
