import type { Check } from './check.js';
import { danglingRef, previousOwnCycle } from './dangling-ref.js';
import { duplicateId } from './duplicate-id.js';
import { duplicateObjective, duplicateOutcome, duplicateOutput, similarObjectives, similarOutcomes, similarOutputs } from './duplicates.js';
import { idFormat } from './id-format.js';
import { conflictingLink, goalWithoutPrimaryObjective, goalWithoutTargets, noPrimaryGoal } from './linkage.js';
import { loadChecks } from './load-checks.js';
import { orphanOutcome, orphanOutput } from './orphans.js';
import { measureBeforePeriod, partialPlan, unknownSource } from './provenance.js';
import { suppressionChecks } from './suppression-checks.js';
import { conflictingObservations } from './conflicting-observations.js';
import { observationUnitMismatch } from './observation-unit.js';
import { observationOutOfRange } from './observation-year.js';
import { targetWithoutObservations } from './target-without-observations.js';
import { unknownUnit } from './units.js';

export type { Check, CheckContext } from './check.js';

/** Every check, in the order docs/checks.md documents them. */
export const CHECKS: readonly Check[] = [
  ...loadChecks,
  duplicateId,
  danglingRef,
  previousOwnCycle,
  unknownUnit,
  noPrimaryGoal,
  conflictingLink,
  goalWithoutPrimaryObjective,
  goalWithoutTargets,
  orphanOutcome,
  orphanOutput,
  duplicateObjective,
  similarObjectives,
  duplicateOutcome,
  similarOutcomes,
  duplicateOutput,
  similarOutputs,
  idFormat,
  unknownSource,
  measureBeforePeriod,
  partialPlan,
  observationUnitMismatch,
  observationOutOfRange,
  conflictingObservations,
  targetWithoutObservations,
  ...suppressionChecks,
];

export const CHECKS_BY_CODE: ReadonlyMap<string, Check> = new Map(CHECKS.map((check) => [check.code, check]));

export const DEFAULT_SIMILARITY_THRESHOLD = 0.75;
