import path from 'node:path';

/**
 * `file` is relative to the working directory; CI tools want it relative to the repository root,
 * with forward slashes whatever the platform.
 */
export function toRepositoryPath(file: string, root: string = process.cwd()): string {
  const relative = path.relative(path.resolve(root), path.resolve(file));
  return relative.split(path.sep).join('/');
}
