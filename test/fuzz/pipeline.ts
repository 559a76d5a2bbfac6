/**
 * What the fuzzer runs on each damaged plan, in process: `validate` (load, check, every output format),
 * `report` (Markdown, HTML, JSON; whole plan and first goal) and `diff` (from the undamaged plan, in every
 * format). It returns the broken promises it sees; an exception escapes to the caller, which counts it.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatDiffJson } from '../../src/diff/format-json.js';
import { formatDiffText } from '../../src/diff/format-text.js';
import { buildDiffView } from '../../src/diff/view-model.js';
import { FORMAT_NAMES, formatDiagnostics } from '../../src/format/index.js';
import { buildReportModel, checkPlan, CHECKS, diffPlans, loadPlan, renderReport, type Diagnostic } from '../../src/index.js';
import { bundledTemplate, createRenderer, type TemplateRenderer } from '../../src/render/index.js';
import type { Plan } from '../../src/types/plan.js';
import { parseXml } from '../format/xml-check.js';

/**
 * Each run (validate, report and diff of one damaged plan) must take at most this much CPU time, and at
 * most WALL_TIME_LIMIT_MS on the clock: CPU time does not grow when CI runs other tests beside the fuzzer,
 * the clock catches a run that waits (on a pipe, a lock) instead of working.
 */
export const RUN_TIME_LIMIT_MS = 2000;
const WALL_TIME_LIMIT_MS = 10_000;

export interface PipelineInput {
  /** the damaged plan folder */
  dir: string;
  /** where paths in diagnostics are relative to */
  cwd: string;
  /** the undamaged plan, to diff against */
  original: Plan;
  knownCycles: string[];
}

export async function runPipeline({ dir, cwd, original, knownCycles }: PipelineInput): Promise<string[]> {
  const [started, cpu] = [performance.now(), process.cpuUsage()];
  const loaded = loadPlan(dir, { cwd });
  const { graph, diagnostics } = checkPlan(loaded, { knownCycles });
  const problems = diagnostics.flatMap((diagnostic) => diagnosticProblems(diagnostic, cwd));
  problems.push(...formatProblems(diagnostics, loaded.files, cwd));

  const model = buildReportModel(graph, diagnostics);
  const html = await renderReport(model, { format: 'html' });
  if (/<script/i.test(html)) problems.push('the HTML report holds a <script');
  await renderReport(model, { format: 'md' });
  JSON.parse(await renderReport(model, { format: 'json' }));
  // The goal report and the diff documents go through renderers made once: making one compiles every
  // partial, which would otherwise take most of the fuzzer's time.
  const { md, html: htmlRenderer } = await renderers();
  const firstGoal = graph.goals[0]?.item.id;
  if (firstGoal !== undefined) {
    const goalModel = buildReportModel(graph, diagnostics, { goal: firstGoal });
    for (const renderer of [md, htmlRenderer]) renderer.render(bundledTemplate('goal', renderer.format), goalModel);
  }

  const diff = diffPlans(original, loaded.plan);
  const view = buildDiffView(diff);
  JSON.parse(formatDiffJson(diff));
  formatDiffText(view, { color: true, width: 100 });
  md.render(bundledTemplate('diff', 'md'), view);
  if (/<script/i.test(htmlRenderer.render(bundledTemplate('diff', 'html'), view))) problems.push('the HTML diff holds a <script');
  const outOfRange = diff.changes.filter((change) => !(change.score >= 0 && change.score <= 1));
  if (outOfRange.length > 0) problems.push(`diff scores outside 0..1: ${JSON.stringify(outOfRange[0])}`);
  const { user, system } = process.cpuUsage(cpu);
  const [cpuMs, wallMs] = [(user + system) / 1000, performance.now() - started];
  if (cpuMs > RUN_TIME_LIMIT_MS) problems.push(`took ${Math.round(cpuMs)} ms of CPU time (limit ${RUN_TIME_LIMIT_MS} ms)`);
  if (wallMs > WALL_TIME_LIMIT_MS) problems.push(`took ${Math.round(wallMs)} ms (limit ${WALL_TIME_LIMIT_MS} ms)`);
  return problems;
}

/** Every validate format: JSON and SARIF parse, JUnit is well-formed XML, a GitHub command stays on its line. */
function formatProblems(diagnostics: Diagnostic[], checkedFiles: string[], cwd: string): string[] {
  const rules = CHECKS.map((check) => ({ code: check.code, description: check.description, defaultSeverity: check.defaultSeverity }));
  const problems: string[] = [];
  for (const format of FORMAT_NAMES) {
    const text = formatDiagnostics(diagnostics, format, { color: true, cwd, rules, checkedFiles, toolVersion: '0.0.0' });
    if (format === 'json' || format === 'sarif') JSON.parse(text);
    if (format === 'junit') parseXml(text);
    if (format === 'github' && text.split('\n').some((line) => line !== '' && !line.startsWith('::'))) problems.push('a GitHub annotation spans lines');
  }
  return problems;
}

let cached: Promise<{ md: TemplateRenderer; html: TemplateRenderer }> | undefined;
function renderers() {
  cached ??= Promise.all([createRenderer('md'), createRenderer('html')]).then(([md, html]) => ({ md, html }));
  return cached;
}

/** A diagnostic must name a file and a 1-based line and column within it, with a message. */
function diagnosticProblems(diagnostic: Diagnostic, cwd: string): string[] {
  const shown = `${diagnostic.code} ${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
  if (typeof diagnostic.file !== 'string' || diagnostic.file === '') return [`no file: ${shown}`];
  if (!(Number.isInteger(diagnostic.line) && diagnostic.line >= 1)) return [`no line: ${shown}`];
  if (!(Number.isInteger(diagnostic.column) && diagnostic.column >= 1)) return [`no column: ${shown}`];
  if (typeof diagnostic.message !== 'string' || diagnostic.message === '') return [`no message: ${shown}`];
  const file = path.resolve(cwd, diagnostic.file);
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return [];
  const lineCount = readFileSync(file).toString('latin1').split('\n').length;
  return diagnostic.line > lineCount ? [`line past the end of the file (${lineCount} lines): ${shown}`] : [];
}
