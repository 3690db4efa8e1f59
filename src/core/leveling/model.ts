import type { PoolResource, TaskAssignment } from '../resources/model.js';
import type { Plan, ScheduleResult, TaskId } from '../schedule/model.js';
import type { EpochDay, EpochMinute } from '../schedule/time.js';

/**
 * Load other projects already put on a resource and leveling must work around: resource id →
 * epoch day → working minutes (already multiplied by units).
 */
export type BackgroundLoad = ReadonlyMap<string, ReadonlyMap<EpochDay, number>>;

/** Leveling settings (MS Project's Level Resources dialog, plus the search budget). */
export interface LevelingOptions {
  /** Level only within available slack: no task moves past its unleveled late finish. */
  readonly withinSlack: boolean;
  /** Only tasks whose unleveled early start falls in [from, to] move (minutes since the epoch). */
  readonly from?: EpochMinute | null;
  readonly to?: EpochMinute | null;
  /** The remaining work of in-progress tasks may be delayed after the status date (a split). */
  readonly split: boolean;
  /** Seed of the randomised passes: same seed, same result. */
  readonly seed: number;
  /** How many schedules the search may generate (at least 1: the priority-rule pass). */
  readonly budget: number;
  /** Asked between schedules: true stops the search (the best so far is returned). */
  readonly shouldStop?: () => boolean;
  /** Called after each schedule with how many of `budget` are done. */
  readonly onProgress?: (done: number, budget: number) => void;
}

/**
 * Everything the leveler needs: the plan, the pool and who works on what. The leveler schedules
 * the plan without leveling delays itself (on the one compile it levels), for the urgency of each
 * task, the `from`/`to` window and the `withinSlack` bound.
 */
export interface LevelingInput {
  readonly plan: Plan;
  readonly resources: readonly PoolResource[];
  readonly assignments: readonly TaskAssignment[];
  readonly background?: BackgroundLoad;
  /** Project priority (1–5, higher first) of each task, when one plan holds several projects. */
  readonly projectPriority?: ReadonlyMap<TaskId, number>;
}

/** Why a task is left over-allocated or where it is. */
export type LevelingConflictReason =
  /** No start within its slack fits (with `withinSlack`). */
  | 'beyond_slack'
  /** The task may not move (priority 1000, hard or "no later than" constraint, manual, progress, out of range). */
  | 'fixed'
  /** Its units exceed what the resource can ever give, or no start fits within the search horizon. */
  | 'no_fit';

/** A task left over-allocated, with the resources it over-allocates. */
export interface LevelingConflict {
  readonly taskId: TaskId;
  readonly reason: LevelingConflictReason;
  readonly resourceIds: readonly string[];
}

/** A resource-day still over capacity after leveling (minutes of work). */
export interface Overallocation {
  readonly resourceId: string;
  readonly day: EpochDay;
  readonly loadMinutes: number;
  readonly capacityMinutes: number;
}

/** What leveling produced: delays (working minutes on each task's calendar), the leveled schedule, what is left. */
export interface LevelingResult {
  /** Every leaf task's leveling delay (0 when not delayed), index-aligned with plan.tasks. */
  readonly taskDelays: readonly number[];
  /**
   * Assignment id → delay in working minutes after the task's start. Always 0: tasks move whole
   * (or their remaining work, when split), so no assignment starts later than its task.
   */
  readonly assignmentDelays: ReadonlyMap<string, number>;
  /** The engine's schedule of the plan with the delays. */
  readonly schedule: ScheduleResult;
  readonly conflicts: readonly LevelingConflict[];
  /** Resource-days over capacity in the leveled schedule (at most 1,000, earliest first). */
  readonly overallocations: readonly Overallocation[];
  /** Schedules generated and which one won (0 = the priority-rule pass). */
  readonly schedulesGenerated: number;
  readonly bestSchedule: number;
  readonly finishBefore: EpochMinute;
  readonly finishAfter: EpochMinute;
}
