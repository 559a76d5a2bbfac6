import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../types/finding.js';

const YAML_FILE = /\.ya?ml$/i;
/** The configuration may sit in a plan folder (it is found from there upwards); it is no part of the plan. */
export const CONFIG_FILE_NAME = 'plan.config.yaml';

export interface FileListing {
  files: string[];
  findings: Finding[];
}

/**
 * Every *.yaml/*.yml file below a folder, sorted so that merging and output are deterministic.
 * Hidden entries and plan.config.yaml are skipped; a folder reached twice through links (a loop) is read once.
 */
export function listYamlFiles(dir: string): FileListing {
  const files: string[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
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
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      findings.push(unreadable(folder, reason(error)));
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name === CONFIG_FILE_NAME) continue;
      const full = path.join(folder, entry.name);
      const kind = entry.isSymbolicLink() ? linkTarget(full) : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
      if (kind === 'dir') walk(full);
      else if (kind === 'file' && YAML_FILE.test(entry.name)) files.push(full);
      else if (kind === 'broken' && YAML_FILE.test(entry.name)) findings.push(unreadable(full, brokenLinkReason(full)));
    }
  };
  walk(dir);
  return { files, findings };
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

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of links';
  return code ?? (error instanceof Error ? error.message : String(error));
}

export function unreadable(file: string, why: string): Finding {
  return { code: 'unreadable-file', file, line: 1, column: 1, args: { reason: why } };
}

export { reason as readFailureReason };

/** The cycles under a plans folder: its sub-folders holding at least one YAML file, sorted by name. */
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
    .filter((name) => listYamlFiles(path.join(plansDir, name)).files.length > 0)
    .sort();
}
