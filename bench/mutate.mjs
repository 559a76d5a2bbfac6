/**
 * The next cycle of a synthetic plan, as `plan diff` meets it in practice: some texts reworded, some
 * objectives dropped (the Sector's later objectives renumbered, their results and enabler links with them),
 * new objectives, results added and removed (the objective's results renumbered), target figures moved.
 * Deterministic, from its own seed stream.
 */
import { createRandom, seedFor } from './random.mjs';
import { swapWords } from './plant.mjs';
import { text } from './vocabulary.mjs';

const RATES = { dropObjective: 0.02, addObjective: 0.02, dropResult: 0.03, addResult: 0.03, reword: 0.05, moveTarget: 0.1 };
const letters = (index) => String.fromCharCode(97 + index);

function mutateResults(r, results, make) {
  const kept = results.filter(() => !r.chance(RATES.dropResult));
  for (const result of kept) if (r.chance(RATES.reword)) result.text = swapWords(r, result.text, r.int(1, 2));
  for (let n = 0; n < results.length; n++) if (r.chance(RATES.addResult)) kept.push({ text: make(r) });
  if (kept.length === 0) kept.push({ text: make(r) });
  return kept;
}

/** Gives an objective (and its results) the id `id`, renumbering the results in order. */
function renumber(objective, id) {
  objective.id = id;
  objective.outcomes = objective.outcomes.slice(0, 26).map((outcome, index) => ({ id: `${id}-${letters(index)}`, objective: id, text: outcome.text }));
  objective.outputs = objective.outputs.map((output, index) => ({ id: `${id}-${index + 1}`, objective: id, text: output.text }));
}

function mutateSector(r, sector, goals, sectorIndex) {
  const newIds = new Map();
  // At least one objective dropped in every other Sector, so that even size S has renumbered ids.
  const dropCount = Math.max(sectorIndex % 2 === 0 ? 1 : 0, Math.round(sector.objectives.length * RATES.dropObjective));
  const dropped = new Set(r.sample(sector.objectives, dropCount));
  const kept = sector.objectives.filter((objective) => !dropped.has(objective));
  const added = Math.max(1, Math.round(sector.objectives.length * RATES.addObjective));
  for (let n = 0; n < added; n++) {
    kept.push({ sector: sector.name, title: text.objectiveTitle(r), statement: text.objectiveStatement(r), goals: { primary: [r.pick(goals).id], secondary: [] }, outcomes: [], outputs: [] });
  }
  kept.forEach((objective, index) => {
    const id = `${sector.code}.${index + 1}`;
    if (objective.id) newIds.set(objective.id, id);
    if (r.chance(RATES.reword)) objective.statement = swapWords(r, objective.statement, 2);
    objective.outcomes = mutateResults(r, objective.outcomes, text.outcome);
    objective.outputs = mutateResults(r, objective.outputs, text.output);
    renumber(objective, id);
  });
  const enablers = sector.enablers
    .map((enabler) => ({ ...enabler, supports: enabler.supports.map((id) => newIds.get(id)).filter(Boolean) }))
    .filter((enabler) => enabler.supports.length > 0);
  return { ...sector, objectives: kept, enablers, strayOutcomes: [], strayOutputs: [] };
}

/** A deep copy of `plan` changed into its next cycle `cycle`. */
export function mutatePlan(plan, sizeName, seed, cycle) {
  const r = createRandom(seedFor(seed, `mutate-${sizeName}`));
  const next = structuredClone(plan);
  const year = Number(cycle.slice(-4));
  Object.assign(next, { cycle, title: `Synthetic strategic plan ${cycle} (size ${sizeName})`, previous: plan.cycle, period: { start: year - 3, end: year } });
  for (const goal of next.goals) if (r.chance(RATES.reword)) goal.statement = swapWords(r, goal.statement, 1);
  for (const target of next.targets) {
    target.text = target.text.replace(String(plan.period.end), String(year));
    if (target.measure) {
      target.measure.by = year;
      if (r.chance(RATES.moveTarget)) target.measure.value = Math.min(100, target.measure.value + 5);
      target.text = target.text.replace(/\d+%/, `${target.measure.value}%`);
    }
  }
  next.sectors = next.sectors.map((sector, index) => mutateSector(r, sector, next.goals, index));
  return next;
}
