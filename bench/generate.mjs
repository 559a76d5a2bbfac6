/**
 * Synthetic plans in the shape of the 2020-2023 plan (goals with targets and measures, objectives per Sector
 * with primary and secondary goals, outcomes X.n-a and outputs X.n-1 per objective, enablers, risks), every
 * count scaled by the size's factor. Deterministic: the same seed gives the same plan.
 */
import { createRandom, seedFor } from './random.mjs';
import { GOAL_NAMES, MITIGATION_STRATEGIES, SDG_TARGETS, text } from './vocabulary.mjs';

/** Counts of the real 2020-2023 plan (size S); larger sizes multiply them. */
const REFERENCE = { goals: 5, targets: 24, objectives: 18, outcomes: 64, outputs: 70, risks: 6 };

export const SIZES = {
  S: { factor: 1, plants: 2 },
  M: { factor: 10, plants: 3 },
  L: { factor: 100, plants: 4 },
  // The XL: about 10,000 objectives and 100,000 outcomes and outputs together.
  XL: { factor: 10000 / 18, plants: 6, objectives: 10000, outcomes: 48000, outputs: 52000 },
};

/** Sectors with their share of the reference plan's objectives and enablers (R 3, T 5, D 4, I 6; GS enablers). */
const SECTORS = [
  { code: 'R', name: 'ITU-R', file: 'itu-r', objectives: 3, enablers: 2 },
  { code: 'T', name: 'ITU-T', file: 'itu-t', objectives: 5, enablers: 7 },
  { code: 'D', name: 'ITU-D', file: 'itu-d', objectives: 4, enablers: 10 },
  { code: 'I', name: 'Inter-sectoral', file: 'inter-sectoral', objectives: 6, enablers: 0 },
];
const GENERAL_ENABLERS = 12;

export function countsFor(sizeName) {
  const size = SIZES[sizeName];
  const scaled = (name) => size[name] ?? Math.round(REFERENCE[name] * size.factor);
  // A larger plan rolls up more Sector and regional work under the organisation's few goals: goals do not scale.
  return { goals: size.goals ?? REFERENCE.goals, targets: scaled('targets'), objectives: scaled('objectives'), outcomes: scaled('outcomes'), outputs: scaled('outputs'), risks: scaled('risks') };
}

/** Splits `total` items over `slots` slots: one each, the rest at random, at most `cap` per slot. */
function spread(r, total, slots, cap) {
  const counts = new Array(slots).fill(1);
  for (let left = total - slots; left > 0; ) {
    const slot = r.int(0, slots - 1);
    if (counts[slot] < cap) (counts[slot] += 1), (left -= 1);
  }
  return counts;
}

const letters = (index) => String.fromCharCode(97 + index);

function makeGoals(r, count) {
  return Array.from({ length: count }, (_, index) => ({
    id: String(index + 1),
    name: count <= GOAL_NAMES.length ? GOAL_NAMES[index] : `${GOAL_NAMES[index % GOAL_NAMES.length]} ${Math.floor(index / GOAL_NAMES.length) + 1}`,
    statement: text.goalStatement(r),
    description: text.goalDescription(r),
    sdg_targets: r.sample(SDG_TARGETS, r.int(3, 8)),
  }));
}

function makeTargets(r, count, goals, year) {
  const perGoal = new Map();
  return Array.from({ length: count }, (_, index) => {
    const goal = goals[index % goals.length].id;
    const number = (perGoal.get(goal) ?? 0) + 1;
    perGoal.set(goal, number);
    const scope = text.targetScope(r);
    if (r.chance(0.25)) return { id: `${goal}.${number}`, goal, text: `By ${year}, all ${scope}` };
    const value = r.int(3, 19) * 5;
    const baseline = r.chance(0.3) ? { year: year - r.int(5, 8) } : undefined;
    return { id: `${goal}.${number}`, goal, text: `By ${year}, ${value}% of ${scope}`, measure: { value, unit: '%', by: year, baseline, scope } };
  });
}

