import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/index.js';
import { ROOT, runCli } from './run-cli.js';

const scratches: string[] = [];
afterAll(() => scratches.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A new empty folder: under the system's temporary folder, or inside this repository. */
function scratch(inRepository = false): string {
  const dir = inRepository ? mkdtempSync(path.join(ROOT, 'test', '.init-')) : mkdtempSync(path.join(tmpdir(), 'plan-init-'));
  scratches.push(dir);
  return dir;
}

function modeline(file: string): string {
  return /^# yaml-language-server: \$schema=(.+)$/m.exec(readFileSync(file, 'utf8'))![1];
}

/** Every file below a folder with its text, to show that a refused command changed nothing. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), readFileSync(file, 'utf8')];
      }),
  );
}

describe('plan init', () => {
  it('writes a plan that plan validate passes with no finding, and plan.config.yaml', () => {
    const cwd = scratch();
    const init = runCli(['init', 'drafts/2030-2033'], { cwd });
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('created drafts/2030-2033/plan.yaml\ncreated drafts/2030-2033/objectives.yaml\ncreated plan.config.yaml\n');
    const validate = runCli(['validate', 'drafts/2030-2033'], { cwd });
    expect([validate.status, validate.stdout, validate.stderr]).toEqual([0, '✔ 1 plan checked, no problems\n', '']);
    const json = JSON.parse(runCli(['validate', 'drafts/2030-2033', '--format', 'json'], { cwd }).stdout);
    expect(json.diagnostics).toEqual([]);
    // outside any repository holding the package: the schema this plan runs with, by its absolute path
    expect(modeline(path.join(cwd, 'drafts/2030-2033/plan.yaml'))).toBe(path.join(ROOT, 'schemas/plan.schema.json'));
    expect(readFileSync(path.join(cwd, 'drafts/2030-2033/plan.yaml'), 'utf8')).toMatch(/^cycle: "2030-2033"/m);
  });

  it('shows how to record progress in comments that, uncommented, validate and give the target a status', () => {
    const cwd = scratch();
    expect(runCli(['init', 'plans/2030-2033'], { cwd }).status).toBe(0);
    const file = path.join(cwd, 'plans/2030-2033/plan.yaml');
    const text = readFileSync(file, 'utf8');
    const example = text.slice(text.indexOf('# sources:'), text.indexOf('\n\nrisks:'));
    expect(example).toContain('# progress:');
    writeFileSync(file, text.replace(example, example.replace(/^# ?/gm, '')));
    const validate = runCli(['validate', 'plans/2030-2033', '--format', 'json'], { cwd });
    expect(JSON.parse(validate.stdout).diagnostics).toEqual([]);
    const progress = JSON.parse(runCli(['progress', '2030-2033', '--format', 'json'], { cwd }).stdout);
    expect(progress.targets[0]).toMatchObject({ id: '1.1', status: 'achieved', latest: { year: 2030, value: 0, source: 'survey' } });
  });

  it('puts plan.config.yaml where plan validate finds it: beside a plan folder outside the working directory', () => {
    const [cwd, elsewhere] = [scratch(), scratch()];
    const run = runCli(['init', path.join(elsewhere, 'plans/2030-2033')], { cwd });
    expect(run.status).toBe(0);
    expect(readdirSync(cwd)).toEqual([]);
    expect(existsSync(path.join(elsewhere, 'plans/plan.config.yaml'))).toBe(true);
    expect(runCli(['validate', path.join(elsewhere, 'plans/2030-2033')], { cwd }).stdout).toBe('✔ 1 plan checked, no problems\n');
  });

  it('writes into <plans>/<cycle> by default, with --title and the period from the cycle', () => {
    const cwd = scratch();
    expect(runCli(['init', '--cycle', '2030-2033', '--title', 'Our plan'], { cwd }).stdout).toContain('run `plan validate 2030-2033`');
    const text = readFileSync(path.join(cwd, 'plans/2030-2033/plan.yaml'), 'utf8');
    expect(text).toContain('title: "Our plan"');
    expect(text).toMatch(/start: 2030\n {2}end: 2033/);
    expect(runCli(['validate'], { cwd }).status).toBe(0);
  });

  it('names the schema relative to the file: in this repository, to schemas/ at any depth', () => {
    const cwd = scratch(true);
    expect(runCli(['init', 'a/b/2030-2033'], { cwd }).status).toBe(0);
    const file = path.join(cwd, 'a/b/2030-2033/objectives.yaml');
    const reference = modeline(file);
    expect(reference).toMatch(/^(\.\.\/)+schemas\/plan\.schema\.json$/);
    expect(path.resolve(path.dirname(file), reference)).toBe(path.join(ROOT, 'schemas/plan.schema.json'));
    expect(path.resolve(cwd, modeline(path.join(cwd, 'plan.config.yaml')))).toBe(path.join(ROOT, 'schemas/config.schema.json'));
  });

  it('names the schema relative to the file: in a repository that installed the package, to its node_modules', () => {
    const cwd = scratch();
    cpSync(path.join(ROOT, 'schemas'), path.join(cwd, 'node_modules/plan-toolkit/schemas'), { recursive: true });
    expect(runCli(['init', 'plans/deeper/2030-2033'], { cwd }).status).toBe(0);
    expect(modeline(path.join(cwd, 'plans/deeper/2030-2033/plan.yaml'))).toBe('../../../node_modules/plan-toolkit/schemas/plan.schema.json');
    expect(modeline(path.join(cwd, 'plan.config.yaml'))).toBe('./node_modules/plan-toolkit/schemas/config.schema.json');
  });

  it('never overwrites without --force; with --force it replaces the plan files but keeps plan.config.yaml', () => {
    const cwd = scratch();
    expect(runCli(['init', 'plans/2030-2033'], { cwd }).status).toBe(0);
    writeFileSync(path.join(cwd, 'plans/2030-2033/plan.yaml'), 'cycle: "2030-2033"\n# my own work\n');
    writeFileSync(path.join(cwd, 'plan.config.yaml'), 'rules: {}\n# mine\n');
    const before = contents(cwd);
    const refused = runCli(['init', 'plans/2030-2033'], { cwd });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^plan: plans\/2030-2033 already holds plan files \(objectives\.yaml, plan\.yaml\): use --force/);
    expect(contents(cwd)).toEqual(before);
    expect(runCli(['init', 'plans/2030-2033', '--force'], { cwd }).status).toBe(0);
    expect(readFileSync(path.join(cwd, 'plans/2030-2033/plan.yaml'), 'utf8')).not.toContain('my own work');
    expect(readFileSync(path.join(cwd, 'plan.config.yaml'), 'utf8')).toBe('rules: {}\n# mine\n');
    expect(readdirSync(path.join(cwd, 'plans/2030-2033')).sort()).toEqual(['objectives.yaml', 'plan.yaml']);
  });

  it('refuses a --cycle that is not the folder\'s name, and a missing folder and cycle', () => {
    const cwd = scratch();
    const mismatch = runCli(['init', 'plans/2030-2033', '--cycle', '2031-2034'], { cwd });
    expect([mismatch.status, mismatch.stderr]).toEqual([2, 'plan: --cycle 2031-2034 does not match the folder\'s name "2030-2033": a plan\'s cycle is the name of its folder\n']);
    expect(runCli(['init'], { cwd }).status).toBe(2);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('--editor vscode merges yaml.schemas into .vscode/settings.json, keeping what is there', () => {
    const cwd = scratch();
    mkdirSync(path.join(cwd, '.vscode'));
    const settings = path.join(cwd, '.vscode/settings.json');
    writeFileSync(settings, JSON.stringify({ 'editor.tabSize': 2, 'yaml.schemas': { 'other.json': 'other/*.yaml' } }));
    expect(runCli(['init', 'plans/2030-2033', '--editor', 'vscode'], { cwd }).status).toBe(0);
    const merged = JSON.parse(readFileSync(settings, 'utf8'));
    const planSchema = path.join(ROOT, 'schemas/plan.schema.json');
    expect(merged).toEqual({
      'editor.tabSize': 2,
      'yaml.schemas': {
        'other.json': 'other/*.yaml',
        [planSchema]: ['plans/2030-2033/**/*.yaml', 'plans/2030-2033/**/*.yml'],
        [path.join(ROOT, 'schemas/config.schema.json')]: ['plan.config.yaml'],
      },
    });
    // a second plan adds its globs to the same entry
    expect(runCli(['init', 'plans/2034-2037', '--editor', 'vscode'], { cwd }).status).toBe(0);
    expect(JSON.parse(readFileSync(settings, 'utf8'))['yaml.schemas'][planSchema]).toHaveLength(4);
  });

  it('--editor vscode edits a settings file with comments in place, keeping its comments; a broken one is left alone and nothing is written', () => {
    const cwd = scratch();
    mkdirSync(path.join(cwd, '.vscode'));
    const settings = path.join(cwd, '.vscode/settings.json');
    writeFileSync(settings, '{\n  // mine\n  "editor.tabSize": 2,\n}\n');
    const run = runCli(['init', 'plans/2030-2033', '--editor', 'vscode'], { cwd });
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('updated .vscode/settings.json');
    const edited = readFileSync(settings, 'utf8');
    expect(edited).toContain('// mine');
    expect(edited).toContain('"editor.tabSize": 2');
    expect(edited).toContain('"plans/2030-2033/**/*.yaml"');

    const broken = scratch();
    mkdirSync(path.join(broken, '.vscode'));
    writeFileSync(path.join(broken, '.vscode/settings.json'), '{\n  "editor.tabSize": 2\n  "files.eol": "\\n"\n}\n');
    const before = contents(broken);
    const refused = runCli(['init', 'plans/2030-2033', '--editor', 'vscode'], { cwd: broken });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^plan: \.vscode\/settings\.json:3: not JSON with comments \(CommaExpected\), so it is left as it is; add by hand: "yaml\.schemas": \{/);
    expect(contents(broken)).toEqual(before);
  });

  it('says which parent is not a folder when the new plan would go under a file', () => {
    const cwd = scratch();
    writeFileSync(path.join(cwd, 'notes'), 'a file\n');
    const run = runCli(['init', 'notes/2030-2033'], { cwd });
    expect([run.status, run.stderr]).toEqual([2, 'plan: not a folder: notes\n']);
  });
});

describe('plan schema', () => {
  it('prints the plan schema, or writes the config schema with every check code', () => {
    const plan = runCli(['schema']);
    expect(plan.stdout).toBe(readFileSync(path.join(ROOT, 'schemas/plan.schema.json'), 'utf8'));
    const cwd = scratch();
    expect(runCli(['schema', 'config', '--out', 'config.schema.json'], { cwd }).status).toBe(0);
    const config = JSON.parse(readFileSync(path.join(cwd, 'config.schema.json'), 'utf8'));
    expect(config.properties.rules.propertyNames.enum).toEqual(CHECKS.map((check) => check.code));
    expect(runCli(['schema', 'other']).status).toBe(2);
  });
});
