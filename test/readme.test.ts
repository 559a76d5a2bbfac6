import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../src/index.js';

const readme = readFileSync('README.md', 'utf8');

describe('the README', () => {
  it('documents every check with its default severity', () => {
    for (const check of CHECKS) expect(readme, check.code).toContain(`| \`${check.code}\` | ${check.defaultSeverity} |`);
  });

  it('documents every command and the three exit codes', () => {
    for (const command of ['validate', 'list', 'export', 'rules', 'report', 'diff']) expect(readme, command).toMatch(new RegExp(`### \`plan ${command}`));
    for (const code of ['0', '1', '2']) expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
  });

  it('gives the two quick-start commands', () => {
    expect(readme).toContain('npm ci && ./bin/plan validate\nnpm test\n');
  });
});
