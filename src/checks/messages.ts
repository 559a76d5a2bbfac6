import type { Finding } from '../types/finding.js';

type Args = Record<string, any>;
type Wording = (args: Args, id: string | undefined) => string | { message: string; hint?: string };

const KIND_NOUN: Record<string, string> = {
  units: 'unit',
  goals: 'goal',
  targets: 'target',
  objectives: 'objective',
  outcomes: 'outcome',
  outputs: 'output',
  enablers: 'enabler',
  risks: 'risk',
  cycle: 'cycle',
};

const noun = (kind: string): string => KIND_NOUN[kind] ?? kind;

const grouped = (count: unknown): string => Number(count).toLocaleString('en-US');

/** `yaml-syntax` findings that are not syntax: an unsupported tag, and the limits of docs/design.md. */
const YAML_LIMITS: Record<string, Wording> = {
  TAG_RESOLVE_FAILED: (args) => ({ message: `unsupported tag: ${args.detail}`, hint: 'tags such as !include are not supported; write the value in place' }),
  NESTING_LIMIT: (args) => ({ message: `YAML nests deeper than ${args.limit} levels here; not parsed`, hint: 'a plan nests a few levels: flatten the structure' }),
  ALIAS_EXPANSION: (args) => ({
    message: `YAML aliases copy ${grouped(args.copied)} ${args.measure} by here, over this file's limit of ${grouped(args.limit)}; not parsed`,
    hint: 'aliases may at most double a file: write the repeated values out, or refer to them by id',
  }),
};

