import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../load/errors.js';

/** Colour only on a terminal, never when NO_COLOR is set or --no-color is given; FORCE_COLOR forces it on. */
export function useColor(options: { color?: boolean }, stream: NodeJS.WriteStream = process.stdout): boolean {
  if (options.color === false || process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/**
 * Writes a command's output: to stdout (a plain write; the process exits through exitCode, so a pipe is
 * never cut short), or to a file atomically: a temporary file beside it, then a rename, so a failure
 * never leaves half a file and the previous version stays intact. Refuses to write into the plans
 * folder or over an input file.
 */
export function writeOutput(text: string, out: string | undefined, guard: { plansDir: string; inputs?: string[] }): void {
  if (out === undefined || out === '-') {
    process.stdout.write(text);
    return;
  }
  const target = path.resolve(out);
  // Compared as written and with links resolved: `--out link/report.md`, where link points into the plans
  // folder, must be refused like `--out plans/2020-2023/report.md`.
  const targets = [target, realTarget(target)];
  const isInside = (folder: string) => [path.resolve(folder), realTarget(path.resolve(folder))].some((dir) => targets.some((file) => file === dir || file.startsWith(dir + path.sep)));
  if (isInside(guard.plansDir)) throw new UsageError(`refusing to write into the plans folder: ${out}`);
  for (const input of guard.inputs ?? []) {
    if (isInside(input)) throw new UsageError(`refusing to overwrite an input: ${out}`);
  }
  if (/\.ya?ml$/i.test(target)) throw new UsageError(`refusing to write a report over a YAML file: ${out}`);
  try {
    if (statSync(target).isDirectory()) throw new UsageError(`--out names a folder: ${out}`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  writeFileAtomically(target, text, out);
}

/**
 * Writes a file through a temporary file beside it and a rename, so that a failure never leaves half a
 * file and the previous version stays whole until the new one is complete. `shown` names it in errors.
 */
export function writeFileAtomically(target: string, text: string, shown = target): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  let descriptor: number | undefined;
  try {
    descriptor = openSync(temporary, 'wx');
    writeSync(descriptor, text);
    fsyncSync(descriptor);
    closeSync(descriptor);
    descriptor = undefined;
    renameSync(temporary, target);
  } catch (error) {
    if (descriptor !== undefined) closeSync(descriptor);
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot write ${shown}: ${code ?? (error as Error).message}`);
  }
}

/** A path with the links of its nearest existing folder resolved (the file itself may not exist yet). */
function realTarget(file: string): string {
  const rest: string[] = [];
  let current = file;
  for (;;) {
    try {
      return path.join(realpathSync(current), ...rest);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return file;
      rest.unshift(path.basename(current));
      current = parent;
    }
  }
}
