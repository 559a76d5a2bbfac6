/**
 * Load findings whose input a committed fixture cannot hold well: NUL bytes, invalid UTF-8, broken links,
 * links out of the plan folder, a file over the size limit. The bytes are written here, beside the valid plan's files, in a scratch folder.
 */
import { symlinkSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/load/index.js';
import { check, expected, fixtureFiles, found, ScratchPlans, VALID } from './helpers.js';

const scratch = new ScratchPlans();
afterAll(() => scratch.remove());

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));

/** A valid plan in `<scratch>/<case>/<cycle>/` (cycle: 2030-2033) plus `extra` files; returns the folder, relative to the scratch root. */
function planWith(name: string, extra: Record<string, string | Uint8Array>): string {
  const folder = `${name}/2030-2033`;
  scratch.write(folder, { ...fixtureFiles(VALID), ...extra });
  return folder;
}

describe('file findings', () => {
  it('binary-file: a NUL byte, at its line', () => {
    const folder = planWith('binary', { 'notes.yaml': bytes('notes:\n  - "Annex', [0], '2"\n') });
    expect(found(check(folder, { root: scratch.root }))).toEqual(expected(folder, [{ code: 'binary-file', severity: 'error', file: 'notes.yaml', at: 2 }], scratch.root));
  });

  it('encoding: a byte that is not UTF-8 (Latin-1 é), at its line', () => {
    const folder = planWith('latin-1', { 'notes.yaml': bytes('notes:\n  - "Caf', [0xe9], ' du commerce"\n') });
    expect(found(check(folder, { root: scratch.root }))).toEqual(expected(folder, [{ code: 'encoding', severity: 'error', file: 'notes.yaml', at: 2 }], scratch.root));
  });

  it('encoding: the line of the bad byte, when valid accented letters come before it', () => {
    const folder = planWith('latin-1-after-utf-8', { 'notes.yaml': bytes('notes:\n  - "Côte d’Ivoire"\n  - "Caf', [0xe9], '"\n') });
    expect(found(check(folder, { root: scratch.root }))).toEqual(expected(folder, [{ code: 'encoding', severity: 'error', file: 'notes.yaml', at: 3 }], scratch.root));
  });

  it('yaml-syntax: nesting too deep to read gives a finding, not a crash', () => {
    const depth = 20_000;
    const folder = planWith('deep', { 'notes.yaml': `notes: ${'['.repeat(depth)}${']'.repeat(depth)}\n` });
    const codes = found(check(folder, { root: scratch.root })).map((diagnostic) => `${diagnostic.code} ${diagnostic.file}`);
    expect(codes).toEqual([`yaml-syntax ${folder}/notes.yaml`]);
  });

  it('unreadable-file: a broken link to a YAML file', () => {
    const folder = planWith('broken-link', {});
    symlinkSync('itu-d-draft.yaml', path.join(scratch.root, folder, 'itu-d.yaml'));
    expect(found(check(folder, { root: scratch.root }))).toEqual(expected(folder, [{ code: 'unreadable-file', severity: 'error', file: 'itu-d.yaml', at: 1 }], scratch.root));
  });

  it('unsafe-link: links leading out of the plan folder (to a file, a folder, through ..) are reported, not followed', () => {
    const folder = planWith('links-out', {});
    const dir = path.join(scratch.root, folder);
    scratch.write('outside', { 'secret.yaml': 'notes:\n  - "outside the plan"\n' });
    symlinkSync(path.join(scratch.root, 'outside', 'secret.yaml'), path.join(dir, 'absolute.yaml'));
    symlinkSync('../../outside', path.join(dir, 'folder'));
    symlinkSync('../../outside/missing.yaml', path.join(dir, 'broken.yaml'));
    // links that stay inside are followed, and a file is read once, under its own name
    symlinkSync('itu-r.yaml', path.join(dir, 'alias.yaml'));
    symlinkSync('.', path.join(dir, 'itself'));
    const at = (file: string) => ({ code: 'unsafe-link', severity: 'error' as const, file, at: 1 });
    expect(found(check(folder, { root: scratch.root }))).toEqual(expected(folder, [at('absolute.yaml'), at('broken.yaml'), at('folder')], scratch.root));
  });

  it('file-too-large: a file over the limit is reported, not read', () => {
    const folder = planWith('too-large', { 'itu-d.yaml': '' });
    truncateSync(path.join(scratch.root, folder, 'itu-d.yaml'), MAX_FILE_BYTES + 1);
    expect(found(check(folder, { root: scratch.root }))).toEqual(expected(folder, [{ code: 'file-too-large', severity: 'error', file: 'itu-d.yaml', at: 1 }], scratch.root));
  });
});

describe('a main file that could not be read', () => {
  // Only notes.yaml is read; the required fields may well be in the unread plan.yaml, so missing-field
  // would be a guess (src/load/index.ts says so only when every part was read).
  const NOTES = 'notes:\n  - "The plan text is in plan.yaml."\n';

  it('too large: no missing-field guess', () => {
    const folder = 'main-too-large/2030-2033';
    const dir = scratch.write(folder, { 'notes.yaml': NOTES, 'plan.yaml': '' });
    truncateSync(path.join(dir, 'plan.yaml'), MAX_FILE_BYTES + 1);
    expect(found(check(folder, { root: scratch.root }))).toEqual(expected(folder, [{ code: 'file-too-large', severity: 'error', file: 'plan.yaml', at: 1 }], scratch.root));
  });

  it('a broken link: no missing-field guess', () => {
    const folder = 'main-broken-link/2030-2033';
    const dir = scratch.write(folder, { 'notes.yaml': NOTES });
    symlinkSync('plan-draft.yaml', path.join(dir, 'plan.yaml'));
    expect(found(check(folder, { root: scratch.root }))).toEqual(expected(folder, [{ code: 'unreadable-file', severity: 'error', file: 'plan.yaml', at: 1 }], scratch.root));
  });
});

