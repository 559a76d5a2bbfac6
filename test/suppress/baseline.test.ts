import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/index.js';
import { applyBaseline, formatBaseline, parseBaseline, pruneEntries, recordFindings } from '../../src/suppress/baseline.js';
import type { Diagnostic } from '../../src/types/diagnostic.js';

const SCOPE = { checkedCycles: new Set(['2020-2023']), baselineDir: '/repo', cwd: '/repo' };

function finding(code: string, line: number, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { code, severity: 'warning', message: code, file: 'plans/2020-2023/itu-t.yaml', line, column: 1, cycle: '2020-2023', ...extra };
}

const danglingTwice = [
  finding('dangling-ref', 10, { id: 'T.1', severity: 'error', args: { ref: '9' } }),
  finding('dangling-ref', 11, { id: 'T.1', severity: 'error', args: { ref: '9' } }),
];

describe('the baseline', () => {
  it('counts findings that share a key, and suppresses only as many as it recorded', () => {
    const entries = recordFindings(danglingTwice, [], SCOPE);
    expect(entries).toEqual([{ cycle: '2020-2023', code: 'dangling-ref', id: 'T.1', other: '9', count: 2 }]);
    const baseline = parseBaseline(formatBaseline(entries), 'plan-baseline.json');
    const third = finding('dangling-ref', 12, { id: 'T.1', severity: 'error', args: { ref: '9' } });
    const { diagnostics, stale } = applyBaseline([...danglingTwice, third], baseline, SCOPE);
    expect(diagnostics.map((d) => d.suppression?.kind)).toEqual(['external', 'external', undefined]);
    expect(stale).toEqual([]);
  });

  it('reports the missing part of a count as stale, and pruning keeps what still occurs', () => {
    const baseline = parseBaseline(formatBaseline(recordFindings(danglingTwice, [], SCOPE)), 'plan-baseline.json');
    const { stale } = applyBaseline([danglingTwice[0]], baseline, SCOPE);
    expect(stale).toMatchObject([{ code: 'stale-baseline', file: 'plan-baseline.json', line: 4, args: { code: 'dangling-ref', recorded: 2, missing: 1 } }]);
    expect(pruneEntries([danglingTwice[0]], baseline.entries, SCOPE)).toEqual([{ ...baseline.entries[0], count: 1 }]);
  });

  it('records a group of copies by all of its items, so that one more copy is a new finding', () => {
    const group = (others: string[]) => finding('duplicate-output', 30, { id: 'T.2-3', args: { other: others[0], others } });
    const pairEntries = recordFindings([group(['T.4-3'])], [], SCOPE);
    // a group of two is recorded as the pair it is
    expect(pairEntries).toEqual([{ cycle: '2020-2023', code: 'duplicate-output', id: 'T.2-3', other: 'T.4-3', count: 1 }]);
    const entries = recordFindings([group(['T.4-3', 'R.1-2'])], [], SCOPE);
    expect(entries).toEqual([{ cycle: '2020-2023', code: 'duplicate-output', id: 'R.1-2', other: 'T.2-3, T.4-3', count: 1 }]);
    const baseline = parseBaseline(formatBaseline(entries), 'b.json');
    expect(applyBaseline([group(['R.1-2', 'T.4-3'])], baseline, SCOPE).diagnostics[0].suppression?.kind).toBe('external');
    const grown = applyBaseline([group(['R.1-2', 'T.4-3', 'I.1-1'])], baseline, SCOPE);
    expect(grown.diagnostics[0].suppression).toBeUndefined();
    expect(grown.stale).toHaveLength(1);
  });

  it('matches a pair whichever of its two items the finding is reported at', () => {
    const pair = finding('similar-objectives', 28, { id: 'T.4', args: { other: 'R.3' } });
    const entries = recordFindings([pair], [], SCOPE);
    expect(entries).toEqual([{ cycle: '2020-2023', code: 'similar-objectives', id: 'R.3', other: 'T.4', count: 1 }]);
    const swapped = finding('similar-objectives', 21, { id: 'R.3', args: { other: 'T.4' } });
    const baseline = parseBaseline(formatBaseline(entries), 'b.json');
    expect(applyBaseline([swapped], baseline, SCOPE).diagnostics[0].suppression).toEqual({ kind: 'external', file: 'b.json', line: 4 });
  });

  it('records a finding on no item by its file, relative to the baseline, and never an info or a stale entry', () => {
    const entries = recordFindings(
      [finding('yaml-syntax', 6, { severity: 'error' }), finding('partial-plan', 1, { severity: 'info' }), finding('stale-baseline', 3)],
      [],
      { ...SCOPE, baselineDir: '/repo/ci' },
    );
    expect(entries).toEqual([{ cycle: '2020-2023', code: 'yaml-syntax', file: '../plans/2020-2023/itu-t.yaml', count: 1 }]);
  });

  it('keeps the entries of cycles not checked when recording', () => {
    const other = { cycle: '2016-2019', code: 'id-format', id: 'R.1.d', count: 1 };
    expect(recordFindings([], [other], SCOPE)).toEqual([other]);
  });

  it('reads back what it writes, and refuses anything else with file and line', () => {
    const entries = recordFindings(danglingTwice, [], SCOPE);
    expect(parseBaseline(formatBaseline(entries), 'b.json').entries).toEqual(entries);
    expect(formatBaseline([])).toBe('{\n  "version": 1,\n  "findings": []\n}\n');
    expect(() => parseBaseline('{"findings": []}', 'b.json')).toThrow(UsageError);
    expect(() => parseBaseline('not json', 'b.json')).toThrow(/^b\.json: not a baseline file \(invalid JSON/);
    expect(() => parseBaseline('{\n  "version": 1,\n  "findings": [\n    {"cycle": "x", "code": "y", "count": 1, "line": 3}\n  ]\n}', 'b.json')).toThrow(
      'b.json:4: baseline entry 1 has an unknown field "line"',
    );
  });
});
