/**
 * Writing a file whole or not at all: a temporary file beside the target, every byte of it written (a
 * short write is retried, a full disk is an error), flushed to disk, then renamed over the target. Until
 * the rename, the previous file stays as it was; after a failure or an interrupt (Ctrl-C, SIGTERM, SIGHUP)
 * the temporary file is removed.
 */
import { constants as os } from 'node:os';
import { rmSync, writeSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../load/errors.js';

/** What a write error means, for the one-line message; other codes are shown as they are. */
const ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large for this file system or this process',
  EIO: 'input/output error',
};

/** Writes are cut into chunks so that an interrupt is handled between two of them. */
const CHUNK_BYTES = 1024 * 1024;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Why a write failed, in a few words: `ENOSPC (no space left on device)`. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) return (error as Error).message;
  return ERRORS[code] === undefined ? code : `${code} (${ERRORS[code]})`;
}

/** A write that stored nothing though bytes were left: the device takes no more (as a full disk does). */
function noProgress(): NodeJS.ErrnoException {
  return Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
}

/** Writes every byte to a descriptor, looping over short writes (a regular file opened for writing, e.g. stdout redirected to one). */
export function writeAllSync(descriptor: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length; ) {
    const written = writeSync(descriptor, bytes, offset, Math.min(CHUNK_BYTES, bytes.length - offset));
    if (written === 0) throw noProgress();
    offset += written;
  }
}

/**
 * Writes a file through a temporary file beside it and a rename. `shown` names it in errors. A failure is
 * a UsageError (`cannot write out.md: ENOSPC (no space left on device)`), and leaves the target as it was.
 */
export async function writeFileAtomically(target: string, text: string, shown = target): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  const bytes = Buffer.from(text, 'utf8');
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(temporary, { force: true });
    process.exit(128 + os.signals[signal]);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(temporary, 'wx');
    for (let offset = 0; offset < bytes.length; ) {
      const { bytesWritten } = await handle.write(bytes, offset, Math.min(CHUNK_BYTES, bytes.length - offset));
      if (bytesWritten === 0) throw noProgress();
      offset += bytesWritten;
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    rmSync(temporary, { force: true });
    throw new UsageError(`cannot write ${shown}: ${describeWriteError(error)}`);
  } finally {
    for (const signal of SIGNALS) process.off(signal, onSignal);
  }
}
