/** Each bundled plan against the facts of its sources: one sentence per disagreement. */
import type { Plan } from '../../src/core.js';
import { compareLinkage2020, compareTexts2020 } from './compare-2020-2023.js';
import { compare2016, compare2024, compareProposal } from './compare-cycles.js';
import type { Cycle, SourceFacts } from './fixtures.js';

export const COMPARISONS: { [cycle in Cycle]: (plan: Plan, facts: SourceFacts[cycle]) => string[] } = {
  '2016-2019': compare2016,
  '2020-2023': (plan, facts) => [...compareTexts2020(plan, facts), ...compareLinkage2020(plan, facts)],
  '2020-2023-proposal': compareProposal,
  '2024-2027': compare2024,
};
