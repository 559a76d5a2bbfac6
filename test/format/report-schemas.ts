import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ROOT } from '../cli/run-cli.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv | Ajv2020) => void;

/**
 * The official SARIF 2.1.0 JSON schema, as Microsoft's SARIF SDK ships it in an npm package (a dev
 * dependency; the package's `exports` do not expose the file, hence the path).
 */
const SARIF_SCHEMA = path.join(ROOT, 'node_modules', '@microsoft', 'sarif-multitool-ts', 'assets', 'sarif-2.1.0.schema.json');

let sarifValidator: ReturnType<Ajv2020['compile']> | undefined;

/** The schema's errors for a SARIF log (an empty list when it is valid). */
export function sarifErrors(log: unknown): ErrorObject[] {
  if (!sarifValidator) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    sarifValidator = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')));
  }
  return sarifValidator(log) ? [] : (sarifValidator.errors ?? []);
}

/**
 * GitLab's Code Quality report format. GitLab publishes no schema package; its own repository validates
 * each entry against app/validators/json_schemas/codeclimate.json (read in gitlabhq/gitlabhq through
 * lib/gitlab/ci/reports/codequality_reports.rb, which drops the rest of a report at the first invalid
 * entry): an object requiring `description`, `fingerprint`, `severity` (strings) and `location` (an
 * object whose `path` is a string and `lines.begin` an integer). The format's documentation
 * (doc/ci/testing/code_quality.md, "Code Quality report format") asks for more, and so does this schema:
 * the file is one JSON array; `check_name`, `location.path` and `location.lines.begin` are required too;
 * `severity` is one of info, minor, major, critical, blocker. Written here from those two sources.
 */
const GITLAB_CODE_QUALITY = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string' },
      check_name: { type: 'string' },
      fingerprint: { type: 'string' },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string' },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer' } } },
        },
      },
    },
  },
};

let gitlabValidator: ReturnType<Ajv['compile']> | undefined;

export function gitlabErrors(report: unknown): ErrorObject[] {
  gitlabValidator ??= new Ajv({ allErrors: true }).compile(GITLAB_CODE_QUALITY);
  return gitlabValidator(report) ? [] : (gitlabValidator.errors ?? []);
}
