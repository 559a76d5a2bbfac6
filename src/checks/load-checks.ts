import type { Check } from './check.js';

/** Findings the loader reports while reading files; listed here so they can be configured and documented. */
export const loadChecks: Check[] = [
  { code: 'unreadable-file', defaultSeverity: 'error', description: 'A file or folder of the plan cannot be read (permissions, broken link).', fix: 'Fix the permissions or remove the broken link.' },
  { code: 'unsafe-link', defaultSeverity: 'error', description: 'A symbolic link in the plan folder leads outside it; it is not followed.', fix: 'Copy the file into the plan folder, or remove the link.' },
  { code: 'file-too-large', defaultSeverity: 'error', description: 'A file is larger than 20 MiB and is not parsed.', fix: 'Split the part into several files.' },
  { code: 'binary-file', defaultSeverity: 'error', description: 'A file holds NUL bytes: it is not text.', fix: 'Remove the file or replace it with the YAML text.' },
  { code: 'encoding', defaultSeverity: 'error', description: 'A file is not valid UTF-8.', fix: 'Save the file as UTF-8.' },
  { code: 'empty-file', defaultSeverity: 'error', description: 'A file holds no YAML document (only blanks or comments).', fix: 'Add content or delete the file.' },
  { code: 'empty-plan', defaultSeverity: 'error', description: 'A plan folder holds no *.yaml or *.yml file.', fix: 'Add the plan files, or point at the right folder.' },
  { code: 'yaml-syntax', defaultSeverity: 'error', description: 'The YAML cannot be parsed: a syntax error, an unknown tag such as !include, too many aliases or aliases that copy too much, or nesting past 100 levels.', fix: 'Correct the YAML at the line shown; tags are not supported.' },
  { code: 'duplicate-key', defaultSeverity: 'error', description: 'A mapping sets the same key twice; the value set last is read.', fix: 'Remove or rename one of the keys.' },
  { code: 'schema', defaultSeverity: 'error', description: 'A value breaks the plan schema: a missing or unknown property, a wrong type or value.', fix: 'Follow the message; the schema is schemas/plan.schema.json.' },
  { code: 'duplicate-field', defaultSeverity: 'error', description: 'A top-level scalar (title, period, ...) is set in more than one file of the cycle.', fix: 'Keep it in one file only.' },
  { code: 'missing-field', defaultSeverity: 'error', description: 'No file of the cycle sets a required top-level field (cycle, title, status, period).', fix: 'Add the field to the cycle\'s main file.' },
  { code: 'cycle-mismatch', defaultSeverity: 'error', description: '`cycle` differs from the name of the folder holding the plan.', fix: 'Rename the folder or correct `cycle`.' },
];
