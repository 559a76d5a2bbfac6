// Writes the check codes into schemas/config.schema.json (`rules` accepts these names only, and editors
// complete them with their descriptions), so that the schema cannot fall behind the checks. Runs after tsc
// and before the validators are compiled; the file is rewritten only when its rule list changed, and is
// committed like any source (test/load/schemas.test.ts fails when it is out of date).
import { readFileSync, writeFileSync } from 'node:fs';
import { CHECKS } from '../dist/checks/index.js';

const file = new URL('../schemas/config.schema.json', import.meta.url);
const before = readFileSync(file, 'utf8');
const schema = JSON.parse(before);
schema.properties.rules.propertyNames = {
  description: 'A check code, as `plan rules` lists them.',
  errorMessage: 'not a check code: `plan rules` lists them',
  enum: CHECKS.map((check) => check.code),
  enumDescriptions: CHECKS.map((check) => `${check.description} (default: ${check.defaultSeverity})`),
};
const after = `${JSON.stringify(schema, null, 2)}\n`;
if (after !== before) writeFileSync(file, after);
