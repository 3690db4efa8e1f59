import { compileDayRules } from '../schedule/calendar-rules.js';
import type { Scheduler } from '../schedule/incremental.js';
import type { Calendar, CalendarId, Plan, ScheduleResult, Task, TaskId } from '../schedule/model.js';
import { WorkCalendar } from '../schedule/work-calendar.js';
import type { BaselineTask, QualityInput } from './model.js';

/** What DCMA calls a task: summaries, level-of-effort and milestones are kinds of their own. */
export type TaskKind = 'task' | 'milestone' | 'levelOfEffort' | 'summary';

/**
 * Facts every check reads, computed once per assessment: which tasks are which kind, which are
 * complete, the status date, and working-day lengths. Indexes are positions in plan.tasks.
 */
export interface QualityContext {
  readonly plan: Plan;
  readonly result: ScheduleResult;
  readonly statusDate: number | null;
  readonly baseline: ReadonlyMap<TaskId, BaselineTask> | null;
  readonly resourcedTaskIds: ReadonlySet<TaskId> | null;
  readonly scheduler: Scheduler | null;
  readonly kinds: readonly TaskKind[];
  readonly complete: readonly boolean[];
  /** Incomplete tasks of kind 'task': the DCMA "total tasks" of checks 1, 5-8 and 10. */
  readonly openTasks: readonly number[];
  readonly indexOf: ReadonlyMap<TaskId, number>;
  /** Working minutes in one working day of task i's calendar (wall-clock day for elapsed tasks). */
  readonly minutesPerDay: (i: number) => number;
  /** Working minutes in one day of the plan's default calendar. */
  readonly defaultMinutesPerDay: number;
  /** Working-time arithmetic on the plan's default calendar. */
  readonly defaultCalendar: () => WorkCalendar;
}

/** A task is complete once it has an actual finish or is 100 % done. */
export const isComplete = (t: Task): boolean =>
  (t.actualFinish !== null && t.actualFinish !== undefined) || (t.percentComplete ?? 0) >= 100;

/**
 * Minutes of one working day on a calendar: its hours per day when it says, else the average of
 * its working weekdays (a 10-hour, four-day calendar has 600-minute days), else 8 hours.
 */
export function calendarDayMinutes(calendar: Calendar | undefined): number {
  if (!calendar) return 480;
  if (calendar.hoursPerDay && calendar.hoursPerDay > 0) return calendar.hoursPerDay * 60;
  const days = calendar.week
    .map((intervals) => intervals.reduce((sum, w) => sum + (w.endMinute - w.startMinute), 0))
    .filter((m) => m > 0);
  return days.length ? days.reduce((a, b) => a + b, 0) / days.length : 480;
}

function kindOf(t: Task, summary: boolean): TaskKind {
  if (summary) return 'summary';
  if (t.levelOfEffort) return 'levelOfEffort';
  // DCMA counts zero-duration tasks as milestones (P6 WBS nodes without activities import as such).
  if (t.milestone || t.durationMinutes === 0) return 'milestone';
  return 'task';
}

function snapshot(r: ScheduleResult): ScheduleResult {
  return {
    ...r,
    earlyStart: r.earlyStart.slice(),
    earlyFinish: r.earlyFinish.slice(),
    lateStart: r.lateStart.slice(),
    lateFinish: r.lateFinish.slice(),
    totalFloatMinutes: r.totalFloatMinutes.slice(),
    freeFloatMinutes: r.freeFloatMinutes.slice(),
    critical: r.critical.slice(),
    summary: r.summary.slice(),
  };
}

/** Builds the shared facts of one assessment. */
export function qualityContext(input: QualityInput): QualityContext {
  const { plan } = input;
  // The scheduler updates its result arrays in place when check 12 delays a task: keep a copy.
  const result = input.scheduler ? snapshot(input.result) : input.result;
  const calendars = new Map<CalendarId, Calendar>(plan.calendars.map((c) => [c.id, c]));
  const dayMinutes = new Map<CalendarId, number>();
  const dayOf = (id: CalendarId) => {
    let m = dayMinutes.get(id);
    if (m === undefined) {
      m = calendarDayMinutes(calendars.get(id));
      dayMinutes.set(id, m);
    }
    return m;
  };
  const kinds: TaskKind[] = [];
  const complete: boolean[] = [];
  const openTasks: number[] = [];
  const indexOf = new Map<TaskId, number>();
  plan.tasks.forEach((t, i) => {
    const kind = kindOf(t, result.summary[i] === 1);
    kinds.push(kind);
    const done = isComplete(t);
    complete.push(done);
    indexOf.set(t.id, i);
    if (kind === 'task' && !done) openTasks.push(i);
  });
  let defaultCal: WorkCalendar | undefined;
  const statusDate = input.statusDate ?? plan.options.statusDate ?? null;
  return {
    plan,
    result,
    statusDate,
    baseline: input.baseline ?? null,
    resourcedTaskIds: input.resourcedTaskIds ?? null,
    scheduler: input.scheduler ?? null,
    kinds,
    complete,
    openTasks,
    indexOf,
    minutesPerDay: (i) => {
      const t = plan.tasks[i] as Task;
      return t.elapsed ? 1440 : dayOf(t.calendarId ?? plan.defaultCalendarId);
    },
    defaultMinutesPerDay: dayOf(plan.defaultCalendarId),
    defaultCalendar: () => {
      if (!defaultCal) {
        const cal = calendars.get(plan.defaultCalendarId);
        if (!cal) throw new Error(`default calendar ${plan.defaultCalendarId} is missing`);
        defaultCal = new WorkCalendar(compileDayRules(cal));
      }
      return defaultCal;
    },
  };
}
