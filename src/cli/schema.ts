import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMAS_DIR } from '../paths.js';
import { EXIT, type GlobalOptions } from '../cli.js';
import { writeOutput } from './output.js';

/** `plan schema [plan|config]`: the JSON Schema this `plan` checks with, for editors and tools that want a file. */
export async function runSchema(which: 'plan' | 'config', options: GlobalOptions & { out?: string }): Promise<number> {
  const text = readFileSync(path.join(SCHEMAS_DIR, `${which}.schema.json`), 'utf8');
  await writeOutput(text, options.out, { plansDir: options.plans });
  return EXIT.ok;
}
