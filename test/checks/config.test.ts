import { copyFileSync, cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configForCycle, configForPlan, DEFAULT_SIMILARITY_THRESHOLD, loadConfig, UsageError } from '../../src/index.js';
import { check, expected, found, FIXTURES, ROOT } from './helpers.js';

const CONFIG_DIR = path.join(ROOT, FIXTURES, 'config');
const PLAN = 'config/configured';

/** The error `run` throws (failing the test when it throws none). */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('plan.config.yaml', () => {
  it('without it, the plan gives its default findings', () => {
    expect(found(check(PLAN))).toEqual(
      expected(PLAN, [
        { code: 'goal-without-targets', id: '2', severity: 'warning', file: 'plan.yaml', at: 'id: "2"' },
        { code: 'id-format', id: 'R.1.d', severity: 'warning', file: 'plan.yaml', at: 'id: "R.1.d"' },
      ]),
    );
  });

  it('raises a severity, turns a rule off and lowers the similarity threshold', () => {
    const config = loadConfig('plan.config.yaml', CONFIG_DIR);
    expect(config).toEqual({
      rules: { 'goal-without-targets': 'error', 'id-format': 'off' },
      similarityThreshold: 0.5,
      file: 'plan.config.yaml',
    });
    expect(found(check(PLAN, { config }))).toEqual(
      expected(PLAN, [
        { code: 'goal-without-targets', id: '2', severity: 'error', file: 'plan.yaml', at: 'id: "2"' },
        // "Recommendations on radio / telecommunication equipment": about 0.67, under the default 0.75
        { code: 'similar-outputs', id: 'R.1-2', severity: 'warning', file: 'plan.yaml', at: 'telecommunication equipment' },
      ]),
    );
  });

  it('is optional: without a file in the folder, the defaults apply', () => {
    expect(loadConfig(undefined, path.join(ROOT, FIXTURES, PLAN))).toEqual({ rules: {}, similarityThreshold: DEFAULT_SIMILARITY_THRESHOLD });
  });

  it('an unknown rule name is a usage error naming the file and the line of the rule', () => {
    const error = thrown(() => loadConfig(undefined, path.join(CONFIG_DIR, 'unknown-rule')));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toMatch(/^plan\.config\.yaml:4:\d+: /);
    expect(error.message).toContain('unknown rule "dangling-refs" (did you mean "dangling-ref"?');
  });

  it('a severity that does not exist is a usage error naming the file and line', () => {
    const error = thrown(() => loadConfig(undefined, path.join(CONFIG_DIR, 'bad-severity')));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toMatch(/^plan\.config\.yaml:3:\d+: /);
  });

  it('a config file given by name must exist', () => {
    expect(() => loadConfig('no-such.config.yaml', CONFIG_DIR)).toThrow(UsageError);
  });

  it('applies overrides to the cycles they name, in order, patterns included', () => {
    const config = loadConfig('plan.config.yaml', path.join(CONFIG_DIR, 'overrides'));
    expect(configForCycle(config, 'configured')).toMatchObject({ rules: { 'goal-without-targets': 'off', 'id-format': 'info' }, similarityThreshold: 0.5 });
    expect(configForCycle(config, 'other')).toMatchObject({ rules: { 'goal-without-targets': 'error' }, similarityThreshold: DEFAULT_SIMILARITY_THRESHOLD });
    expect(found(check(PLAN, { config }))).toEqual(
      expected(PLAN, [
        { code: 'id-format', id: 'R.1.d', severity: 'info', file: 'plan.yaml', at: 'id: "R.1.d"' },
        { code: 'similar-outputs', id: 'R.1-2', severity: 'warning', file: 'plan.yaml', at: 'telecommunication equipment' },
      ]),
    );
  });

  it('rejects an unknown rule in an override with its file and line', () => {
    const error = thrown(() => loadConfig(undefined, path.join(CONFIG_DIR, 'unknown-override')));
    expect(error.message).toBe('plan.config.yaml:4:7: unknown rule "goal-without-target" (did you mean "goal-without-targets"? see `plan rules` for the list)');
  });

  it('is found from the plan folder upwards, the nearest first, and never above the repository root', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-config-discovery-'));
    const repository = path.join(dir, 'repository');
    const planDir = path.join(repository, 'plans', 'configured');
    mkdirSync(path.join(repository, '.git'), { recursive: true });
    cpSync(path.join(ROOT, FIXTURES, PLAN), planDir, { recursive: true });
    const place = (fixture: string, folder: string) => copyFileSync(path.join(CONFIG_DIR, 'discovery', fixture), path.join(folder, 'plan.config.yaml'));
    const elsewhere = path.join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    const severities = (explicit?: string, cwd = elsewhere) => {
      const config = configForPlan(explicit, planDir, cwd);
      return found(check(planDir, { config, root: dir })).map((d) => `${d.code} ${d.severity}`);
    };
    place('outside.config.yaml', dir);
    expect(severities()).toEqual(['goal-without-targets warning', 'id-format warning']);
    // found nowhere from the plan upwards: ./plan.config.yaml of the working directory, as before discovery
    expect(severities(undefined, dir)).toEqual(['goal-without-targets error', 'id-format warning']);
    place('repository.config.yaml', repository);
    expect(severities()).toEqual(['goal-without-targets warning']);
    place('plan-folder.config.yaml', planDir);
    expect(severities()).toEqual(['goal-without-targets info', 'id-format warning']);
    expect(severities('../plan.config.yaml')).toEqual(['goal-without-targets error', 'id-format warning']);
    expect(configForPlan(undefined, planDir, elsewhere).file).toBe('../repository/plans/configured/plan.config.yaml');
  });
});

