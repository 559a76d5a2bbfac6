/**
 * bin/plan's V8 code cache of the bundle: written after a run that had none, keyed by the bundle's hash,
 * the Node version and the V8 flags, and never trusted blindly: a damaged, truncated or foreign cache is
 * replaced, and the run's output and exit code are those of a run without any cache.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

const BIN = path.join(ROOT, 'bin/plan');
const { cli } = JSON.parse(readFileSync(path.join(ROOT, 'dist/bundle/manifest.json'), 'utf8')) as { cli: string };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'plan-code-cache-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `plan validate 2020-2023` with the cache in `dir`, and V8 flags when given. */
function validate(flags: string[] = [], mode?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', PLAN_CODE_CACHE_DIR: dir, PLAN_CODE_CACHE: mode };
  delete env.FORCE_COLOR;
  if (mode === undefined) delete env.PLAN_CODE_CACHE;
  const result = spawnSync(process.execPath, [...flags, BIN, 'validate', '2020-2023'], { cwd: ROOT, env, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

const cacheFiles = () => readdirSync(dir).filter((name) => name.endsWith('.v8cache')).sort();

describe('the code cache of the bundle', () => {
  let expected: { status: number | null; output: string };
  let plain: string;
  let flagged: string;
  beforeAll(() => {
    expected = validate([], 'off');
  });

  it('is written by a run that found none, named by the bundle, Node version and platform', () => {
    expect(cacheFiles()).toEqual([]);
    expect(validate()).toEqual(expected);
    [plain] = cacheFiles();
    expect(plain.startsWith(`${cli}.${process.version}-${process.platform}-${process.arch}.`)).toBe(true);
    expect(validate()).toEqual(expected);
  });

  it('is kept apart for other V8 flags', () => {
    expect(validate(['--max-semi-space-size=8'])).toEqual(expected);
    [flagged] = cacheFiles().filter((name) => name !== plain);
    expect(flagged).toBeDefined();
  });

  it.each([
    ['damaged', (bytes: Buffer) => Buffer.concat([bytes.subarray(0, 5000), Buffer.from([bytes[5000] ^ 0xff]), bytes.subarray(5001)])],
    ['truncated', (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1)],
    ['replaced by garbage', () => Buffer.from('not a cache at all')],
    ['empty', () => Buffer.alloc(0)],
  ])('is replaced when %s, and the run is as without it', (_how, damage) => {
    const target = path.join(dir, plain);
    const good = readFileSync(target);
    writeFileSync(target, damage(good));
    expect(validate()).toEqual(expected);
    expect(readFileSync(target).length).toBeGreaterThan(1000);
    expect(validate()).toEqual(expected);
  });

  it('is replaced when it was made under other V8 flags (V8 rejects it)', () => {
    writeFileSync(path.join(dir, plain), readFileSync(path.join(dir, flagged)));
    expect(validate()).toEqual(expected);
    expect(readFileSync(path.join(dir, plain)).equals(readFileSync(path.join(dir, flagged)))).toBe(false);
    expect(validate()).toEqual(expected);
  });

  it('is neither read nor written with PLAN_CODE_CACHE=off', () => {
    rmSync(dir, { recursive: true, force: true });
    expect(validate([], 'off')).toEqual(expected);
    expect(() => readdirSync(dir)).toThrow();
  });
});
