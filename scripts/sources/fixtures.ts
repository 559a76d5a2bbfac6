/**
 * The source facts of each bundled plan, extracted from the seeds, and their committed copy in
 * test/fixtures/sources/<cycle>.yaml: the fidelity tests read the copy, so that they run without the seeds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, isScalar, parse, visit } from 'yaml';
import { facts2016, facts2024, factsProposal, type Facts2016, type Facts2024, type FactsProposal } from './facts-cycles.js';
import { facts2020, type Facts2020 } from './facts-2020-2023.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'test/fixtures/sources');

export interface SourceFacts {
  '2016-2019': Facts2016;
  '2020-2023': Facts2020;
  '2020-2023-proposal': FactsProposal;
  '2024-2027': Facts2024;
}

export type Cycle = keyof SourceFacts;

/** How each cycle's facts are read from the seeds folder. */
export const EXTRACTORS: { [cycle in Cycle]: (seedsDir: string) => SourceFacts[cycle] } = {
  '2016-2019': facts2016,
  '2020-2023': facts2020,
  '2020-2023-proposal': factsProposal,
  '2024-2027': facts2024,
};

export const CYCLES = Object.keys(EXTRACTORS) as Cycle[];

export function fixtureFile(cycle: Cycle, dir = FIXTURES_DIR): string {
  return path.join(dir, `${cycle}.yaml`);
}

export function readFixture<C extends Cycle>(cycle: C, dir = FIXTURES_DIR): SourceFacts[C] {
  return parse(readFileSync(fixtureFile(cycle, dir), 'utf8')) as SourceFacts[C];
}

/** A fixture file's text: a header saying where it comes from, then the facts. */
export function fixtureText(cycle: Cycle, facts: SourceFacts[Cycle]): string {
  const header = [
    `# The facts of plans/${cycle} as the seeds (../shared/seeds) print them, for the fidelity tests in test/data/.`,
    '# Written by `npm run fixtures:sources` (scripts/sources/); do not edit by hand.',
    '# `npm run check:sources` checks that this file still says what the seeds say.',
  ];
  const document = new Document(facts);
  // Lists of ids (a row of Table 3, the seed files) read best on one line.
  visit(document, { Seq: (_key, node) => void (node.flow = node.items.every(isScalar)) });
  return `${header.join('\n')}\n${document.toString({ lineWidth: 0 })}`;
}
