/** Writing generated plans to disk as part files, the way a team splits a plan, and reading them back. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { exportPlan, loadPlan, type LoadResult } from '../../src/index.js';
import type { Plan } from '../../src/types/plan.js';
import { LIST_FIELDS } from '../../src/types/plan.js';
import type { Random } from '../fuzz/random.js';

/** A scratch folder for one test file; `remove()` in afterAll. */
export class Scratch {
  readonly root = mkdtempSync(path.join(tmpdir(), 'plan-property-'));
  private count = 0;

  /** A new, empty folder named `cycle` (the folder name is the cycle). */
  folder(cycle: string): string {
    const dir = path.join(this.root, String(++this.count), cycle);
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * Writes a plan as up to `parts` files, `p0.yaml`, `p1.yaml`, ... (the order the loader reads them in):
 * the scalars in the first, each list cut into consecutive runs, one per file. Merging the files gives
 * back the plan exactly. Returns the names of the files written.
 */
export function writePlanParts(dir: string, plan: Plan, parts: number, random: Random): string[] {
  const files: Record<string, unknown>[] = Array.from({ length: parts }, () => ({}));
  for (const [field, value] of Object.entries(exportPlan(plan))) {
    if (!(LIST_FIELDS as readonly string[]).includes(field)) {
      files[0][field] = value;
      continue;
    }
    const list = value as unknown[];
    const ends = [...Array.from({ length: parts - 1 }, () => random.int(0, list.length)), list.length].sort((a, b) => a - b);
    let start = 0;
    ends.forEach((end, index) => {
      if (end > start) files[index][field] = list.slice(start, end);
      start = Math.max(start, end);
    });
  }
  const written: string[] = [];
  files.forEach((content, index) => {
    if (Object.keys(content).length === 0) return;
    const name = `p${index}.yaml`;
    writeFileSync(path.join(dir, name), stringify(content, { lineWidth: 0 }));
    written.push(name);
  });
  return written;
}

/** `plan export --format yaml`, in process: the merged plan as one YAML file. */
export function exportYaml(plan: Plan): string {
  return stringify(exportPlan(plan), { lineWidth: 0 });
}

export function load(dir: string): LoadResult {
  return loadPlan(dir, { cwd: path.dirname(path.dirname(dir)) });
}
