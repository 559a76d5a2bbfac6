import { Argument, Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from './paths.js';
import { UsageError } from './load/errors.js';
import { DEFAULT_PLANS_DIR } from './load/resolve.js';
import { describeWriteError } from './cli/atomic-write.js';
import { writeError } from './cli/output.js';
import { escapeControl } from './text/control-characters.js';

const { version } = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };

/** Options every command understands. */
export interface GlobalOptions {
  plans: string;
  config?: string;
  debug?: boolean;
  color?: boolean;
}

/** Exit codes: 0 clean, 1 findings (or differences with --exit-code), 2 usage or internal error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

function buildProgram(): Command {
  const program = new Command('plan')
    .description('Strategic plans as code: validate, report on and compare results-based plans')
    .version(version, '-V, --version')
    .option('--plans <dir>', 'folder holding one sub-folder per plan cycle', DEFAULT_PLANS_DIR)
    .option('--config <file>', 'configuration file (default: ./plan.config.yaml when present)')
    .option('--no-color', 'no colour (colour is also off when NO_COLOR is set or output is not a terminal; FORCE_COLOR=1 forces it on)')
    .option('--debug', 'show stack traces of internal errors')
    .showHelpAfterError('(run plan --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(escapeControl(text, { lineBreaks: 'keep' })), writeOut: (text) => process.stdout.write(text) });

  program
    .command('validate')
    .description('check plan cycles: schema, references, linkage, orphans, duplicates')
    .argument('[plans...]', 'cycle names or paths to plan folders/files (default: every cycle)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'github', 'sarif', 'junit', 'gitlab']).default('stylish'))
    .addOption(new Option('--fail-on <level>', 'lowest severity that fails the run').choices(['error', 'warning']).default('error'))
    .option('--max-warnings <n>', 'fail when there are more than N warnings', parseCount)
    .option('-q, --quiet', 'list errors only (--fail-on and --max-warnings still count the rest)')
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .option('--baseline <file>', 'the baseline file of recorded findings (default: plan-baseline.json beside plan.config.yaml, or here)')
    .option('--no-baseline', 'ignore the baseline file: report every finding')
    .option('--update-baseline', 'record every current error and warning in the baseline file')
    .option('--prune-baseline', 'remove the baseline entries that no longer occur')
    .option('--cache', 'reuse the results of files unchanged since the last run (kept in .plancache)')
    .option('--cache-location <path>', 'the cache file, or a folder for it (implies --cache; default ./.plancache)')
    .action(async (plans: string[], options, command: Command) => {
      const { runValidate } = await import('./cli/validate.js');
      process.exitCode = await runValidate(plans, { ...command.optsWithGlobals(), ...options });
    });

  program
    .command('init')
    .description('start a new plan: a small, valid plan to fill in, and plan.config.yaml when there is none')
    .argument('[folder]', 'the new plan\'s folder (default: <plans>/<cycle>)')
    .option('--cycle <name>', 'the cycle (default: the folder\'s name)')
    .option('--title <text>', 'the plan\'s title')
    .option('--force', 'replace the plan files of a folder that already holds some')
    .addOption(new Option('--editor <editor>', 'also write the editor\'s settings for the schemas').choices(['vscode']))
    .action(async (folder: string | undefined, options, command: Command) => {
      const { runInit } = await import('./cli/init.js');
      process.exitCode = await runInit(folder, { ...command.optsWithGlobals(), ...options });
    });

  program
    .command('schema')
    .description('print or write the JSON Schema of plan files or of plan.config.yaml')
    .addArgument(new Argument('[which]', 'which schema').choices(['plan', 'config']).default('plan'))
    .option('-o, --out <file>', 'write to a file (atomically) instead of stdout')
    .action(async (which: 'plan' | 'config', options, command: Command) => {
      const { runSchema } = await import('./cli/schema.js');
      process.exitCode = await runSchema(which, { ...command.optsWithGlobals(), ...options });
    });

  program
    .command('list')
    .description('list the plan cycles with status, period, completeness and item counts')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (options, command: Command) => {
      const { runList } = await import('./cli/list.js');
      process.exitCode = await runList({ ...command.optsWithGlobals(), ...options });
    });

  program
    .command('export')
    .description('print the merged plan of a cycle, all parts together')
    .argument('<plan>', 'cycle name or path')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'yaml']).default('json'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action(async (plan: string, options, command: Command) => {
      const { runExport } = await import('./cli/export.js');
      process.exitCode = await runExport(plan, { ...command.optsWithGlobals(), ...options });
    });

  program
    .command('rules')
    .description('list every check with its code, default severity and meaning')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (options, command: Command) => {
      const { runRules } = await import('./cli/rules.js');
      process.exitCode = await runRules({ ...command.optsWithGlobals(), ...options });
    });

  program
    .command('report')
    .description('render a report of a cycle, a goal or a Sector as Markdown, HTML or JSON')
    .argument('[cycle]', 'cycle name or path (default: the newest adopted cycle)')
    .option('--goal <id>', 'report on one goal')
    .option('--sector <name>', 'report on one Sector')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'html', 'json']).default('md'))
    .option('--template <file>', 'render this Handlebars template with the report data')
    .option('-o, --out <file>', 'write to a file (atomically) instead of stdout')
    .action(async (cycle: string | undefined, options, command: Command) => {
      const { runReport } = await import('./cli/report.js');
      process.exitCode = await runReport(cycle, { ...command.optsWithGlobals(), ...options });
    });

  program
    .command('diff')
    .description('compare two plan cycles, or two versions of one, item by item')
    .argument('<from>', 'cycle name, path, or git revision and path (main:plans/2020-2023)')
    .argument('<to>', 'cycle name, path, or git revision and path')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'md', 'html', 'json']).default('text'))
    .option('--kind <kinds>', 'comma-separated kinds to compare: goal,target,objective,outcome,output')
    .option('--threshold <n>', 'lowest match score accepted (0 to 1)', parseScore)
    .option('--exit-code', 'exit 1 when there are differences')
    .option('-v, --verbose', 'text: every change in full, with word-level differences (the default is one line per change)')
    .option('-o, --out <file>', 'write to a file (atomically) instead of stdout')
    .action(async (from: string, to: string, options, command: Command) => {
      const { runDiff } = await import('./cli/diff.js');
      process.exitCode = await runDiff(from, to, { ...command.optsWithGlobals(), ...options });
    });

  program
    .command('progress')
    .description('the status of every target against its figure, from the observations of the plan')
    .argument('[cycle]', 'cycle name or path (default: the newest adopted cycle)')
    .option('--goal <id>', 'only this goal\'s targets')
    .option('--as-of <year>', 'use only observations of this year and before', parseYear)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'md', 'html', 'json']).default('text'))
    .option('--template <file>', 'render this Handlebars template with the progress data (md or html)')
    .option('-o, --out <file>', 'write to a file (atomically) instead of stdout')
    .action(async (cycle: string | undefined, options, command: Command) => {
      const { runProgress } = await import('./cli/progress.js');
      process.exitCode = await runProgress(cycle, { ...command.optsWithGlobals(), ...options });
    });

  return program;
}

/** `--as-of 2021`: a year, within the years the schema allows. */
function parseYear(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || year < 1865 || year > 2200) throw new UsageError(`--as-of takes a year (e.g. 2021), not "${value}"`);
  return year;
}

