/**
 * The command line shared by check:sources and fixtures:sources: `[folder] [--debug]` or `--help`, the
 * folders to read, and exit 2 with one line for what the user can fix (a stack only for an internal error,
 * with --debug).
 */
import { FolderError, sourceFolders, type SourceFolders } from './folders.js';
import { SeedFormatError } from './seed-text.js';

/** A command line the script cannot run. */
class UsageError extends Error {}

interface Arguments {
  folder?: string;
  help: boolean;
  debug: boolean;
}

function parseArguments(argv: string[], usage: string): Arguments {
  const parsed: Arguments = { help: false, debug: false };
  for (const argument of argv) {
    if (argument === '-h' || argument === '--help') parsed.help = true;
    else if (argument === '--debug') parsed.debug = true;
    else if (argument.startsWith('-')) throw new UsageError(`unknown option: ${argument}\n${usage}`);
    else if (parsed.folder !== undefined) throw new UsageError(`one folder at most (${parsed.folder}, ${argument})\n${usage}`);
    else parsed.folder = argument;
  }
  return parsed;
}

/** Runs `run` on the source folders (undefined: none given and none beside the project) and sets the exit code. */
export function runScript(name: string, usage: string, run: (folders: SourceFolders | undefined) => number): void {
  const argv = process.argv.slice(2);
  try {
    const options = parseArguments(argv, usage);
    if (options.help) process.stdout.write(`${usage}\n`);
    process.exitCode = options.help ? 0 : run(sourceFolders(options.folder));
  } catch (error) {
    const expected = error instanceof UsageError || error instanceof FolderError || error instanceof SeedFormatError;
    process.stderr.write(`${name}: ${expected ? '' : 'internal error: '}${error instanceof Error ? error.message : String(error)}\n`);
    if (!expected && argv.includes('--debug') && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  }
}
