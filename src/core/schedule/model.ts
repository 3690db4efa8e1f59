import type { EpochDay, EpochMinute } from './time.js';

/** A task's identifier as the source holds it (MSPDI UID, P6 activity id, or our own). */
export type TaskId = string & { readonly __brand: 'TaskId' };
/** A calendar's identifier. */
export type CalendarId = string & { readonly __brand: 'CalendarId' };

/** Brands a string as a TaskId. */
export const taskId = (value: string): TaskId => value as TaskId;
/** Brands a string as a CalendarId. */
export const calendarId = (value: string): CalendarId => value as CalendarId;

/** A working period inside one day, in minutes after midnight: [startMinute, endMinute), end ≤ 1440. */
export interface WorkingInterval {
  readonly startMinute: number;
  readonly endMinute: number;
}

/** Working intervals for each weekday, index 0 = Sunday … 6 = Saturday; an empty day is non-working. */
export type WorkWeek = readonly (readonly WorkingInterval[])[];

/** Weekday selector for month/year recurrences: a weekday 0-6 (Sunday = 0), or any day / weekday / weekend day. */
export type RecurrenceDay = number | 'day' | 'weekday' | 'weekendDay';

/** How a calendar exception repeats inside its date range (MS Project's recurring exceptions). */
export type Recurrence =
  | { readonly kind: 'daily'; readonly everyDays: number }
  | { readonly kind: 'weekly'; readonly everyWeeks: number; readonly weekdays: readonly number[] }
  | { readonly kind: 'monthlyByDate'; readonly everyMonths: number; readonly dayOfMonth: number }
  | {
      readonly kind: 'monthlyByWeekday';
      readonly everyMonths: number;
      readonly day: RecurrenceDay;
      /** 1-4 for first…fourth, 5 for last. */
      readonly position: number;
    }
  | { readonly kind: 'yearlyByDate'; readonly month: number; readonly dayOfMonth: number }
  | {
      readonly kind: 'yearlyByWeekday';
      readonly month: number;
      readonly day: RecurrenceDay;
      readonly position: number;
    };

/**
 * Days that differ from the working week: holidays (no intervals) or special hours. `fromDay` and
 * `toDay` (epoch days, inclusive) bound the exception; with a recurrence, only matching days inside
 * that range are affected, at most `occurrences` of them. Later exceptions win over earlier ones.
 */
export interface CalendarException {
  readonly name?: string;
  readonly fromDay: EpochDay;
  readonly toDay: EpochDay;
  readonly working: readonly WorkingInterval[];
  readonly recurrence?: Recurrence;
  readonly occurrences?: number;
}

/** A different working week over a date range (MS Project's "work weeks"), epoch days inclusive. */
export interface WorkWeekPeriod {
  readonly fromDay: EpochDay;
  readonly toDay: EpochDay;
  readonly week: WorkWeek;
}

/** A working-time calendar; hoursPerDay/hoursPerWeek/daysPerMonth convert day, week and month durations. */
export interface Calendar {
  readonly id: CalendarId;
  readonly name: string;
  readonly week: WorkWeek;
  readonly exceptions: readonly CalendarException[];
  readonly workWeeks?: readonly WorkWeekPeriod[];
  readonly hoursPerDay?: number;
  readonly hoursPerWeek?: number;
  readonly daysPerMonth?: number;
}

/** Date constraints, as in MS Project and P6. `startOn`/`finishOn` are soft (logic may push them, P6), `must*` are hard. */
export const CONSTRAINT_TYPES = [
  'asap',
  'alap',
  'startNoEarlierThan',
  'startNoLaterThan',
  'finishNoEarlierThan',
  'finishNoLaterThan',
  'mustStartOn',
  'mustFinishOn',
  'startOn',
  'finishOn',
] as const;
/** One of CONSTRAINT_TYPES. */
export type ConstraintType = (typeof CONSTRAINT_TYPES)[number];

/** A constraint with its date (minutes since the epoch); asap/alap carry no date. */
export interface Constraint {
  readonly type: ConstraintType;
  readonly date: EpochMinute | null;
}

/** Which work a duration is counted on when a task's dates come from its resources (MS Project). */
export interface DurationDriver {
  readonly calendarId: CalendarId;
  /** Work to do on that calendar, in minutes, already divided by the assignment's units. */
  readonly durationMinutes: number;
  readonly remainingDurationMinutes: number;
}

/**
 * One task (or WBS node). Array order in Plan.tasks is WBS order; a task with children is a summary
 * whose dates roll up. Durations are working minutes on the task's calendar, or wall-clock minutes
 * when `elapsed`. Progress dates and constraint dates are minutes since the epoch.
 */
export interface Task {
  readonly id: TaskId;
  readonly name: string;
  readonly parentId: TaskId | null;
  /** Outline/WBS code for display (e.g. "1.2.3"); order comes from the array. */
  readonly wbsCode?: string;
  readonly durationMinutes: number;
  readonly elapsed?: boolean;
  readonly milestone?: boolean;
  /** P6 start/finish milestones differ in where the milestone sits; MS Project milestones are 'start'. */
  readonly milestoneKind?: 'start' | 'finish';
  /** Null or absent: the plan's default calendar. */
  readonly calendarId?: CalendarId | null;
  /** Manually scheduled (MS Project): dates are the given manualStart/manualFinish, not computed. */
  readonly manual?: boolean;
  readonly manualStart?: EpochMinute | null;
  readonly manualFinish?: EpochMinute | null;
  readonly constraint?: Constraint;
  /** A second constraint (P6 allows one of the "no later than" kind besides the primary). */
  readonly secondaryConstraint?: Constraint;
  readonly deadline?: EpochMinute | null;
  readonly actualStart?: EpochMinute | null;
  readonly actualFinish?: EpochMinute | null;
  readonly percentComplete?: number;
  /** Remaining working minutes; absent: derived from duration and percent complete. */
  readonly remainingDurationMinutes?: number | null;
  /** P6 level-of-effort: dates span its predecessors and successors instead of a duration. */
  readonly levelOfEffort?: boolean;
  /** Resource-driven durations (MS Project effort scheduling on resource calendars). */
  readonly durationDrivers?: readonly DurationDriver[];
  /** 0–1000, 500 when absent (MS Project): leveling delays lower priorities first. */
  readonly priority?: number;
  /**
   * Working minutes (on the task's calendar) by which leveling delayed the start beyond what links
   * and constraints allow; absent or 0 when not leveled.
   */
  readonly levelingDelayMinutes?: number;
}