function parseScore(value: string): number {
  const score = Number(value);
  if (value.trim() === '' || !Number.isFinite(score) || score < 0 || score > 1) throw new UsageError(`--threshold takes a number from 0 to 1, not "${value}"`);
  return score;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not "${value}"`);
  return Number(value);
}

export async function main(argv: string[]): Promise<void> {
  const isDebug = argv.includes('--debug');
  watchOutputStreams();
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    process.exitCode = exitCodeFor(error, isDebug);
  }
}

/**
 * stdout that cannot take the output: a reader that stops early (`plan validate | head -1`, EPIPE) is no
 * error of ours: the rest of the output is dropped quietly and the run ends with its own exit code, so a
 * pipeline with `pipefail` still sees findings. Any other failure (`> /dev/full`: ENOSPC) loses the output:
 * one line on stderr, exit 2. A failing stderr has nowhere to be reported and is ignored.
 */
function watchOutputStreams(): void {
  let isClosed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (isClosed) return;
    isClosed = true;
    if (error.code === 'EPIPE') return;
    writeError(`cannot write the output: ${describeWriteError(error)}`);
    process.exit(EXIT.usage);
  });
  process.stderr.on('error', () => undefined);
}

function exitCodeFor(error: unknown, isDebug: boolean): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    writeError(error.message);
    if (isDebug) process.stderr.write(`${error.stack}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  writeError(`internal error: ${message}`);
  process.stderr.write(isDebug && error instanceof Error ? `${error.stack}\n` : 'plan: run again with --debug for details\n');
  return EXIT.usage;
}
