import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { firstMissingLine, readConsole, readFences, type Fence } from './fences.js';

export const REPO = path.resolve(import.meta.dirname, '../..');

/**
 * Runs every code block of one page in order, in a scratch folder that starts as a copy of the bundled
 * `plans/`, and returns what went wrong (an empty list when the page is true). The conventions are in
 * docs/design.md, "Tested documentation".
 */
export async function runPage(page: string): Promise<string[]> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'plan-docs-'));
  const state: PageState = { page, scratch, cwd: scratch, bin: makeShim(scratch), baselines: new Map() };
  cpSync(path.join(REPO, 'plans'), path.join(scratch, 'plans'), { recursive: true });
  const problems: string[] = [];
  try {
    for (const fence of readFences(readFileSync(path.join(REPO, page), 'utf8'))) {
      const where = `${page}:${fence.line} (${fence.lang || 'no language'})`;
      try {
        for (const problem of await runFence(fence, state)) problems.push(`${where}: ${problem}`);
      } catch (error) {
        problems.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return problems;
}

interface PageState {
  page: string;
  scratch: string;
  cwd: string;
  /** folder of the `plan` command the page's commands run */
  bin: string;
  /** findings of a plan folder before a snippet is added, by folder */
  baselines: Map<string, Map<string, number>>;
}

async function runFence(fence: Fence, state: PageState): Promise<string[]> {
  const { lang, attrs } = fence;
  if (typeof attrs.file === 'string') return writeFile(fence, state);
  if (lang === 'console') return runConsole(fence, state);
  if (lang === 'yaml' && typeof attrs['part-of'] === 'string') return checkPart(fence, state);
  if (lang === 'yaml' && attrs.whole) return checkWhole(fence, state);
  if (lang === 'yaml' && attrs.config) return checkConfig(fence, state);
  if (attrs.ci && (lang === 'yaml' || lang === 'groovy')) return runCi(fence, state);
  if (lang === 'sh' && attrs['ci-run']) return checkCiRun(fence);
  if (lang === 'handlebars' && attrs.template) return renderTemplate(fence, state);
  if (lang === 'text') return [];
  return [`a block must say what it is (see docs/design.md, "Tested documentation"): "${lang} ${Object.keys(attrs).join(' ')}"`];
}

function writeFile(fence: Fence, state: PageState): string[] {
  const target = path.resolve(state.cwd, fence.attrs.file as string);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, fence.body);
  return [];
}

async function runConsole(fence: Fence, state: PageState): Promise<string[]> {
  const problems: string[] = [];
  for (const { command, exitCode, expected } of readConsole(fence.body)) {
    const result = await shell(command, state);
    if (result.code !== exitCode) problems.push(`\`${command}\` exited ${result.code}, the page says ${exitCode}:\n${result.output}`);
    const missing = firstMissingLine(expected, result.output);
    if (missing !== undefined) problems.push(`\`${command}\` did not print "${missing}" (in the order shown); it printed:\n${result.output}`);
  }
  return problems;
}

/** The codes of the findings a snippet adds to a plan folder must be exactly those of `finds=`. */
async function checkPart(fence: Fence, state: PageState): Promise<string[]> {
  const folder = path.resolve(state.cwd, fence.attrs['part-of'] as string);
  let before = state.baselines.get(folder);
  if (!before) state.baselines.set(folder, (before = await findings(folder, state)));
  const copy = path.join(mkdtempSync(path.join(state.scratch, '.snippet-')), path.basename(folder));
  cpSync(folder, copy, { recursive: true });
  writeFileSync(path.join(copy, 'snippet.yaml'), fence.body);
  return compareCodes(fence, added(before, await findings(copy, state)));
}

async function checkWhole(fence: Fence, state: PageState): Promise<string[]> {
  const cycle = /^cycle:\s*"?([^"\s#]+)/m.exec(fence.body)?.[1] ?? 'snippet';
  const folder = path.join(mkdtempSync(path.join(state.scratch, '.snippet-')), cycle);
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'plan.yaml'), fence.body);
  return compareCodes(fence, [...(await findings(folder, state)).keys()].map((key) => key.split('\u0000')[0]));
}

async function checkConfig(fence: Fence, state: PageState): Promise<string[]> {
  const file = path.join(mkdtempSync(path.join(state.scratch, '.config-')), 'plan.config.yaml');
  writeFileSync(file, fence.body);
  const wanted = Number(fence.attrs.exits ?? 0);
  const result = await shell(`plan rules --config '${file}'`, state);
  return result.code === wanted ? [] : [`plan rules --config exited ${result.code}, the page says ${wanted}:\n${result.output}`];
}

const PLAN_COMMAND = /^(?:\.\/bin\/plan|npx(?: --no-install)? plan|plan)(?=\s|$)/;

