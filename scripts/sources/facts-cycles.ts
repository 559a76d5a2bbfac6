/**
 * The facts of the cycles the seeds cover in part: the 2016-2019 goals (seed 000) and the review of its
 * targets (seed 001, Annex 2), the 2024-2027 goals and targets (seed 003), and the goals proposed for
 * 2020-2023 (seed 002). Running text keeps the seed's words with its whitespace collapsed.
 */
import { between, captures, collapse, readSeed, SEED_FILES, SeedFormatError } from './seed-text.js';

export interface Facts2016 {
  seeds: string[];
  /** the four key goals of Connect 2020, in the order listed: "- **Name** – statement," */
  goals: { id: string; name: string; statement: string }[];
  /** Annex 2 to Resolution 71 (Rev. Dubai, 2018), section 2.b: the general review of the 2016-2019 targets */
  review: string;
  /** section 2.a: "Lessons learnt from the ITU strategic plan for 2016-2019", up to "However," */
  lessons: string;
}

export interface Facts2024 {
  seed: string;
  /** from "Strategic Goals" to "Thematic priorities": the goals' names, statements and descriptions */
  goals: string;
  /** "Targets for Goal N: Name – by 2030:" */
  headings: string[];
  targets: { id: string; goal: string; text: string }[];
}

export interface FactsProposal {
  seed: string;
  /** section C: each "Goal N: ..." paragraph */
  goals: { id: string; text: string }[];
  /** the note below Table 1 (the RBM framework) on the levels of the results chain */
  results_chain: string;
}

export function facts2016(seedsDir: string): Facts2016 {
  const [goalsFile, reviewFile] = [SEED_FILES.connect2020, SEED_FILES.resolution71];
  const goalList = captures(readSeed(seedsDir, goalsFile), /^- \*\*(.+?)\*\* – (.+?)[,.]?$/gm);
  const seed001 = collapse(readSeed(seedsDir, reviewFile));
  return {
    seeds: [goalsFile, reviewFile],
    goals: goalList.map(([name, statement], index) => ({ id: String(index + 1), name, statement })),
    review: between(seed001, '2.b General review of the targets', 'ANNEX 3 TO RESOLUTION 71', reviewFile),
    lessons: between(seed001, 'Lessons learnt from the ITU strategic plan for 2016-2019', 'However, 3.9 billion', reviewFile),
  };
}

export function facts2024(seedsDir: string): Facts2024 {
  const file = SEED_FILES.plan2024;
  const seed = collapse(readSeed(seedsDir, file));
  const from = seed.indexOf('Targets for Goal 1');
  if (from === -1) throw new SeedFormatError(`${file}: "Targets for Goal 1" not found`);
  const headings: string[] = [];
  const targets: Facts2024['targets'] = [];
  // Each heading opens the targets of its goal: "1.1: Universal broadband coverage 1.2: ..." up to the next heading.
  for (const section of seed.slice(from).split(/(?=Targets for Goal \d+:)/)) {
    const heading = /^Targets for Goal (\d+): .+? – by \d{4}:/.exec(section);
    if (!heading) throw new SeedFormatError(`${file}: a targets heading does not read "Targets for Goal N: Name – by YEAR:"`);
    headings.push(heading[0]);
    const list = section.slice(heading[0].length);
    for (const [id, text] of captures(list, /(\d+\.\d+): (.+?)\s*(?=\d+\.\d+: |$)/g)) targets.push({ id, goal: heading[1], text });
  }
  return { seed: file, goals: between(seed, 'Strategic Goals', 'Thematic priorities', file).trim(), headings, targets };
}

export function factsProposal(seedsDir: string): FactsProposal {
  const file = SEED_FILES.proposal;
  const seed = readSeed(seedsDir, file);
  return {
    seed: file,
    goals: captures(seed, /^Goal (\d+): (.+)$/gm).map(([id, text]) => ({ id, text: `Goal ${id}: ${collapse(text).trim()}` })),
    results_chain: collapse(between(seed, '*To align Table 1', '\n', file)).trim(),
  };
}