function makeObjectives(r, sector, count, goals, startIndex) {
  return Array.from({ length: count }, (_, index) => {
    const first = goals[(startIndex + index) % goals.length].id;
    const primary = [first, ...r.sample(goals, r.int(0, 2)).map((goal) => goal.id)].filter((id, at, all) => all.indexOf(id) === at);
    const secondary = r.sample(goals, r.int(0, 3)).map((goal) => goal.id).filter((id) => !primary.includes(id));
    return { id: `${sector.code}.${index + 1}`, sector: sector.name, title: text.objectiveTitle(r), statement: text.objectiveStatement(r), goals: { primary, secondary }, outcomes: [], outputs: [] };
  });
}

function addResults(r, objectives, totalOutcomes, totalOutputs) {
  const outcomeCounts = spread(r, totalOutcomes, objectives.length, 26);
  const outputCounts = spread(r, totalOutputs, objectives.length, 40);
  objectives.forEach((objective, index) => {
    for (let n = 0; n < outcomeCounts[index]; n++) objective.outcomes.push({ id: `${objective.id}-${letters(n)}`, objective: objective.id, text: text.outcome(r) });
    for (let n = 0; n < outputCounts[index]; n++) objective.outputs.push({ id: `${objective.id}-${n + 1}`, objective: objective.id, text: text.output(r) });
  });
}

function makeEnabler(r, id, sector, supports) {
  return { id, sector, supports, activities: [text.enablerActivity(r)], contributions: [text.enablerResult(r)], results: Array.from({ length: r.int(1, 3) }, () => text.enablerResult(r)) };
}

export function generatePlan(sizeName, seed, cycle = '2028-2031') {
  const r = createRandom(seedFor(seed, `plan-${sizeName}`));
  const counts = countsFor(sizeName);
  const factor = SIZES[sizeName].factor;
  const year = Number(cycle.slice(-4));
  const goals = makeGoals(r, counts.goals);
  const sectors = [];
  let objectiveIndex = 0;
  for (const sector of SECTORS) {
    const share = sector.objectives / REFERENCE.objectives;
    const objectives = makeObjectives(r, sector, Math.round(counts.objectives * share), goals, objectiveIndex);
    objectiveIndex += objectives.length;
    addResults(r, objectives, Math.round(counts.outcomes * share), Math.round(counts.outputs * share));
    const enablers = Array.from({ length: Math.round(sector.enablers * factor) }, (_, index) =>
      makeEnabler(r, `E.${sector.code}.${index + 1}`, sector.name, r.sample(objectives, r.int(1, 3)).map((objective) => objective.id)),
    );
    sectors.push({ ...sector, objectives, enablers, strayOutcomes: [], strayOutputs: [] });
  }
  return {
    cycle,
    title: `Synthetic strategic plan ${cycle} (size ${sizeName})`,
    status: 'adopted',
    period: { start: year - 3, end: year },
    source: 'Generated by bench/generate.mjs',
    completeness: 'complete',
    vision: 'An information society, empowered by the interconnected world, where connectivity enables sustainable growth for everyone',
    mission: 'To promote affordable and universal access to broadband networks, services and applications for sustainable development',
    values: GOAL_NAMES.slice(0, 5).map((name) => ({ name, text: text.goalDescription(r) })),
    goals,
    targets: makeTargets(r, counts.targets, goals, year),
    risks: Array.from({ length: counts.risks }, (_, index) => ({
      id: String(index + 1),
      title: text.riskTitle(r),
      risks: [text.risk(r), text.risk(r)],
      mitigations: [{ strategy: r.pick(MITIGATION_STRATEGIES), text: text.mitigation(r) }],
    })),
    sectors,
    generalEnablers: Array.from({ length: Math.round(GENERAL_ENABLERS * factor) }, (_, index) => makeEnabler(r, `E.GS.${index + 1}`, 'General Secretariat', 'all')),
  };
}

/** Every objective of the plan, in file order. */
export const allObjectives = (plan) => plan.sectors.flatMap((sector) => sector.objectives);