/** Runs the lines of a CI configuration that call plan (as `plan`), in the page's folder. */
async function runCi(fence: Fence, state: PageState): Promise<string[]> {
  const scripts = fence.lang === 'yaml' ? scriptsOf(parseYaml(fence.body)) : [...fence.body.matchAll(/\bsh\s+(['"])(.*?)\1/g)].map((match) => match[2]);
  const problems: string[] = [];
  for (const line of scripts.flatMap((script) => script.split('\n')).map((line) => line.trim())) {
    if (!PLAN_COMMAND.test(line)) continue;
    const result = await shell(line.replace(PLAN_COMMAND, 'plan'), state);
    if (result.code !== 0) problems.push(`\`${line}\` exited ${result.code}:\n${result.output}`);
  }
  return problems;
}

function checkCiRun(fence: Fence): string[] {
  const ci = readFileSync(path.join(REPO, '.ci/run'), 'utf8');
  const lines = fence.body.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.filter((line) => !ci.includes(line)).map((line) => `.ci/run does not run "${line}"`);
}

async function renderTemplate(fence: Fence, state: PageState): Promise<string[]> {
  const name = typeof fence.attrs.template === 'string' ? fence.attrs.template : 'template.md.hbs';
  const file = path.join(mkdtempSync(path.join(state.scratch, '.template-')), name);
  writeFileSync(file, fence.body);
  const goal = typeof fence.attrs.goal === 'string' ? ` --goal '${fence.attrs.goal}'` : '';
  const result = await shell(`plan report 2020-2023${goal} --template '${file}'`, state);
  return result.code === 0 && result.output.trim() ? [] : [`the template did not render (exit ${result.code}):\n${result.output}`];
}

function compareCodes(fence: Fence, found: string[]): string[] {
  const listed = fence.attrs.finds;
  const wanted = typeof listed === 'string' && listed !== 'none' ? listed.split(',').sort() : [];
  const got = [...new Set(found)].sort();
  return got.join() === wanted.join() ? [] : [`the snippet gives ${got.join(', ') || 'no finding'}; the page says ${wanted.join(', ') || 'none'}`];
}

/** Findings of a plan folder as counts of "code id message". */
async function findings(folder: string, state: PageState): Promise<Map<string, number>> {
  const result = await shell(`plan validate '${folder}' --format json`, state, { separateStderr: true });
  const parsed = JSON.parse(result.output) as { diagnostics: { code: string; id?: string; message: string }[] };
  const counts = new Map<string, number>();
  for (const { code, id, message } of parsed.diagnostics) {
    const key = `${code}\u0000${id ?? ''}\u0000${message.replaceAll(folder, '')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function added(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after].filter(([key, count]) => count > (before.get(key) ?? 0)).map(([key]) => key.split('\u0000')[0]);
}

/** Keys whose values are shell commands: GitHub `run`, GitLab `script`, pre-commit `entry`. */
const SCRIPT_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'entry']);

function scriptsOf(value: unknown, isScript = false): string[] {
  if (typeof value === 'string') return isScript ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => scriptsOf(item, isScript));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => scriptsOf(item, SCRIPT_KEYS.has(key)));
  return [];
}

/** A `plan` command that runs this checkout's build; hidden folders of the scratch are never plan parts. */
function makeShim(scratch: string): string {
  const folder = path.join(scratch, '.bin');
  mkdirSync(folder);
  mkdirSync(path.join(scratch, '.home'));
  writeFileSync(path.join(folder, 'plan'), `#!/bin/sh\nexec node '${path.join(REPO, 'bin/plan')}' "$@"\n`);
  chmodSync(path.join(folder, 'plan'), 0o755);
  return folder;
}

interface ShellResult {
  code: number;
  output: string;
}

/** Runs a command in the page's current folder; `cd` in it carries over to the next command. */
function shell(command: string, state: PageState, options: { separateStderr?: boolean } = {}): Promise<ShellResult> {
  const pwdFile = path.join(state.scratch, '.pwd');
  const redirect = options.separateStderr ? '' : ' 2>&1';
  const script = `trap 'printf %s "$PWD" > "${pwdFile}"' EXIT\n{\n${command}\n}${redirect}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${state.bin}:${process.env.PATH}`, NO_COLOR: '1', COLUMNS: '80', HOME: path.join(state.scratch, '.home') };
  for (const name of ['FORCE_COLOR', 'CI', 'GITHUB_ACTIONS', 'GITHUB_WORKSPACE', 'GITLAB_CI']) delete env[name];
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', script], { cwd: state.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    // with the streams merged by the shell, stderr holds only what the shell itself says
    child.stderr.on('data', (chunk: Buffer) => (options.separateStderr ? undefined : chunks.push(chunk)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        state.cwd = readFileSync(pwdFile, 'utf8') || state.cwd;
      } catch {
        // the command ended before the trap could run: stay where we were
      }
      resolve({ code: code ?? -1, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}
