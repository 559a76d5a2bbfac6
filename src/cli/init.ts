import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE, findConfigFile } from '../checks/config.js';
import { schemaReference } from '../init/schema-path.js';
import { configFile, frameworkFile, objectivesFile } from '../init/template.js';
import { mergedSettings, writeSettings } from '../init/vscode-settings.js';
import { UsageError } from '../load/errors.js';
import { CYCLE_NAME } from '../load/resolve.js';
import { EXIT, type GlobalOptions } from '../cli.js';
import { escapeControl } from '../text/control-characters.js';
import { writeFileAtomically } from './output.js';

interface InitOptions extends GlobalOptions {
  cycle?: string;
  title?: string;
  force?: boolean;
  editor?: 'vscode';
}

const FRAMEWORK = 'plan.yaml';
const OBJECTIVES = 'objectives.yaml';

/**
 * `plan init [folder]`: a new plan to fill in, valid as written. Everything is checked before anything is
 * written, so a refusal leaves every file as it was; with --force the plan's files are replaced
 * atomically, and plan.config.yaml is written only when there is none.
 */
export async function runInit(folder: string | undefined, options: InitOptions): Promise<number> {
  const cwd = process.cwd();
  const { dir, cycle } = target(folder, options);
  const existing = yamlFilesIn(dir);
  if (existing.length > 0 && !options.force) {
    throw new UsageError(`${shown(dir)} already holds plan files (${existing.join(', ')}): use --force to replace ${FRAMEWORK} and ${OBJECTIVES}`);
  }
  const years = /^(\d{4})-(\d{4})(?!\d)/.exec(cycle);
  const start = years ? Number(years[1]) : new Date().getFullYear();
  const values = {
    cycle,
    title: options.title ?? `Strategic plan ${cycle}`,
    start,
    end: years ? Number(years[2]) : start + 3,
    schema: schemaReference(dir, 'plan.schema.json'),
    isPeriodGuessed: !years,
  };
  const configPath = configTarget(dir, cwd, options.config);
  const settingsPath = path.join(cwd, '.vscode', 'settings.json');
  const hadSettings = existsSync(settingsPath);
  const settings = options.editor === 'vscode' ? mergedSettings(shown(settingsPath), editorEntries(cwd, dir, configPath ?? findConfigFile(dir) ?? path.join(cwd, CONFIG_FILE))) : undefined;

  mkdirSync(dir, { recursive: true });
  const written: string[] = []; // "created F" or "updated F", one per file
  for (const [name, text] of [[FRAMEWORK, frameworkFile(values)], [OBJECTIVES, objectivesFile(values)]] as const) {
    await writeFileAtomically(path.join(dir, name), text, shown(path.join(dir, name)));
    written.push(`created ${shown(path.join(dir, name))}`);
  }
  if (configPath !== undefined && !existsSync(configPath)) {
    await writeFileAtomically(configPath, configFile(schemaReference(path.dirname(configPath), 'config.schema.json')), shown(configPath));
    written.push(`created ${shown(configPath)}`);
  }
  if (settings !== undefined) {
    await writeSettings(settingsPath, settings);
    written.push(`${hadSettings ? 'updated' : 'created'} ${shown(settingsPath)}`);
  }
  const check = path.resolve(cwd, options.plans, cycle) === dir ? cycle : shown(dir);
  // the folder comes from the command line: a control character in its name is shown, not sent to the terminal
  process.stdout.write(`${written.map((line) => escapeControl(line)).join('\n')}\nnext: replace the placeholder texts, then run \`plan validate ${escapeControl(check)}\`\n`);
  return EXIT.ok;
}

/**
 * Where plan.config.yaml goes when the plan has none: the file --config names; else, when no config is
 * found for the plan (from its folder upwards, or in the working directory), the working directory if the
 * plan is inside it (a project's root), otherwise the folder holding the plan's folder, where `plan
 * validate` finds it. Undefined: the plan already has one.
 */
function configTarget(dir: string, cwd: string, explicit: string | undefined): string | undefined {
  if (explicit !== undefined) return path.resolve(cwd, explicit);
  if (findConfigFile(dir) !== undefined || existsSync(path.join(cwd, CONFIG_FILE))) return undefined;
  const isInWorkingDirectory = !path.relative(cwd, dir).startsWith('..') && !path.isAbsolute(path.relative(cwd, dir));
  return path.join(isInWorkingDirectory ? cwd : path.dirname(dir), CONFIG_FILE);
}

/** The folder to write and its cycle: the folder's name, which --cycle must then match. */
function target(folder: string | undefined, options: InitOptions): { dir: string; cycle: string } {
  if (folder === undefined && options.cycle === undefined) throw new UsageError('give the folder of the new plan or its cycle, e.g. plan init plans/2030-2033 or plan init --cycle 2030-2033');
  const dir = path.resolve(folder ?? path.join(options.plans, options.cycle!));
  const cycle = options.cycle ?? path.basename(dir);
  if (!CYCLE_NAME.test(cycle)) throw new UsageError(`not a cycle name: "${cycle}" (letters, digits, dots, dashes and underscores, e.g. 2030-2033)`);
  if (path.basename(dir) !== cycle) throw new UsageError(`--cycle ${cycle} does not match the folder's name "${path.basename(dir)}": a plan's cycle is the name of its folder`);
  // the folder, or the nearest of its parents that exists, must be a folder (plan init a-file/2030-2033)
  for (let existing = dir; ; existing = path.dirname(existing)) {
    if (existsSync(existing)) {
      if (!statSync(existing).isDirectory()) throw new UsageError(`not a folder: ${shown(existing)}`);
      break;
    }
    if (path.dirname(existing) === existing) break;
  }
  return { dir, cycle };
}

function yamlFilesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => /\.ya?ml$/i.test(name) && !name.startsWith('.')) : [];
}

/** The `yaml.schemas` entries for VS Code: the plan schema for the plan's files, the config schema for the config. */
function editorEntries(cwd: string, dir: string, configPath: string): Record<string, string[]> {
  const glob = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || '.';
  return {
    [schemaReference(cwd, 'plan.schema.json')]: [`${glob(dir)}/**/*.yaml`, `${glob(dir)}/**/*.yml`],
    [schemaReference(cwd, 'config.schema.json')]: [glob(configPath)],
  };
}

function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}
