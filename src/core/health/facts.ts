/*
 * What health rules measure: one project's facts, loaded by the services in bulk and handed to the
 * metrics. Sections other features own (status reports, corrective actions, schedule quality …)
 * are optional, so a metric whose facts are absent measures nothing (null) rather than zero.
 * Plan dates are minutes since 1970-01-01T00:00 local time, as the engine keeps them.
 */

/** A task as health sees it. */
export interface FactTask {
  readonly id: string;
  readonly name: string;
  readonly summary: boolean;
  readonly milestone: boolean;
  /** Scheduled (forecast) finish, minutes. */
  readonly finish: number | null;
  /** Working minutes. */
  readonly durationMinutes: number;
  /** Total float in working minutes; null when unscheduled. */
  readonly totalFloatMinutes: number | null;
  readonly percentComplete: number;
  readonly actualFinish: number | null;
}

/** A task's dates in the baseline health measures against (the project's first baseline). */
export interface FactBaselineTask {
  readonly start: number | null;
  readonly finish: number | null;
  /** Working minutes. */
  readonly durationMinutes: number | null;
}

/** Working-time arithmetic on the plan's default calendar. */
export interface FactCalendar {
  /** Working minutes from a to b (negative when b is before a). */
  workBetween(a: number, b: number): number;
  /** Working minutes in one working day. */
  readonly minutesPerDay: number;
}

/** Status reporting, when the project has a cadence (status reports feature). */
export interface FactReporting {
  /** ISO date the next report is due; null when no cadence applies. */
  readonly nextDue: string | null;
  /** Whole days the oldest unsubmitted report is overdue (0 when none). */
  readonly overdueDays: number;
  /** ISO timestamp of the last submitted report; overrides made before it have expired. */
  readonly lastSubmittedAt: string | null;
  readonly overdueReportId: string | null;
}

/** Corrective actions (corrective actions feature). */
export interface FactActions {
  /** Actions open or in progress. */
  readonly open: number;
  readonly overdue: readonly { readonly id: string; readonly title: string; readonly due: string }[];
}

/** Schedule quality (DCMA 14-point assessment). */
export interface FactScheduleQuality {
  readonly failed: readonly { readonly id: number; readonly key: string; readonly name: string }[];
}

/** Resource facts (resources feature): over-allocation on the critical path and unstaffed roles. */
export interface FactResources {
  /** Critical, unfinished tasks with an assigned resource over-allocated in a week the task spans. */
  readonly overallocatedCriticalTasks: readonly { readonly id: string; readonly name: string }[];
  /** Assignments to generic roles on unfinished tasks starting before the look-ahead ends. */
  readonly unstaffedAssignments: readonly {
    readonly taskId: string;
    readonly taskName: string;
    readonly roleName: string;
  }[];
  /** The look-ahead, weeks from today (the PMO's setting). */
  readonly unstaffedWeeks: number;
}

/** Everything health knows about one project. */
export interface ProjectFacts {
  readonly projectId: string;
  /** Lifecycle state (proposed, approved, planning, executing, on_hold, closing, closed, cancelled). */
  readonly state: string;
  /** The charter's planned finish, minutes (end of that day), or null. */
  readonly plannedFinish: number | null;
  /** Now, in the plan's local minutes. */
  readonly now: number;
  readonly statusDate: number | null;
  readonly projectStart: number;
  /** The scheduled project finish, minutes. */
  readonly projectFinish: number | null;
  readonly tasks: readonly FactTask[];
  /** By task id; null when the project has no baseline. */
  readonly baseline: {
    readonly finish: number | null;
    readonly start: number | null;
    readonly tasks: ReadonlyMap<string, FactBaselineTask>;
  } | null;
  readonly calendar: FactCalendar;
  readonly reporting?: FactReporting;
  readonly actions?: FactActions;
  readonly scheduleQuality?: FactScheduleQuality;
  readonly resources?: FactResources;
}
