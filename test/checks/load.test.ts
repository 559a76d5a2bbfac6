import { describe, expect, it } from 'vitest';
import { check, expected, found, type Expected } from './helpers.js';

/** Findings of the loader, each from a fixture folder; every diagnostic the folder gives is listed. */
const cases: [string, Expected[]][] = [
  ['yaml-syntax/syntax-error', [{ code: 'yaml-syntax', severity: 'error', file: 'itu-d.yaml', at: 'title: Enabling environment: policy' }]],
  ['yaml-syntax/unknown-tag', [{ code: 'yaml-syntax', severity: 'error', file: 'itu-d.yaml', at: '!include' }]],
  [
    // the broken part is dropped; the good parts are merged and checked as usual
    'yaml-syntax/beside-good-files',
    [
      { code: 'yaml-syntax', severity: 'error', file: 'itu-d.yaml', at: 'title: Enabling environment: policy' },
      { code: 'dangling-ref', id: 'R.1-2', severity: 'error', file: 'itu-r.yaml', at: 'objective: "R.9"' },
      { code: 'goal-without-targets', id: '2', severity: 'warning', file: 'plan.yaml', at: 'id: "2"' },
    ],
  ],
  ['duplicate-key/same-mapping', [{ code: 'duplicate-key', severity: 'error', file: 'itu-d.yaml', at: 'title: "Policy and regulation"' }]],
  ['empty-file/comments-only', [{ code: 'empty-file', severity: 'error', file: 'itu-d.yaml', at: 1 }]],
  ['duplicate-field/title-twice', [{ code: 'duplicate-field', severity: 'error', file: 'radio.yaml', at: 'title: "ITU-R part' }]],
  ['missing-field/no-period', [{ code: 'missing-field', severity: 'error', file: 'plan.yaml', at: 1 }]],
  ['cycle-mismatch/wrong-folder', [{ code: 'cycle-mismatch', severity: 'error', file: 'plan.yaml', at: 'cycle: 2030-2033' }]],
  ['empty-plan/no-yaml-files', [{ code: 'empty-plan', severity: 'error', file: '', at: 1 }]],
];

describe('load findings', () => {
  it.each(cases)('%s', (folder, rows) => {
    expect(found(check(folder))).toEqual(expected(folder, rows));
  });

  it('yaml-syntax: an alias bomb ("billion laughs") gives a finding, fast', () => {
    const folder = 'yaml-syntax/alias-bomb';
    const started = performance.now();
    const diagnostics = check(folder);
    expect(performance.now() - started).toBeLessThan(2000);
    // the finding is at the alias whose copy takes the copies past the limit (10,000 nodes for a small file)
    expect(found(diagnostics)).toEqual(expected(folder, [{ code: 'yaml-syntax', severity: 'error', file: 'laughs.yaml', at: 'targets: &n4' }]));
  });
});

describe('schema', () => {
  const schemaCases: [string, string, Expected[]][] = [
    ['unknown-property', 'additionalProperties', [{ code: 'schema', id: 'R.1-2', severity: 'error', file: 'plan.yaml', at: 'note: "Published in 2031"' }]],
    ['missing-required', 'required', [{ code: 'schema', id: 'R.1-2', severity: 'error', file: 'plan.yaml', at: 'id: "R.1-2"' }]],
    ['wrong-enum', 'enum', [{ code: 'schema', id: 'RK.1', severity: 'error', file: 'plan.yaml', at: 'strategy: acceptence' }]],
    [
      'id-as-number',
      'type',
      [
        { code: 'schema', id: '2', severity: 'error', file: 'plan.yaml', at: 'id: 2' },
        { code: 'schema', id: '1.2', severity: 'error', file: 'plan.yaml', at: 'id: 1.2' },
      ],
    ],
  ];

  it.each(schemaCases)('schema/%s', (name, keyword, rows) => {
    const folder = `schema/${name}`;
    const diagnostics = check(folder);
    expect(found(diagnostics)).toEqual(expected(folder, rows));
    for (const diagnostic of diagnostics) expect(diagnostic.args?.keyword).toBe(keyword);
  });

  it('schema/id-as-number: an unquoted id gets a hint to quote it', () => {
    const hints = check('schema/id-as-number').map((diagnostic) => diagnostic.hint);
    expect(hints).toEqual([expect.stringContaining('"2"'), expect.stringContaining('"1.2"')]);
  });

  it('schema/gap-concerns: a gap names the items it concerns by compared list, with quoted ids', () => {
    const folder = 'schema/gap-concerns';
    const schema = check(folder).filter((diagnostic) => diagnostic.code === 'schema');
    expect(found(schema)).toEqual(
      expected(folder, [
        { code: 'schema', severity: 'error', file: 'plan.yaml', at: 'risks: ["1"]' },
        { code: 'schema', severity: 'error', file: 'plan.yaml', at: '4.2] }' },
      ]),
    );
    expect(schema[1].hint).toContain('"4.2"');
  });

  it('schema/wrong-status: a wrong value of a required field is a schema finding, not also missing-field', () => {
    const folder = 'schema/wrong-status';
    expect(found(check(folder))).toEqual(expected(folder, [{ code: 'schema', severity: 'error', file: 'plan.yaml', at: 'status: final' }]));
  });
});
