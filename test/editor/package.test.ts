/**
 * The newcomer's path in a repository of their own: install the package from the tarball `npm pack`
 * makes, `npx plan init`, `npx plan validate`, and open the written files in the YAML language server.
 * Runs offline: the scratch project is installed with `npm ci --offline` from a lockfile made of this
 * project's own (production) lock entries, whose tarballs `npm ci` left in npm's cache.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { positionOf, YamlLanguageServer } from './lsp-client.js';

const own = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
const work = mkdtempSync(path.join(tmpdir(), 'plan-package-'));
const repository = path.join(work, 'repository');
const server = new YamlLanguageServer();

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The scratch project's package.json and lockfile: the tarball, plus this project's production entries. */
function writeProject(tarball: string): void {
  const dependency = `file:${path.relative(repository, tarball)}`;
  const packages: Record<string, unknown> = {
    '': { name: 'scratch', version: '1.0.0', dependencies: { [own.name]: dependency } },
    [`node_modules/${own.name}`]: { version: own.version, resolved: dependency, license: own.license, dependencies: own.dependencies, bin: own.bin, engines: own.engines },
  };
  for (const [key, entry] of Object.entries(lock.packages as Record<string, { dev?: boolean; link?: boolean }>)) {
    if (key !== '' && !entry.dev && !entry.link) packages[key] = entry;
  }
  writeFileSync(path.join(repository, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true, dependencies: { [own.name]: dependency } }, null, 2));
  writeFileSync(path.join(repository, 'package-lock.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2));
}

beforeAll(async () => {
  // the build is fresh: `npm test` builds before it runs the tests
  const pack = run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], ROOT);
  expect(pack.status, pack.stderr).toBe(0);
  const tarball = path.join(work, pack.stdout.trim().split('\n').at(-1)!);
  mkdirSync(repository, { recursive: true });
  writeProject(tarball);
  const install = run('npm', ['ci', '--offline'], repository);
  expect(install.status, install.stderr).toBe(0);
  await server.start(repository);
}, 180_000);

afterAll(async () => {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('a repository that installed the packed package', () => {
  it('npx plan init plans/2030-2033, then npx plan validate: exit 0, no finding', () => {
    const init = run('npx', ['--offline', 'plan', 'init', 'plans/2030-2033'], repository);
    expect(init.status, init.stderr).toBe(0);
    const validate = run('npx', ['--offline', 'plan', 'validate'], repository);
    expect([validate.status, validate.stdout]).toEqual([0, '✔ 1 plan checked, no problems\n']);
    const framework = readFileSync(path.join(repository, 'plans/2030-2033/plan.yaml'), 'utf8');
    expect(framework.split('\n')[0]).toBe('# yaml-language-server: $schema=../../node_modules/plan-toolkit/schemas/plan.schema.json');
    expect(readFileSync(path.join(repository, 'plan.config.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/plan-toolkit/schemas/config.schema.json');
  });

  it('the YAML language server loads the installed schema from the modeline: no diagnostic, descriptions on hover', async () => {
    const framework = path.join(repository, 'plans/2030-2033/plan.yaml');
    const objectives = path.join(repository, 'plans/2030-2033/objectives.yaml');
    expect(await server.open(framework)).toEqual([]);
    expect(await server.open(objectives)).toEqual([]);
    const hover = async (file: string, key: string) => {
      const at = positionOf(readFileSync(file, 'utf8'), `\n    ${key}:`);
      return server.hover(file, at.line + 1, 5);
    };
    expect(await hover(objectives, 'sector')).toContain('The organisational unit');
    expect(await hover(objectives, 'goals')).toContain('The goals an objective serves');
    expect(await hover(framework, 'measure')).toContain('The figure in a target');
    expect(await hover(framework, 'measure')).toContain('node_modules/plan-toolkit/schemas/plan.schema.json');
  });
});
