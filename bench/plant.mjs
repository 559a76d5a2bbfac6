/**
 * Planted problems at known ids, spread over the plan: near-duplicates (a copy of another item's text with one
 * or two words changed), exact duplicates (the same text but for case and punctuation), orphans (a result whose
 * objective does not exist; an objective linked to no goal, which also orphans its results). Returns the
 * findings `plan validate` must report, as {code, id, other?}; `other` is the item the finding pairs it with.
 */
import { createRandom, seedFor } from './random.mjs';
import { allObjectives } from './generate.mjs';
import { SWAP_WORDS } from './vocabulary.mjs';

/** `text` with `count` of its longer words replaced by other vocabulary words (never by a word it holds). */
export function swapWords(r, text, count) {
  const words = text.split(' ');
  const present = new Set(words.map((word) => word.toLowerCase().replace(/[^a-z-]/g, '')));
  const positions = words.map((word, index) => (/^[A-Za-z]{5,},?$/.test(word) ? index : -1)).filter((index) => index >= 0);
  for (const position of r.sample(positions, count)) {
    let replacement;
    do replacement = r.pick(SWAP_WORDS);
    while (present.has(replacement) || replacement.includes('-'));
    present.add(replacement);
    const trailing = words[position].endsWith(',') ? ',' : '';
    words[position] = position === 0 ? replacement[0].toUpperCase() + replacement.slice(1) + trailing : replacement + trailing;
  }
  return words.join(' ');
}

/** Picks items at random, never one picked before (so that plants do not overwrite each other). */
function picker(r, used) {
  return (list) => {
    for (;;) {
      const item = r.pick(list);
      if (!used.has(item.id)) {
        used.add(item.id);
        return item;
      }
    }
  };
}

export function plantProblems(plan, sizeName, count, seed) {
  const r = createRandom(seedFor(seed, `plant-${sizeName}`));
  const objectives = allObjectives(plan);
  const outcomes = objectives.flatMap((objective) => objective.outcomes);
  const outputs = objectives.flatMap((objective) => objective.outputs);
  const used = new Set();
  const pick = picker(r, used);
  const expected = [];
  // Near-duplicates are planted first; objectives that lose their goals are chosen among the rest.
  for (let n = 0; n < count; n++) {
    const [source, copy] = [pick(objectives), pick(objectives)];
    copy.title = source.title;
    copy.statement = swapWords(r, source.statement, 2);
    expected.push({ code: 'similar-objectives', id: copy.id, other: source.id });
    for (const [kind, code, swaps] of [
      [outcomes, 'similar-outcomes', 1],
      [outputs, 'similar-outputs', 1],
      [outputs, 'duplicate-output', 0],
    ]) {
      const [from, to] = [pick(kind), pick(kind)];
      to.text = swaps > 0 ? swapWords(r, from.text, swaps) : `${from.text.toLowerCase()}.`;
      expected.push({ code, id: to.id, other: from.id });
    }
  }
  for (let n = 0; n < count; n++) {
    const unlinked = pick(objectives.filter((objective) => !used.has(objective.id)));
    unlinked.goals = { primary: [], secondary: [] };
    expected.push({ code: 'no-primary-goal', id: unlinked.id });
    for (const outcome of unlinked.outcomes) expected.push({ code: 'orphan-outcome', id: outcome.id });
    for (const output of unlinked.outputs) expected.push({ code: 'orphan-output', id: output.id });
    // A result whose objective does not exist: the next free number of a Sector, so its id still follows the pattern.
    const sector = plan.sectors[n % plan.sectors.length];
    const missing = `${sector.code}.${sector.objectives.length + 1 + Math.floor(n / plan.sectors.length)}`;
    const outcome = { id: `${missing}-a`, objective: missing, text: swapWords(r, r.pick(outcomes).text, 3) };
    const output = { id: `${missing}-1`, objective: missing, text: swapWords(r, r.pick(outputs).text, 3) };
    sector.strayOutcomes.push(outcome);
    sector.strayOutputs.push(output);
    // one finding per mistake: the missing objective is the dangling reference's, not an orphan's as well
    expected.push({ code: 'dangling-ref', id: outcome.id }, { code: 'dangling-ref', id: output.id });
  }
  return expected;
}
