import type { QualityCheck } from './check.js';
import { cpliCheck, criticalPathTestCheck } from './critical-path-checks.js';
import { beiCheck, invalidDatesCheck, missedTasksCheck } from './date-checks.js';
import { lagsCheck, leadsCheck, logicCheck, relationshipTypesCheck } from './logic-checks.js';
import {
  hardConstraintsCheck,
  highDurationCheck,
  highFloatCheck,
  negativeFloatCheck,
  resourcesCheck,
} from './task-checks.js';

/*
 * The registry: every check is one entry here, so the assessment (index.ts) runs whatever is listed
 * without knowing any check. An explicit list rather than self-registration on import: a bundler
 * cannot drop a check, and the order (DCMA's ids) is visible in one place.
 */

/** The DCMA 14 checks in id order. */
export const QUALITY_CHECKS: readonly QualityCheck[] = [
  logicCheck,
  leadsCheck,
  lagsCheck,
  relationshipTypesCheck,
  hardConstraintsCheck,
  highFloatCheck,
  negativeFloatCheck,
  highDurationCheck,
  invalidDatesCheck,
  resourcesCheck,
  missedTasksCheck,
  criticalPathTestCheck,
  cpliCheck,
  beiCheck,
];
