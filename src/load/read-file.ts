/**
 * Reading a file given by a user (a plan part, the configuration, a template) without trusting it: only a
 * regular file is read, never more than a limit, and nothing can make the read wait. A device (`/dev/zero`,
 * `/dev/urandom`) would never end, a FIFO would block until a writer came, a folder has no content; each is
 * refused after a stat, before it is opened. The file is opened non-blocking and checked again through its
 * descriptor, so one swapped for a FIFO in between cannot hang the run either.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** Files larger than this are reported rather than read: no real plan part, configuration or template comes close. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type FileRead =
  | { bytes: Buffer }
  | { problem: 'not-a-file'; kind: string }
  | { problem: 'too-large'; size: number; limit: number }
  | { problem: 'unreadable'; reason: string };

/** What a path is, in words, when it is not a regular file. */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

export function readRegularFile(file: string, limit = MAX_FILE_BYTES): FileRead {
  let descriptor: number | undefined;
  try {
    const refused = refusal(statSync(file), limit);
    if (refused) return refused;
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(descriptor);
    const changed = refusal(stats, limit);
    if (changed) return changed;
    // read up to one byte past the limit: a file that grew since the stat is still cut off
    const buffer = Buffer.alloc(Math.min(stats.size, limit) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(descriptor, buffer, length, buffer.length - length, null);
    if (length > limit) return { problem: 'too-large', size: length, limit };
    if (length > stats.size) return { problem: 'unreadable', reason: 'the file grew while it was read' };
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { problem: 'unreadable', reason: readFailureReason(error) };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

function refusal(stats: Stats, limit: number): FileRead | undefined {
  if (!stats.isFile()) return { problem: 'not-a-file', kind: kindOf(stats) };
  if (stats.size > limit) return { problem: 'too-large', size: stats.size, limit };
  return undefined;
}

/** Why a file or folder could not be read, in a few words. */
export function readFailureReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of links';
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** A refused read as the end of a sentence: `is a device, not a regular file`. */
export function describeRefusal(read: Exclude<FileRead, { bytes: Buffer }>): string {
  if (read.problem === 'not-a-file') return `is ${read.kind}, not a regular file`;
  if (read.problem === 'too-large') return `is ${read.size} bytes, over the ${read.limit}-byte limit`;
  return `cannot be read: ${read.reason}`;
}
