import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, formatDiagnostics, isFormatName, type FormatOptions } from '../../src/format/index.js';
import { sampleDiagnostics } from './diagnostics.js';

const OPTIONS: FormatOptions = {
  color: true,
  cwd: process.cwd(),
  toolVersion: '0.1.0',
  rules: [{ code: 'dangling-ref', description: 'References resolve', defaultSeverity: 'error' }],
  checkedFiles: ['plans/a.yaml', 'plans/b.yaml'],
};

describe('formatDiagnostics', () => {
  it('knows every format by name', () => {
    expect(FORMAT_NAMES).toEqual(['stylish', 'json', 'github', 'sarif', 'junit', 'gitlab']);
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('html')).toBe(false);
  });

  it.each(FORMAT_NAMES)('%s gives the same bytes for the same findings in any order', (format) => {
    const findings = sampleDiagnostics();
    const once = formatDiagnostics(findings, format, OPTIONS);
    expect(formatDiagnostics([...findings].reverse(), format, OPTIONS)).toBe(once);
    expect(findings).toEqual(sampleDiagnostics());
  });
});
