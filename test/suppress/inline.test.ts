import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPlan, checkPlanInParallel, loadPlan } from '../../src/index.js';
import { applyIgnoreDirectives, readIgnoreDirectives } from '../../src/suppress/inline.js';
import type { Diagnostic } from '../../src/types/diagnostic.js';
import { ROOT } from '../cli/run-cli.js';

const FIXTURES = 'test/fixtures/suppress/inline';

/** Code, line, id and suppression of each finding of a fixture plan (paths relative to the fixture folder). */
function findings(name: string) {
  const loaded = loadPlan(path.join(FIXTURES, name), { cwd: ROOT });
  return checkPlan(loaded).diagnostics.map(({ code, severity, line, id, suppression, args }) => ({
    code,
    severity,
    line,
    id,
    suppressed: suppression && { kind: suppression.kind, justification: suppression.justification, line: suppression.line },
    args: code.endsWith('-ignore') ? args : undefined,
  }));
}

const PAIR = { code: 'similar-objectives', severity: 'warning', id: 'T.4', args: undefined };

describe('# plan-ignore comments', () => {
  it('without one, the plan has its pair of near-duplicate objectives', () => {
    expect(findings('none')).toEqual([{ ...PAIR, line: 26, suppressed: undefined }]);
  });

  it('above an item, with a reason: suppresses exactly the finding of its code in that item', () => {
    expect(findings('with-reason')).toEqual([
      { ...PAIR, line: 27, suppressed: { kind: 'inSource', justification: 'parallel by design (R.3 and T.4 serve different Sectors)', line: 24 } },
    ]);
  });

  it('at the end of the line the finding is reported at: suppresses it', () => {
    expect(findings('trailing')).toEqual([{ ...PAIR, line: 26, suppressed: { kind: 'inSource', justification: 'parallel by design', line: 26 } }]);
  });

  it('without a reason: suppresses nothing and is an error', () => {
    expect(findings('no-reason')).toEqual([
      { code: 'invalid-ignore', severity: 'error', line: 24, id: undefined, suppressed: undefined, args: { problem: 'no-reason' } },
      { ...PAIR, line: 27, suppressed: undefined },
    ]);
  });

  it('on an item the finding is not reported at: suppresses nothing and is a warning', () => {
    expect(findings('unused')).toEqual([
      { code: 'unused-ignore', severity: 'warning', line: 18, id: undefined, suppressed: undefined, args: { code: 'similar-objectives' } },
      { ...PAIR, line: 27, suppressed: undefined },
    ]);
  });

  it('naming a code that is no check: an error for that code, a warning for a real code that matched nothing', () => {
    expect(findings('unknown-code')).toEqual([
      { code: 'invalid-ignore', severity: 'error', line: 24, id: undefined, suppressed: undefined, args: { problem: 'unknown-code', code: 'similar-objective' } },
      { code: 'unused-ignore', severity: 'warning', line: 24, id: undefined, suppressed: undefined, args: { code: 'duplicate-objective' } },
      { ...PAIR, line: 27, suppressed: undefined },
    ]);
  });

  it('is read from comments only: the same words in a quoted or block text are plan text', () => {
    expect(findings('in-text')).toEqual([{ ...PAIR, line: 26, suppressed: undefined }]);
  });

  it('covers the node it stands above: that line and every line below it indented further', () => {
    const loaded = loadPlan(path.join(FIXTURES, 'with-reason'), { cwd: ROOT });
    expect(loaded.parsedFiles.flatMap(readIgnoreDirectives)).toEqual([
      {
        file: `${FIXTURES}/with-reason/plan.yaml`,
        line: 24,
        column: 3,
        codes: ['similar-objectives'],
        reason: 'parallel by design (R.3 and T.4 serve different Sectors)',
        covers: { from: 25, to: 30 },
      },
    ]);
  });

  it('suppresses only the codes it names, on the lines it covers', () => {
    const at = (code: string, line: number): Diagnostic => ({ code, severity: 'warning', message: code, file: 'a.yaml', line, column: 1 });
    const directive = { file: 'a.yaml', line: 4, column: 1, codes: ['id-format'], reason: 'kept as printed', covers: { from: 5, to: 7 } };
    const { diagnostics, findings: about } = applyIgnoreDirectives([directive], [at('id-format', 6), at('dangling-ref', 6), at('id-format', 8), { ...at('id-format', 6), file: 'b.yaml' }], () => true);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.file, diagnostic.line, diagnostic.suppression?.kind])).toEqual([
      ['id-format', 'a.yaml', 6, 'inSource'],
      ['dangling-ref', 'a.yaml', 6, undefined],
      ['id-format', 'a.yaml', 8, undefined],
      ['id-format', 'b.yaml', 6, undefined],
    ]);
    expect(about).toEqual([]);
  });

  it('finds no directive in a file that does not mention plan-ignore, comments or not', () => {
    expect(readIgnoreDirectives({ file: 'a.yaml', text: 'goals: # a comment\n  - id: "1"\n', findings: [] })).toEqual([]);
  });

  it('applies on the two-thread path as on one thread', async () => {
    const loaded = loadPlan(path.join(FIXTURES, 'with-reason'), { cwd: ROOT });
    const parallel = await checkPlanInParallel(loaded, { parallelFrom: 1, workerFile: pathToFileURL(path.join(ROOT, 'dist/text/pairs-worker.js')) });
    expect(parallel.inWorker).toEqual(['similar-objectives']);
    expect(parallel.diagnostics).toEqual(checkPlan(loaded).diagnostics);
    expect(parallel.diagnostics[0].suppression?.kind).toBe('inSource');
  });
});

