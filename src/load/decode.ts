import type { SourceLocation } from '../types/location.js';

/** Decodes bytes as UTF-8, refusing invalid sequences and NUL bytes; strips a BOM. */
export function decodeText(bytes: Uint8Array): { text?: string; problem?: string; offset?: number } {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { problem: 'binary', offset: nul };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { problem: 'encoding', offset: firstInvalidUtf8(bytes) };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      if (index + next >= bytes.length || (bytes[index + next] & 0xc0) !== 0x80) return index;
    }
    if (length > 2 && !isWellFormed(bytes.subarray(index, index + length))) return index;
    index += length;
  }
  return bytes.length;
}

/** Catches what the lead-byte test cannot: overlong forms, surrogates, code points past U+10FFFF. */
function isWellFormed(sequence: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sequence);
    return true;
  } catch {
    return false;
  }
}

export function lineOfOffset(bytes: Uint8Array, offset: number): SourceLocation & { file: '' } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < bytes.length; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  return { file: '', line, column: offset - lineStart + 1 };
}
