/**
 * Random plans for the property tests. fast-check chooses the shape (how many goals, targets, objectives,
 * which goals each objective serves, how many outcomes and outputs); a seeded generator fills in the texts.
 *
 * A `valid` plan passes every check: ids follow one pattern per kind and start with their parent's id,
 * every goal has a target and a primary objective, and no two texts of a plan share a word, so no two
 * items are near-duplicates (texts may still share stop words and punctuation, which the similarity
 * ignores). A `crowded` plan draws its words from a dozen, so texts and ids collide: it feeds the diff.
 */
import fc from 'fast-check';
import type { Plan } from '../../src/types/plan.js';
import { Random } from '../fuzz/random.js';

const SECTORS = [
  ['ITU-R', 'R'],
  ['ITU-T', 'T'],
  ['ITU-D', 'D'],
  ['Inter-Sectoral', 'I'],
] as const;

/** Words no stemming rule can merge: consonant-vowel syllables ending in a, i, o or u. */
const SYLLABLES = [...'bdfgklmnprtvz'].flatMap((consonant) => [...'aiou'].map((vowel) => consonant + vowel));
const CONNECTORS = [' ', ' of the ', ' and ', ' for ', ' with ', ', ', ' / '];
/** Text around the words that is not a word itself (or only a short, shared one): YAML and Markdown hazards. */
const DECORATIONS = [': ', ' #', '- ', "'", '"', '\\', '\n', '  ', '\t', '&', '*', '!', '|', '>', '{', '}', '[', ']', '%', '@', '`', '—', '…', '“”', '🚀', '<b>', '</td>', '\u0007', '\u001b[31m', '\u2028', 'ä'];

export type PlanKind = 'valid' | 'crowded';

interface ObjectiveShape {
  sector: number;
  primary: boolean[];
  secondary: boolean[];
  outcomes: number;
  outputs: number;
}

export interface PlanShape {
  goals: number;
  targets: number[];
  objectives: ObjectiveShape[];
  risks: number;
  enablers: number;
  sources: number;
  seed: number;
}

const objectiveShape = fc.record({
  sector: fc.integer({ min: 0, max: 3 }),
  primary: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  secondary: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  outcomes: fc.integer({ min: 0, max: 3 }),
  outputs: fc.integer({ min: 0, max: 3 }),
});

export const planShape: fc.Arbitrary<PlanShape> = fc.record({
  goals: fc.integer({ min: 1, max: 4 }),
  targets: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 4, maxLength: 4 }),
  objectives: fc.array(objectiveShape, { minLength: 1, maxLength: 6 }),
  risks: fc.integer({ min: 0, max: 2 }),
  enablers: fc.integer({ min: 0, max: 2 }),
  sources: fc.integer({ min: 0, max: 2 }),
  seed: fc.noBias(fc.integer()),
});

/** Hands out words: each once (valid plans) or again and again from a few (crowded plans). */
class Words {
  private readonly pool: string[];
  private next = 0;

  constructor(
    private readonly random: Random,
    private readonly kind: PlanKind,
  ) {
    const all = SYLLABLES.flatMap((first) => SYLLABLES.map((second) => first + second));
    this.pool = random.shuffle(all).slice(0, kind === 'valid' ? 600 : 12);
  }

  word(): string {
    if (this.kind === 'crowded') return this.random.pick(this.pool);
    if (this.next >= this.pool.length) throw new Error('the plan generator ran out of words');
    return this.pool[this.next++];
  }

  /** A text of `count` words (at least 3 unless asked otherwise), joined by stop words, perhaps decorated. */
  text(count = this.random.int(3, 5)): string {
    const words = Array.from({ length: count }, () => this.word());
    let text = words.map((word, index) => (index === 0 ? word : this.random.pick(CONNECTORS) + word)).join('');
    if (this.random.chance(0.25)) text = this.random.pick(DECORATIONS) + text;
    if (this.random.chance(0.25)) text += this.random.pick(DECORATIONS);
    return this.random.chance(0.3) ? text[0].toUpperCase() + text.slice(1) : text;
  }
}

