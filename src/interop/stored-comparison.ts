import { compileDayRules } from '../core/schedule/calendar-rules.js';
import type { Plan, ScheduleResult } from '../core/schedule/model.js';
import { formatLocalDateTime } from '../core/schedule/time.js';
import { WorkCalendar } from '../core/schedule/work-calendar.js';

/** The dates and floats a file stores per task (epoch minutes; floats in minutes; NaN = not stored). */
export interface StoredValues {
  readonly earlyStart: number;
  readonly earlyFinish: number;
  readonly lateStart: number;
  readonly lateFinish: number;
  readonly totalSlackMinutes: number;
  readonly freeSlackMinutes?: number;
}

/** One field where our result differs from the file's. */
export interface Mismatch {
  readonly taskId: string;
  readonly field: string;
  readonly expected: string;
  readonly actual: string;
}

/** The outcome of comparing a schedule to the values a file stores. */
export interface Comparison {
  readonly tasksCompared: number;
  readonly tasksMatching: number;
  readonly mismatches: readonly Mismatch[];
}

/** Options: how far apart dates may be (working minutes on the task's calendar) and floats (minutes). */
export interface ComparisonOptions {
  readonly dateToleranceMinutes?: number;
  readonly floatToleranceMinutes?: number;
  /** Also accept a date equal to the other one moved to the next working start (P6's comparator). */
  readonly nextWorkStartEquivalent?: boolean;
  readonly compareFreeFloat?: boolean;
  /** Skip summary tasks (WBS nodes). */
  readonly leavesOnly?: boolean;
}

/**
 * Compares a result to the stored values task by task. Dates match when they are at most
 * `dateToleranceMinutes` working minutes apart on the task's calendar (MPXJ's rule: a finish at
 * 17:00 equals 08:00 next morning); floats when within `floatToleranceMinutes`.
 */
export function compareWithStored(
  plan: Plan,
  result: ScheduleResult,
  stored: readonly StoredValues[],
  options: ComparisonOptions = {},
): Comparison {
  const dateTol = options.dateToleranceMinutes ?? 1;
  const floatTol = options.floatToleranceMinutes ?? 1;
  const calendars = new Map(plan.calendars.map((c) => [c.id as string, new WorkCalendar(compileDayRules(c))]));
  const mismatches: Mismatch[] = [];
  let compared = 0;
  let matching = 0;
  plan.tasks.forEach((task, i) => {
    const s = stored[i];
    if (!s) return;
    if (options.leavesOnly && result.summary[i] === 1) return;
    const cal = calendars.get(task.calendarId ?? plan.defaultCalendarId) ?? calendars.get(plan.defaultCalendarId);
    if (!cal) return;
    compared++;
    const before = mismatches.length;
    const dates: [string, number, number][] = [
      ['earlyStart', s.earlyStart, result.earlyStart[i] as number],
      ['earlyFinish', s.earlyFinish, result.earlyFinish[i] as number],
      ['lateStart', s.lateStart, result.lateStart[i] as number],
      ['lateFinish', s.lateFinish, result.lateFinish[i] as number],
    ];
    for (const [field, expected, actual] of dates) {
      if (Number.isNaN(expected)) continue;
      const ok =
        !Number.isNaN(actual) &&
        (Math.abs(cal.workBetween(expected, actual)) <= dateTol ||
          (options.nextWorkStartEquivalent === true &&
            (cal.nextWorkStart(expected) === actual || cal.nextWorkStart(actual) === expected)));
      if (!ok) {
        mismatches.push({
          taskId: task.id,
          field,
          expected: formatLocalDateTime(expected),
          actual: Number.isNaN(actual) ? 'none' : formatLocalDateTime(actual),
        });
      }
    }
    const floats: [string, number | undefined, number][] = [
      ['totalFloatMinutes', s.totalSlackMinutes, result.totalFloatMinutes[i] as number],
    ];
    if (options.compareFreeFloat !== false) {
      floats.push(['freeFloatMinutes', s.freeSlackMinutes, result.freeFloatMinutes[i] as number]);
    }
    for (const [field, expected, actual] of floats) {
      if (expected === undefined || Number.isNaN(expected)) continue;
      if (!(Math.abs(expected - actual) <= floatTol)) {
        mismatches.push({ taskId: task.id, field, expected: String(expected), actual: String(actual) });
      }
    }
    if (mismatches.length === before) matching++;
  });
  return { tasksCompared: compared, tasksMatching: matching, mismatches };
}
