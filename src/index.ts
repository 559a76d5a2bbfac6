/**
 * The library API: everything the CLI does, callable without a process. The CLI's commands import the
 * narrower modules directly, so that `plan validate` loads no diff or report code.
 */
export * from './core.js';
export { diffPlans, hasDifferences, DEFAULT_DIFF_THRESHOLD, type DiffOptions, type PlanDiff } from './diff/index.js';
export { loadPlanFromGit, isGitSpec } from './load/from-git.js';
export { renderReport } from './render/index.js';
export { buildReportModel } from './render/model.js';
