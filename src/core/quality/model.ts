import type { Scheduler } from '../schedule/incremental.js';
import type { Plan, ScheduleResult, TaskId } from '../schedule/model.js';
import type { EpochMinute } from '../schedule/time.js';

/*
 * The DCMA 14-point schedule assessment (DCMA-EA PAM 200.1): the shapes every check shares.
 * What each check counts is written down in docs/schedule-quality.md.
 */

/** The 14 checks' stable keys, in DCMA order (id 1..14). */
export const QUALITY_CHECK_KEYS = [
  'logic',
  'leads',
  'lags',
  'relationshipTypes',
  'hardConstraints',
  'highFloat',
  'negativeFloat',
  'highDuration',
  'invalidDates',
  'resources',
  'missedTasks',
  'criticalPathTest',
  'cpli',
  'bei',
] as const;
/** One of QUALITY_CHECK_KEYS. */
export type QualityCheckKey = (typeof QUALITY_CHECK_KEYS)[number];

/** A check's pass mark: `value` (percent, or a ratio for CPLI/BEI) must be <= or >= `value`. */
export interface QualityThreshold {
  readonly operator: '<=' | '>=';
  readonly value: number;
}

/** A task's baseline: finish (minutes since the epoch) and duration (working minutes), null when unknown. */
export interface BaselineTask {
  readonly finish: EpochMinute | null;
  readonly durationMinutes: number | null;
}

/** What the assessment reads: the engine's plan, its computed results, and optional baseline, status date and resources. */
export interface QualityInput {
  readonly plan: Plan;
  /** The engine's results for `plan` (index-aligned with plan.tasks). */
  readonly result: ScheduleResult;
  /** Baseline per task id; absent: checks 11 and 14 do not apply. */
  readonly baseline?: ReadonlyMap<TaskId, BaselineTask> | null;
  /** Status (data) date, minutes since the epoch; absent: plan.options.statusDate. */
  readonly statusDate?: EpochMinute | null;
  /**
   * The incremental scheduler `result` came from (createScheduler), if any: the critical path test
   * then reschedules only what the delay touches instead of the whole plan. It is left delayed.
   */
  readonly scheduler?: Scheduler | null;
  /** Tasks with a resource or cost assigned; absent: check 10 does not apply (no resource data). */
  readonly resourcedTaskIds?: ReadonlySet<TaskId> | null;
}

/** One check's outcome; `value` is a percentage (a ratio for CPLI and BEI), `pass` null when it does not apply. */
export interface QualityCheckResult {
  readonly id: number;
  readonly key: QualityCheckKey;
  readonly name: string;
  /** Tasks or links the check flags (for relationship types: the finish-to-start links). */
  readonly count: number;
  /** Tasks or links the check looks at. */
  readonly total: number;
  readonly value: number | null;
  readonly threshold: QualityThreshold | null;
  readonly pass: boolean | null;
  /** The tasks to look at (successors of flagged links), in plan order. */
  readonly taskIds: readonly TaskId[];
}

/** The whole assessment: the 14 checks in id order. */
export interface ScheduleQuality {
  readonly checks: readonly QualityCheckResult[];
}
