/** Reading the seed documents (../shared/seeds): whole files, and passages between two markers that must be there. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The seed files the bundled plans are transcribed from (the seeds' README says what each holds). */
export const SEED_FILES = {
  connect2020: '000_281807dfe29d2872.txt',
  resolution71: '001_689f79870c0ce4dc.txt',
  proposal: '002_fe5e83cd315d8a96.txt',
  plan2024: '003_a2c5843bf084950b.txt',
} as const;

/** A seed does not read as the extraction expects (a marker is missing): the seed changed, or the rules are wrong. */
export class SeedFormatError extends Error {}

export function readSeed(seedsDir: string, file: string): string {
  return readFileSync(path.join(seedsDir, file), 'utf8');
}

/** The seeds break lines inside sentences: running text is compared with its whitespace collapsed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The text from `start` up to (not including) `end`, which must both occur, in that order. */
export function between(text: string, start: string, end: string, file: string): string {
  const from = text.indexOf(start);
  if (from === -1) throw new SeedFormatError(`${file}: "${start}" not found`);
  const to = text.indexOf(end, from + start.length);
  if (to === -1) throw new SeedFormatError(`${file}: "${end}" not found after "${start}"`);
  return text.slice(from, to);
}

/** Every match of a pattern (with the g flag) as its capture groups. */
export function captures(text: string, pattern: RegExp): string[][] {
  return [...text.matchAll(pattern)].map((match) => match.slice(1));
}
