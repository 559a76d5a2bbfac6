import type { Diagnostic } from '../types/diagnostic.js';
import { isFailure, sortDiagnostics } from './diagnostic-list.js';
import type { FormatOptions } from './options.js';
import { toRepositoryPath } from './paths.js';
import { escapeXmlAttribute as attribute, escapeXmlText as text } from './xml.js';

const SUITE_NAME = 'plan';

/** The readable body of a failure or of system-out: where, what, and the id and hint when known. */
function describe(diagnostic: Diagnostic, file: string): string {
  const where = `${file}:${diagnostic.line}:${diagnostic.column}`;
  const lines = [`${where} ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}${suppressedNote(diagnostic)}`];
  if (diagnostic.id !== undefined) lines.push(`id: ${diagnostic.id}`);
  if (diagnostic.hint !== undefined) lines.push(`hint: ${diagnostic.hint}`);
  return lines.join('\n');
}

function suppressedNote(diagnostic: Diagnostic): string {
  const suppression = diagnostic.suppression;
  if (!suppression) return '';
  return suppression.kind === 'inSource' ? ` (suppressed: ${suppression.justification ?? ''})` : ` (suppressed by the baseline ${suppression.file})`;
}

function formatTestcase(file: string, findings: Diagnostic[], failOn: FormatOptions['failOn']): string {
  const opening = `    <testcase classname="${attribute(file)}" name="${attribute(file)}"`;
  const infos = findings.filter((finding) => !isFailure(finding, failOn));
  const children = findings.filter((finding) => isFailure(finding, failOn)).map((finding) => {
    const attributes = `message="${attribute(finding.message)}" type="${attribute(finding.code)}"`;
    return `      <failure ${attributes}>${text(describe(finding, file))}</failure>`;
  });
  if (infos.length > 0) {
    const output = infos.map((finding) => describe(finding, file)).join('\n');
    children.push(`      <system-out>${text(output)}</system-out>`);
  }
  if (children.length === 0) return `${opening}/>`;
  return [`${opening}>`, ...children, '    </testcase>'].join('\n');
}

/**
 * JUnit XML for CI test reports: one testcase per file. A finding at or above the run's fail level
 * (`failOn`) is a failure; any other finding, suppressed ones included, is listed in the testcase's
 * system-out, so a passing run never shows a failure (Jenkins would mark it unstable).
 * One suite only: a checked file without findings carries no cycle to group it by.
 */
export function formatJunit(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const findingsByFile = new Map<string, Diagnostic[]>();
  for (const file of options.checkedFiles ?? []) {
    findingsByFile.set(toRepositoryPath(file, options.cwd), []);
  }
  for (const diagnostic of sortDiagnostics(diagnostics)) {
    const file = toRepositoryPath(diagnostic.file, options.cwd);
    findingsByFile.set(file, [...(findingsByFile.get(file) ?? []), diagnostic]);
  }
  const files = [...findingsByFile.keys()].sort(); // default sort: code-unit order, locale-free
  const testcases = files.map((file) => formatTestcase(file, findingsByFile.get(file) ?? [], options.failOn));
  const failures = files.filter((file) => findingsByFile.get(file)?.some((finding) => isFailure(finding, options.failOn))).length;
  const counts = `tests="${files.length}" failures="${failures}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="plan validate" ${counts}>`,
    `  <testsuite name="${SUITE_NAME}" ${counts}>`,
    ...testcases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
