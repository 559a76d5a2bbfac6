/**
 * `plan validate --cache`: on a copy of the bundled plans, a series of edits to every part file (texts,
 * links, ids, a syntax error, a file added and removed, the configuration, another cycle appearing), each
 * followed by a run with the cache and a run without: the two must print the same, byte for byte, so a
 * cache never hides (or invents) a finding. And the cache file itself: reused when nothing changed,
 * ignored when damaged or written by another build, kept where --cache-location says, never in the plans.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'plan-cache-'));
  mkdirSync(path.join(dir, 'plans'));
  for (const cycle of ['2016-2019', '2020-2023']) cpSync(path.join(ROOT, 'plans', cycle), path.join(dir, 'plans', cycle), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plansFile = (file: string) => path.join(dir, 'plans', file);
const edit = (file: string, change: (text: string) => string) => writeFileSync(plansFile(file), change(readFileSync(plansFile(file), 'utf8')));

/** `plan validate --format json` with and without the cache; both runs' output and status. */
function bothWays(extra: string[] = []) {
  const cached = runCli(['validate', '--format', 'json', '--cache', ...extra], { cwd: dir });
  const fresh = runCli(['validate', '--format', 'json', ...extra], { cwd: dir });
  return { cached, fresh };
}

function expectSame(extra: string[] = []): { codes: string[] } {
  const { cached, fresh } = bothWays(extra);
  expect(cached.stderr).toBe(fresh.stderr);
  expect(cached.status).toBe(fresh.status);
  expect(cached.stdout).toBe(fresh.stdout);
  const { diagnostics } = JSON.parse(fresh.stdout) as { diagnostics: { code: string; id?: string }[] };
  return { codes: diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.id ?? ''}`.trim()) };
}

const OBJECTIVE = `objectives:\n  - id: "D.5"\n    sector: ITU-D\n    title: "Knowledge-sharing"\n    statement: "Foster the acquisition and sharing of knowledge and know-how on telecommunication development"\n    goals: { primary: ["2"] }\n`;

describe('plan validate --cache gives what a run without it gives', () => {
  /** Each step edits the plans, then both runs must agree; `shows` is a finding the step must (or must no longer) cause. */
  const steps: { name: string; change: () => void; shows?: string; hides?: string }[] = [
    { name: 'the first run (cold)', change: () => {} },
    { name: 'a second run on unchanged files (warm)', change: () => {} },
    { name: 'a near-duplicate objective added in a new file', change: () => writeFileSync(plansFile('2020-2023/extra.yaml'), OBJECTIVE), shows: 'similar-objectives R.3' },
    { name: 'an output of itu-r.yaml copying one of itu-t.yaml', change: () => edit('2020-2023/itu-r.yaml', (text) => text.replace(/(- id: "R\.1-1"\n\s+objective: "R\.1"\n\s+text: )"[^"]*"/, '$1"Outreach and promotion"')), shows: 'duplicate-output R.1-1' },
    { name: 'an objective of itu-d.yaml linked to a goal that does not exist', change: () => edit('2020-2023/itu-d.yaml', (text) => text.replace('primary: ["2", "5"]', 'primary: ["2", "9"]')), shows: 'dangling-ref D.1' },
    { name: 'a goal removed from plan.yaml (its objectives dangle)', change: () => edit('2020-2023/plan.yaml', (text) => text.replace(/\n {2}- id: "5"\n(?: {4}.*\n)+/, '\n')), shows: 'dangling-ref 5.1' },
    { name: 'an id of inter-sectoral.yaml taken twice', change: () => edit('2020-2023/inter-sectoral.yaml', (text) => text.replace('id: "I.2-1"', 'id: "I.1-1"')), shows: 'duplicate-id I.1-1' },
    { name: 'a YAML syntax error in general-secretariat.yaml', change: () => edit('2020-2023/general-secretariat.yaml', (text) => `${text}\n  - id: [unclosed\n`), shows: 'yaml-syntax' },
    { name: 'the syntax error fixed', change: () => edit('2020-2023/general-secretariat.yaml', (text) => text.replace('\n  - id: [unclosed\n', '')), hides: 'yaml-syntax' },
    { name: 'the added file removed', change: () => rmSync(plansFile('2020-2023/extra.yaml')), hides: 'similar-objectives R.3' },
    { name: 'a plan-ignore comment on the copied output', change: () => edit('2020-2023/itu-t.yaml', (text) => text.replace(/(\n)( {2}- id: "T\.2-3")/, '$1  # plan-ignore duplicate-output -- kept as printed$1$2')) },
    { name: 'a configuration that turns a check off', change: () => writeFileSync(path.join(dir, 'plan.config.yaml'), 'rules:\n  id-format: "off"\n'), hides: 'id-format D.1.e' },
    { name: 'a stricter similarity threshold', change: () => writeFileSync(path.join(dir, 'plan.config.yaml'), 'similarity:\n  threshold: 0.95\n'), hides: 'similar-outputs R.1-5' },
    { name: 'the cycle 2016-2019 names as previous gone', change: () => rmSync(plansFile('2016-2019'), { recursive: true }), shows: 'dangling-ref' },
    { name: 'a text of 2016-2019 edited while it is not checked', change: () => cpSync(path.join(ROOT, 'plans/2016-2019'), plansFile('2016-2019'), { recursive: true }) },
  ];

  it.each(steps.map((step, index) => [index + 1, step.name, step] as const))('step %i: %s', (_index, _name, step) => {
    step.change();
    const { codes } = expectSame();
    if (step.shows) expect(codes.some((code) => code.startsWith(step.shows!))).toBe(true);
    if (step.hides) expect(codes.some((code) => code.startsWith(step.hides!))).toBe(false);
    // and again, with the cache as the previous cached run left it
    expectSame();
  });

  it('leaves the cache file alone when nothing changed, and never writes into the plans folder', () => {
    const file = path.join(dir, '.plancache');
    const before = statSync(file).mtimeMs;
    const bytes = readFileSync(file);
    expectSame();
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    const names = readdirSync(path.join(dir, 'plans'), { recursive: true }) as string[];
    expect(names.filter((name) => name.includes('cache'))).toEqual([]);
  });

  it.each([
    ['damaged', (bytes: Buffer) => Buffer.concat([bytes.subarray(0, 200), Buffer.from('garbage'), bytes.subarray(207)])],
    ['truncated', (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1)],
    ['not a cache', () => Buffer.from('{"version": 1}\n')],
    ['written by another build', (bytes: Buffer) => Buffer.from(bytes.toString('latin1').replace(/"tool":"[^"]+"/, '"tool":"cli-OTHERBLD.cjs"'), 'latin1')],
  ])('ignores a cache file that is %s, and writes a good one in its place', (_how, damage) => {
    const file = path.join(dir, '.plancache');
    writeFileSync(file, damage(readFileSync(file)));
    expectSame();
    expect(readFileSync(file).subarray(0, 10).toString('latin1')).toBe('PLANCACHE1');
    expectSame();
  });

  it('keeps the cache where --cache-location says: a file, or a folder for .plancache', () => {
    bothWays(['--cache-location', 'caches/']);
    expect(existsSync(path.join(dir, 'caches/.plancache'))).toBe(true);
    runCli(['validate', '--cache-location', 'caches/mine.bin'], { cwd: dir });
    expect(existsSync(path.join(dir, 'caches/mine.bin'))).toBe(true);
    expectSame(['--cache-location', 'caches/mine.bin']);
  });
});