/** Builds a plan of the given shape; the same shape and kind always give the same plan. */
export function buildPlan(shape: PlanShape, kind: PlanKind, cycle = '2030-2033'): Plan {
  const random = new Random(shape.seed);
  const words = new Words(random, kind);
  const maybe = <T>(make: () => T): T | undefined => (random.chance(0.5) ? make() : undefined);
  const sourceIds = Array.from({ length: shape.sources }, (_, index) => `src-${index + 1}`);
  const provenance = () => (sourceIds.length > 0 && random.chance(0.3) ? { source: random.pick(sourceIds) } : {});
  const start = random.int(2000, 2100);

  const goalIds = Array.from({ length: shape.goals }, (_, index) => String(index + 1));
  const goals = goalIds.map((id) => compact({ id, name: words.text(), statement: maybe(() => words.text()), description: maybe(() => words.text()), sdg_targets: maybe(() => ['9.C', '17.6']), ...provenance() }));
  const targets = goalIds.flatMap((goal, index) =>
    Array.from({ length: shape.targets[index] }, (_, number) => compact({ id: `${goal}.${number + 1}`, goal, text: words.text(), measure: maybe(() => measure(random, start)), ...provenance() })),
  );

  const perSector = [0, 0, 0, 0];
  const objectives = shape.objectives.map((objective) => {
    const [sector, letter] = SECTORS[objective.sector];
    return { id: `${letter}.${++perSector[objective.sector]}`, sector, shape: objective };
  });
  // Every goal needs a primary objective, and every objective a primary goal.
  const primary = objectives.map(({ shape: { primary } }) => goalIds.filter((_, index) => primary[index]));
  goalIds.forEach((goal, index) => {
    const owner = primary[index % objectives.length];
    if (!owner.includes(goal)) owner.push(goal);
  });
  primary.forEach((list, index) => (list.length === 0 ? list.push(goalIds[index % goalIds.length]) : list.sort()));

  const plan: Plan = {
    cycle,
    title: words.text(),
    status: random.pick(['adopted', 'draft', 'proposal'] as const),
    period: { start, end: start + random.int(0, 5) },
    source: words.text(),
    sources: sourceIds.map((id) => compact({ id, title: words.text(), url: maybe(() => `https://example.org/${words.word()}`), confidence: maybe(() => random.pick(['high', 'medium', 'low'] as const)) })),
    completeness: 'complete',
    gaps: [],
    notes: maybe(() => [words.text()]) ?? [],
    vision: maybe(() => words.text()),
    mission: maybe(() => words.text()),
    values: maybe(() => [{ name: words.text(2), text: words.text() }]) ?? [],
    // the units the objectives name, declared or not (then no unit is checked)
    units: maybe(() => [...new Set([...objectives.map((objective) => objective.sector), 'General Secretariat'])].map((id) => ({ id, name: words.text(2) }))) ?? [],
    goals,
    targets,
    objectives: objectives.map(({ id, sector, shape: objective }, index) => {
      const secondary = goalIds.filter((goal, goalIndex) => objective.secondary[goalIndex] && !primary[index].includes(goal));
      return compact({ id, sector, title: words.text(), statement: maybe(() => words.text()), goals: compact({ primary: primary[index], secondary: secondary.length > 0 ? secondary : undefined }), ...provenance() });
    }),
    outcomes: objectives.flatMap(({ id, shape: objective }) =>
      Array.from({ length: objective.outcomes }, (_, number) => compact({ id: `${id}-${'abcd'[number]}`, objective: id, text: words.text(), ...provenance() })),
    ),
    outputs: objectives.flatMap(({ id, shape: objective }) => Array.from({ length: objective.outputs }, (_, number) => compact({ id: `${id}-${number + 1}`, objective: id, text: words.text() }))),
    enablers: Array.from({ length: shape.enablers }, (_, number) =>
      compact({ id: `E.${number + 1}`, sector: 'General Secretariat', supports: random.chance(0.5) ? ('all' as const) : [objectives[0].id], activities: maybe(() => [words.text()]) }),
    ),
    risks: Array.from({ length: shape.risks }, (_, number) =>
      compact({ id: `RK.${number + 1}`, title: words.text(), risks: [words.text()], mitigations: [{ strategy: random.pick(['avoidance', 'limitation', 'transfer'] as const), text: words.text() }] }),
    ),
    progress: [],
  };
  return compact(plan);
}

function measure(random: Random, start: number) {
  return compact({
    value: random.chance(0.5) ? random.int(0, 100) : random.int(0, 1000) / 10,
    unit: random.pick(['%', '% change', 'countries']),
    by: random.chance(0.7) ? start + random.int(0, 10) : undefined,
    baseline: random.chance(0.3) ? { year: start - 1 } : undefined,
    scope: random.chance(0.3) ? 'households worldwide' : undefined,
  });
}

/** Drops undefined fields, as a YAML file leaves them out. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

export const validPlan = planShape.map((shape) => buildPlan(shape, 'valid'));
export const crowdedPlan = planShape.map((shape) => buildPlan(shape, 'crowded'));
