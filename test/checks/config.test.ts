import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIMILARITY_THRESHOLD, loadConfig, UsageError } from '../../src/index.js';
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
    expect(error.message).toContain('dangling-refs');
  });

  it('a severity that does not exist is a usage error naming the file and line', () => {
    const error = thrown(() => loadConfig(undefined, path.join(CONFIG_DIR, 'bad-severity')));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toMatch(/^plan\.config\.yaml:3:\d+: /);
  });

  it('a config file given by name must exist', () => {
    expect(() => loadConfig('no-such.config.yaml', CONFIG_DIR)).toThrow(UsageError);
  });
});