/** Link types: finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

/** Lag in working minutes (on the lag calendar), in wall-clock minutes, or as % of the predecessor's duration. */
export type Lag =
  | { readonly kind: 'working'; readonly minutes: number }
  | { readonly kind: 'elapsed'; readonly minutes: number }
  | { readonly kind: 'percent'; readonly percent: number };

/** Which calendar a lag is counted on. */
export type LagCalendar = 'predecessor' | 'successor' | 'project' | '24h';

/** A dependency between two tasks; negative lag is lead. */
export interface Link {
  readonly predecessorId: TaskId;
  readonly successorId: TaskId;
  readonly type: LinkType;
  readonly lag?: Lag;
  /** Overrides ScheduleOptions.lagCalendar for this link. */
  readonly lagCalendar?: LagCalendar;
}

/** Whose rules apply where MS Project and Primavera P6 differ. */
export type RuleFlavour = 'msproject' | 'p6';

/** How total float is measured: late − early start, late − early finish, or the smaller (MS Project). */
export type TotalFloatMode = 'start' | 'finish' | 'smallest';

/** Scheduling settings (dates are minutes since the epoch, thresholds in working minutes). */
export interface ScheduleOptions {
  readonly projectStart: EpochMinute;
  /** 'backward' schedules from projectFinish (which must then be given). */
  readonly direction?: 'forward' | 'backward';
  readonly projectFinish?: EpochMinute | null;
  /** P6 "must finish by": late dates of open ends are taken from it instead of the early finish. */
  readonly mustFinishBy?: EpochMinute | null;
  /** Data (status) date: remaining work is scheduled from it. */
  readonly statusDate?: EpochMinute | null;
  readonly progress?: 'retainedLogic' | 'progressOverride';
  readonly flavour?: RuleFlavour;
  readonly totalFloat?: TotalFloatMode;
  /** Critical when total float ≤ this many working minutes (default 0), or on the longest path. */
  readonly criticalFloatMinutes?: number;
  readonly critical?: 'totalFloat' | 'longestPath';
  /** Default lag calendar: MS Project counts lag on the successor's calendar. */
  readonly lagCalendar?: LagCalendar;
}

/** A complete schedulable plan. */
export interface Plan {
  readonly name?: string;
  readonly defaultCalendarId: CalendarId;
  readonly calendars: readonly Calendar[];
  readonly tasks: readonly Task[];
  readonly links: readonly Link[];
  readonly options: ScheduleOptions;
}

/** Something the user should know about a result (not an error: the schedule is still valid). */
export interface ScheduleWarning {
  readonly code: 'negative_float' | 'constraint_unmet' | 'deadline_missed' | 'warnings_truncated';
  readonly taskId: TaskId | null;
  readonly message: string;
}

/**
 * Columnar results, index-aligned with Plan.tasks (typed arrays keep a million tasks cheap). Dates
 * are minutes since the epoch (NaN when a summary has no scheduled child), floats are working
 * minutes on the task's calendar (wall-clock for elapsed tasks).
 */
export interface ScheduleResult {
  readonly taskIds: readonly TaskId[];
  readonly earlyStart: Float64Array;
  readonly earlyFinish: Float64Array;
  readonly lateStart: Float64Array;
  readonly lateFinish: Float64Array;
  readonly totalFloatMinutes: Float64Array;
  readonly freeFloatMinutes: Float64Array;
  /** 1 when critical. */
  readonly critical: Uint8Array;
  /** 1 when the task is a summary (has children). */
  readonly summary: Uint8Array;
  readonly projectStart: EpochMinute;
  readonly projectFinish: EpochMinute;
  readonly warnings: readonly ScheduleWarning[];
}

/** One task's results as a plain object (dates: minutes since the epoch; floats: working minutes). */
export interface TaskSchedule {
  readonly id: TaskId;
  readonly earlyStart: EpochMinute;
  readonly earlyFinish: EpochMinute;
  readonly lateStart: EpochMinute;
  readonly lateFinish: EpochMinute;
  readonly totalFloatMinutes: number;
  readonly freeFloatMinutes: number;
  readonly critical: boolean;
  readonly summary: boolean;
}

/** The results of task `index` as a plain object. */
export function taskScheduleAt(result: ScheduleResult, index: number): TaskSchedule {
  return {
    id: result.taskIds[index] as TaskId,
    earlyStart: result.earlyStart[index] as number,
    earlyFinish: result.earlyFinish[index] as number,
    lateStart: result.lateStart[index] as number,
    lateFinish: result.lateFinish[index] as number,
    totalFloatMinutes: result.totalFloatMinutes[index] as number,
    freeFloatMinutes: result.freeFloatMinutes[index] as number,
    critical: result.critical[index] === 1,
    summary: result.summary[index] === 1,
  };
}
