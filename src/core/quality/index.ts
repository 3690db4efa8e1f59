/**
 * Schedule quality: the DCMA 14-point assessment (DCMA-EA PAM 200.1) of a scheduled plan. Pure:
 * the plan, the engine's results, a baseline and a status date come in; see docs/schedule-quality.md.
 */

import { type QualityCheck, runCheck } from './check.js';
import { qualityContext } from './context.js';
import type { QualityCheckResult, QualityInput, ScheduleQuality } from './model.js';
import { QUALITY_CHECKS } from './registry.js';

export type { CheckOutcome, QualityCheck } from './check.js';
export { calendarDayMinutes, isComplete } from './context.js';
export * from './model.js';
export { QUALITY_CHECKS } from './registry.js';

/** Runs the checks (default: the DCMA 14) on one scheduled plan; values are percentages or ratios. */
export function assessScheduleQuality(
  input: QualityInput,
  checks: readonly QualityCheck[] = QUALITY_CHECKS,
): ScheduleQuality {
  const ctx = qualityContext(input);
  return { checks: checks.map((c) => runCheck(c, ctx)) };
}

/** The checks that apply and fail (pass === false), for the health engine's "DCMA checks failed" metric. */
export function failedChecks(quality: ScheduleQuality): QualityCheckResult[] {
  return quality.checks.filter((c) => c.pass === false);
}
