/**
 * `plan validate --cache`: on a copy of the bundled plans, a series of edits to every part file (texts,
 * links, ids, a syntax error, a file added and removed, plan-ignore comments, progress observations), to
 * the configuration (in the working folder, and a nearer one found beside the cycles), to the baseline,
 * and to the other cycles, each
 * followed by a run with the cache and a run without: the two must print the same, byte for byte, so a
 * cache never hides (or invents) a finding. And the cache file itself: reused when nothing changed,
 * ignored when damaged or written by another build, kept where --cache-location says, never in the plans,
 * and never written over a file that is no cache.
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

interface JsonDiagnostic {
  code: string;
  id?: string;
  severity: string;
  args: Record<string, unknown>;
  suppression?: { kind: string; justification?: string };
}

/** Both runs agree; `codes` are the open findings', `diagnostics` every finding, suppressed ones too. */
function expectSame(extra: string[] = []): { codes: string[]; diagnostics: JsonDiagnostic[] } {
  const { cached, fresh } = bothWays(extra);
  expect(cached.stderr).toBe(fresh.stderr);
  expect(cached.status).toBe(fresh.status);
  expect(cached.stdout).toBe(fresh.stdout);
  const output = JSON.parse(fresh.stdout) as { diagnostics: JsonDiagnostic[]; suppressed: JsonDiagnostic[] };
  const codes = output.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.id ?? ''}`.trim());
  return { codes, diagnostics: [...output.diagnostics, ...output.suppressed] };
}

/** The one finding of `code` at item `id` (it must be there). */
function findingOf(diagnostics: JsonDiagnostic[], code: string, id: string): JsonDiagnostic {
  const found = diagnostics.filter((diagnostic) => diagnostic.code === code && diagnostic.id === id);
  expect(found).toHaveLength(1);
  return found[0];
}

const writeBaseline = () => expect(runCli(['validate', '--update-baseline'], { cwd: dir }).status).toBe(0);
const editBaseline = (change: (entries: { code: string; id?: string }[]) => { code: string; id?: string }[]) => {
  const file = path.join(dir, 'plan-baseline.json');
  const baseline = JSON.parse(readFileSync(file, 'utf8')) as { findings: { code: string; id?: string }[] };
  writeFileSync(file, JSON.stringify({ ...baseline, findings: change(baseline.findings) }, null, 2));
};

const OBJECTIVE = `objectives:\n  - id: "D.5"\n    sector: ITU-D\n    title: "Knowledge-sharing"\n    statement: "Foster the acquisition and sharing of knowledge and know-how on telecommunication development"\n    goals: { primary: ["2"] }\n`;

describe('plan validate --cache gives what a run without it gives', () => {
  /** Each step edits the plans, then both runs must agree; `shows` is a finding the step must (or must no longer) cause. */
  const steps: { name: string; change: () => void; shows?: string; hides?: string; then?: (diagnostics: JsonDiagnostic[]) => void }[] = [
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
    {
      // the group of copies (R.1-1, T.2-3, T.4-3) is reported at its first item
      name: 'a plan-ignore comment on the copied output',
      change: () => edit('2020-2023/itu-r.yaml', (text) => text.replace(/(\n)( {2}- id: "R\.1-1")/, '$1  # plan-ignore duplicate-output -- kept as printed$1$2')),
      then: (diagnostics) => expect(findingOf(diagnostics, 'duplicate-output', 'R.1-1').suppression).toMatchObject({ kind: 'inSource', justification: 'kept as printed' }),
    },
    {
      name: "the plan-ignore comment's reason reworded",
      change: () => edit('2020-2023/itu-r.yaml', (text) => text.replace('-- kept as printed', '-- as the plan prints it')),
      then: (diagnostics) => expect(findingOf(diagnostics, 'duplicate-output', 'R.1-1').suppression).toMatchObject({ justification: 'as the plan prints it' }),
    },
    {
      name: 'the plan-ignore comment naming another check (it suppresses nothing)',
      change: () => edit('2020-2023/itu-r.yaml', (text) => text.replace('# plan-ignore duplicate-output', '# plan-ignore similar-outputs')),
      shows: 'unused-ignore',
      then: (diagnostics) => expect(findingOf(diagnostics, 'duplicate-output', 'R.1-1').suppression).toBeUndefined(),
    },
    { name: 'the plan-ignore comment removed', change: () => edit('2020-2023/itu-r.yaml', (text) => text.replace(/\n {2}# plan-ignore similar-outputs[^\n]*/, '')), hides: 'unused-ignore' },
    {
      name: 'an observation in progress.yaml of a target that does not exist',
      change: () => edit('2020-2023/progress.yaml', (text) => text.replace('- target: "1.1"\n    year: 2019', '- target: "1.99"\n    year: 2019')),
      then: (diagnostics) => expect(diagnostics.filter((diagnostic) => diagnostic.code === 'dangling-ref' && diagnostic.args.ref === '1.99')).toHaveLength(1),
    },
    {
      name: 'the observation corrected',
      change: () => edit('2020-2023/progress.yaml', (text) => text.replace('- target: "1.99"', '- target: "1.1"')),
      then: (diagnostics) => expect(diagnostics.filter((diagnostic) => diagnostic.args.ref === '1.99')).toEqual([]),
    },
    { name: 'a configuration that turns a check off', change: () => writeFileSync(path.join(dir, 'plan.config.yaml'), 'rules:\n  id-format: "off"\n'), hides: 'id-format D.1.e' },
    { name: 'a stricter similarity threshold', change: () => writeFileSync(path.join(dir, 'plan.config.yaml'), 'similarity:\n  threshold: 0.95\n'), hides: 'similar-outputs R.1-5' },
    {
      name: 'a nearer configuration found beside the cycles (it replaces the one in the working folder)',
      change: () => writeFileSync(plansFile('plan.config.yaml'), 'rules:\n  similar-objectives: "off"\n'),
      shows: 'similar-outputs R.1-5',
      hides: 'similar-objectives',
    },
    {
      name: 'the nearer configuration edited',
      change: () => writeFileSync(plansFile('plan.config.yaml'), 'rules:\n  similar-objectives: error\n'),
      then: (diagnostics) => expect(findingOf(diagnostics, 'similar-objectives', 'T.4').severity).toBe('error'),
    },
    { name: 'the nearer configuration removed', change: () => rmSync(plansFile('plan.config.yaml')), hides: 'similar-outputs R.1-5' },
    {
      name: 'a baseline recording every finding',
      change: writeBaseline,
      then: (diagnostics) => expect(diagnostics.filter((diagnostic) => diagnostic.severity !== 'info' && diagnostic.suppression?.kind !== 'external')).toEqual([]),
    },
    {
      name: 'a finding taken out of the baseline',
      change: () => editBaseline((findings) => findings.filter((finding) => !(finding.code === 'duplicate-output' && finding.id === 'I.3-4'))),
      then: (diagnostics) => expect(findingOf(diagnostics, 'duplicate-output', 'I.3-4').suppression).toBeUndefined(),
    },
    {
      name: 'a finding the baseline records fixed (the entry goes stale)',
      change: () => edit('2020-2023/itu-r.yaml', (text) => text.replace('"Outreach and promotion"', '"Outreach and promotion of the Radiocommunication Sector"')),
      hides: 'duplicate-output R.1-1',
      shows: 'stale-baseline',
    },
    { name: 'the baseline removed', change: () => rmSync(path.join(dir, 'plan-baseline.json')), hides: 'stale-baseline', then: (diagnostics) => expect(diagnostics.filter((d) => d.suppression)).toEqual([]) },
    { name: 'the cycle 2016-2019 names as previous gone', change: () => rmSync(plansFile('2016-2019'), { recursive: true }), shows: 'dangling-ref' },
    { name: 'a text of 2016-2019 edited while it is not checked', change: () => cpSync(path.join(ROOT, 'plans/2016-2019'), plansFile('2016-2019'), { recursive: true }) },
  ];

  it.each(steps.map((step, index) => [index + 1, step.name, step] as const))('step %i: %s', (_index, _name, step) => {
    step.change();
    const { codes, diagnostics } = expectSame();
    if (step.shows) expect(codes.some((code) => code.startsWith(step.shows!))).toBe(true);
    if (step.hides) expect(codes.some((code) => code.startsWith(step.hides!))).toBe(false);
    step.then?.(diagnostics);
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
    ['written by another build', (bytes: Buffer) => Buffer.from(bytes.toString('latin1').replace(/"tool":"[^"]+"/, '"tool":"cli-OTHERBLD.cjs"'), 'latin1')],
  ])('ignores a cache file that is %s, and writes a good one in its place', (_how, damage) => {
    const file = path.join(dir, '.plancache');
    writeFileSync(file, damage(readFileSync(file)));
    expectSame();
    expect(readFileSync(file).subarray(0, 10).toString('latin1')).toBe('PLANCACHE1');
    expectSame();
  });

  it.each([
    ['a file that is no cache', () => {
      const file = path.join(dir, 'caches', 'notes.json');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, '{"version": 1}\n');
      return file;
    }],
    ['a device', () => '/dev/null'],
  ])('never replaces %s at the cache location: it says so, and the run is as without a cache', (_what, make) => {
    const file = make();
    const before = statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
    const cached = runCli(['validate', '--format', 'json', '--cache-location', file], { cwd: dir });
    const fresh = runCli(['validate', '--format', 'json'], { cwd: dir });
    expect(cached.stdout).toBe(fresh.stdout);
    expect(cached.status).toBe(fresh.status);
    expect(cached.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is not a (plan cache|regular file), so the cache was not written`));
    if (before === undefined) expect(statSync(file).isCharacterDevice()).toBe(true);
    else expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('keeps the cache where --cache-location says: a file, or a folder for .plancache', () => {
    bothWays(['--cache-location', 'caches/']);
    expect(existsSync(path.join(dir, 'caches/.plancache'))).toBe(true);
    runCli(['validate', '--cache-location', 'caches/mine.bin'], { cwd: dir });
    expect(existsSync(path.join(dir, 'caches/mine.bin'))).toBe(true);
    expectSame(['--cache-location', 'caches/mine.bin']);
  });
});
