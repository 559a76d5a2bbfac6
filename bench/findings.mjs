/**
 * Compares the findings of `plan validate --format json` with the planted problems: every planted one must be
 * reported (a pair in either order: a near-duplicate is reported at the later item, a group of copies at
 * its first). Findings
 * nobody planted are counted: near-duplicates the random text made by chance are expected; anything else
 * (a schema finding, an id-format finding, ...) means the generator wrote something it should not have.
 */
import { readFileSync } from 'node:fs';

const CHANCE_CODES = new Set(['similar-objectives', 'similar-outcomes', 'similar-outputs', 'duplicate-objective', 'duplicate-outcome', 'duplicate-output']);

/** The items a finding names: its own id and its partners (`others` of a group of copies, `other` of a pair). */
const members = (finding) => [finding.id, ...(finding.args?.others ?? (finding.args?.other === undefined ? [] : [finding.args.other]))];

/** A planted pair is found when one finding names both its items (the check names the pair in either order). */
const isMatch = (finding, expected) =>
  finding.code === expected.code &&
  (expected.other === undefined ? finding.id === expected.id : members(finding).includes(expected.id) && members(finding).includes(expected.other));

/** {found, expected, missed: [{code, id, other}], chance, unexpected: [{code, id}]} or {error} when unreadable. */
export function checkFindings(outputFile, expected) {
  let diagnostics;
  try {
    diagnostics = JSON.parse(readFileSync(outputFile, 'utf8')).diagnostics;
    if (!Array.isArray(diagnostics)) throw new Error('no "diagnostics" list');
  } catch (error) {
    return { found: 0, expected: expected.length, missed: expected, chance: 0, unexpected: [], error: `cannot read the JSON output: ${error.message}` };
  }
  const byCode = new Map();
  for (const finding of diagnostics) byCode.set(finding.code, [...(byCode.get(finding.code) ?? []), finding]);
  const matched = new Set();
  const missed = [];
  for (const planted of expected) {
    const finding = (byCode.get(planted.code) ?? []).find((candidate) => isMatch(candidate, planted));
    if (finding) matched.add(finding);
    else missed.push(planted);
  }
  const unplanted = diagnostics.filter((finding) => !matched.has(finding));
  return {
    found: expected.length - missed.length,
    expected: expected.length,
    missed,
    chance: unplanted.filter((finding) => CHANCE_CODES.has(finding.code)).length,
    unexpected: unplanted.filter((finding) => !CHANCE_CODES.has(finding.code)).map((finding) => ({ code: finding.code, id: finding.id, message: finding.message })),
  };
}