/** The one place where findings become sentences; tests assert on codes and ids, not on these words. */
const WORDING: Record<string, Wording> = {
  'unreadable-file': (args) => `cannot read: ${args.reason}`,
  'unsafe-link': (args) => ({ message: `link to ${args.target} leads outside the plan folder; not followed`, hint: 'copy the file into the plan folder, or remove the link' }),
  'file-too-large': (args) => ({ message: `file is ${args.size} bytes, over the ${args.limit}-byte limit; not parsed`, hint: 'split the part into several files' }),
  'binary-file': () => ({ message: 'file holds NUL bytes: not a text file', hint: 'plan parts are UTF-8 YAML text' }),
  encoding: () => ({ message: 'file is not valid UTF-8', hint: 'save the file as UTF-8' }),
  'empty-file': () => ({ message: 'file holds no YAML content', hint: 'add content or delete the file' }),
  'empty-plan': () => 'no *.yaml or *.yml file in this plan folder',
  'yaml-syntax': (args) => YAML_LIMITS[args.yamlCode as string]?.(args, undefined) ?? `YAML syntax: ${args.detail}`,
  'duplicate-key': (args) => ({
    message: `key \`${args.key}\` is set twice in this mapping (first on line ${args.firstLine}); the value set here is used`,
    hint: 'remove or rename one of the two',
  }),
  schema: (args) => {
    const where = args.path ? `${args.path}: ` : '';
    const params = args.params ?? {};
    const meant = (quote: string) => (args.suggestion === undefined ? '' : ` (did you mean ${quote}${args.suggestion}${quote}?)`);
    let text: string;
    if (args.keyword === 'additionalProperties') return { message: `unknown property \`${params.additionalProperty}\`${meant('`')}`, hint: args.hint };
    if (args.keyword === 'required') text = `missing required property \`${params.missingProperty}\``;
    else if (args.keyword === 'enum') {
      const allowed = (params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ');
      text = typeof args.value === 'string' ? `"${args.value}" is not one of ${allowed}${meant('"')}` : `must be one of ${allowed}`;
    } else if (args.keyword === 'oneOf') text = `must be ${args.detail === 'must match exactly one schema in oneOf' ? 'a list of ids or "all"' : args.detail}${meant('"')}`;
    else if (args.keyword === 'pattern') text = `${String(args.detail)}${meant('"')}`;
    else if (args.keyword === 'anyOf') text = 'an observation needs a value (with its unit), a status, or both';
    else if (args.keyword === 'type' && !args.path) text = 'the file must hold a mapping of plan fields (cycle, title, goals, ...)';
    else text = String(args.detail);
    return { message: `${where}${text}`, hint: args.hint };
  },
  'duplicate-field': (args) => ({ message: `"${args.field}" is already set in ${args.otherFile}:${args.otherLine}`, hint: 'a top-level scalar may be set in one file of a cycle only' }),
  'missing-field': (args) => ({ message: `no file of the plan sets "${args.field}"`, hint: `add "${args.field}:" to the plan's main file` }),
  'cycle-mismatch': (args) => ({ message: `cycle "${args.declared}" does not match its folder "${args.folder}"`, hint: 'rename the folder or correct the cycle' }),
  'duplicate-id': (args, id) => `${noun(args.kind)} id "${id}" is already used at ${args.firstFile}:${args.firstLine}`,
  'dangling-ref': (args, id) => {
    let message = `${id ? `"${id}" ` : ''}${args.field} refers to ${noun(args.kind)} "${args.ref}", which does not exist`;
    if (args.kind === 'cycle') message = `previous cycle "${args.ref}" does not exist in the plans folder`;
    else if (args.observationYear !== undefined) message = `observation of ${args.observationYear} refers to target "${args.ref}", which does not exist`;
    return `${message}${meantList(args)}`;
  },
  'previous-own-cycle': (args) => ({ message: `previous names the plan's own cycle "${args.cycle}"`, hint: 'name the cycle this plan follows, or remove previous' }),
  'unknown-unit': (args, id) => ({
    message: `${noun(args.kind)} "${id}" names unit "${args.unit}", which the plan does not declare${args.suggestion === undefined ? '' : ` (did you mean "${args.suggestion}"?)`}`,
    hint: `declared units: ${(args.declared as string[]).join(', ')}`,
  }),
  'no-primary-goal': (_args, id) => ({ message: `objective "${id}" has no primary goal`, hint: 'add the goal it mainly serves under goals.primary' }),
  'conflicting-link': (args, id) => `objective "${id}" lists goal "${args.goal}" as both primary and secondary`,
  'goal-without-primary-objective': (args, id) => `no objective serves goal "${id}"${named(args)} primarily`,
  'goal-without-targets': (args, id) => `goal "${id}"${named(args)} has no target`,
  'orphan-outcome': (args, id) => orphan('outcome', id, args),
  'orphan-output': (args, id) => orphan('output', id, args),
  'duplicate-objective': (args, id) => `objective "${id}" has the same title and statement as ${copies(args)}${args.sameSector ? '' : ' (another Sector)'}`,
  'duplicate-outcome': (args, id) => `outcome "${id}" has the same text as ${copies(args)}`,
  'duplicate-output': (args, id) => `output "${id}" has the same text as ${copies(args)}`,
  'similar-objectives': (args, id) => `objective "${id}" is similar to "${args.other}" (similarity ${args.score.toFixed(2)})`,
  'similar-outcomes': (args, id) => `outcome "${id}" is similar to "${args.other}" (similarity ${args.score.toFixed(2)})`,
  'similar-outputs': (args, id) => `output "${id}" is similar to "${args.other}" (similarity ${args.score.toFixed(2)})`,
  'id-format': (args, id) =>
    args.parent !== undefined
      ? `${noun(args.kind)} id "${id}" does not start with its parent "${args.parent}" as its siblings' ids do`
      : `${noun(args.kind)} id "${id}" is written unlike its siblings (shape ${args.shape}; most are ${args.expected}, e.g. "${args.example}")`,
  'unknown-source': (args, id) => ({
    message: `${args.observationYear !== undefined ? `observation of target "${id}" (${args.observationYear})` : `"${id}"`} names source "${args.source}", which is not in the plan's sources`,
    hint: 'add it to sources or correct the id',
  }),
  'measure-before-period': (args, id) => `target "${id}" has a deadline (${args.by}) before the plan's period starts (${args.start})`,
  'observation-unit-mismatch': (args, id) => ({
    message: `observation of target "${id}" (${args.year}) is in "${args.unit}", but the target's figure is in "${args.expected}"`,
    hint: 'record the value in the unit of the figure, or leave it out and say why in notes',
  }),
  'observation-out-of-range': (args, id) => {
    if (args.side === 'after-deadline') return `observation of target "${id}" is for ${args.year}, more than ${args.bound - args.deadline} years after its deadline (${args.deadline})`;
    const bound = args.side === 'before-baseline' ? `its baseline year (${args.bound})` : `${args.bound}, the year before the plan starts`;
    return `observation of target "${id}" is for ${args.year}, before ${bound}`;
  },
  'conflicting-observations': (args, id) => ({
    message: `source "${args.source}" gives target "${id}" two different observations for ${args.year} (the other at ${args.otherFile === undefined ? 'line ' : `${args.otherFile}:`}${args.otherLine})`,
    hint: 'keep the one the source gives; a later edition that revises a year is a source of its own',
  }),
  'target-without-observations': (args, id) => `target "${id}" has a figure, ${args.figure}, but no observation`,
  'partial-plan': (args) => `plan is partial: ${args.gaps} gap${args.gaps === 1 ? '' : 's'} recorded`,
  'invalid-ignore': (args) => ({ message: `plan-ignore comment ${IGNORE_PROBLEMS[args.problem] ?? 'is malformed'}${args.code ? `: "${args.code}"` : ''}; it suppresses nothing`, hint: 'write # plan-ignore <code> -- <reason>' }),
  'unused-ignore': (args) => ({ message: `plan-ignore comment for "${args.code}" suppresses nothing`, hint: 'remove it, or move it to the line or item the finding is reported at' }),
  'stale-baseline': (args) => ({
    message: `baseline records ${args.recorded === 1 ? '' : `${args.missing} of ${args.recorded} × `}${args.code}${args.id ? ` for "${args.id}"` : ''}${args.other ? ` / "${args.other}"` : ''}${args.file ? ` in ${args.file}` : ''} (${args.cycle}), which no longer occurs`,
    hint: 'run plan validate --prune-baseline to remove it',
  }),
};

const IGNORE_PROBLEMS: Record<string, string> = {
  'no-code': 'names no check',
  'unknown-code': 'names a code that is no check',
  'no-reason': 'gives no reason after "--"',
};

/** A goal's name in brackets, when it has one (a goal missing its name is a schema finding). */
function named(args: Args): string {
  return typeof args.name === 'string' ? ` (${args.name})` : '';
}

/** " (did you mean "R.1-7"?)", or " (goals are "1", "2")" when no id is close, or nothing. */
function meantList(args: Args): string {
  const quoted = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ');
  if (args.suggestions?.length) return ` (did you mean ${quoted(args.suggestions)}?)`;
  if (args.known?.length) return ` (${args.kind === 'cycle' ? 'cycles' : `${noun(args.kind)}s`}: ${quoted(args.known)})`;
  return '';
}

/** The copies a duplicate finding names: "B", or "B", "C" and 1,998 more (`others`; `other` in findings made before groups). */
function copies(args: Args): string {
  const others: string[] = args.others ?? [args.other];
  const shown = others.slice(0, 3).map((id) => `"${id}"`);
  if (others.length <= 3) return shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
  return `${shown.join(', ')} and ${(others.length - 3).toLocaleString('en-US')} more`;
}

function orphan(kind: string, id: string | undefined, args: Args): string {
  return args.reason === 'unknown-objective'
    ? `${kind} "${id}" belongs to objective "${args.objective}", which does not exist, so it reaches no goal`
    : `${kind} "${id}" reaches no goal: its objective "${args.objective}" is linked to no goal`;
}

export function describe(finding: Finding): { message: string; hint?: string } {
  const wording = WORDING[finding.code];
  if (!wording) return { message: finding.code };
  const result = wording(finding.args, finding.id);
  return typeof result === 'string' ? { message: result } : result;
}
