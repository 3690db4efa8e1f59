import { invalidField } from '../errors.js';
import type { RateStep } from '../resources/model.js';
import { progressOf } from '../resources/task-type.js';
import { type EpochDay, epochDayFromCivil, weekdayOfEpochDay } from '../schedule/time.js';
import { apportion } from './apportion.js';
import { rateOn } from './task-cost.js';

/*
 * Timesheets (issue 12): a person's week, Monday first, minutes per day per task. What approving
 * hours does to the plan is computed here, purely, as MS Project re-estimates on actual work:
 * actual work grows by the hours, remaining work becomes what was planned less what is done (never
 * below zero; the manager may override it), so total work = actual + remaining, and % complete is
 * actual / total. Progress in Gantry is per task (assignments follow the task's % complete), so
 * hours on a task with several assignments move them together.
 */

/** Days in a timesheet week. */
export const WEEK_DAYS = 7;
/** The most minutes one day can hold. */
export const MAX_DAY_MINUTES = 24 * 60;

/** The epoch day of a "YYYY-MM-DD" that must be a Monday; `field` is named when it is not. */
export function weekStartDay(text: string, field: string): EpochDay {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw invalidField(field, 'must be a date YYYY-MM-DD');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = epochDayFromCivil(y, mo, d);
  const back = new Date(day * 86_400_000);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() + 1 !== mo || back.getUTCDate() !== d) {
    throw invalidField(field, 'is not a date on the calendar');
  }
  if (weekdayOfEpochDay(day) !== 1) throw invalidField(field, 'must be a Monday (weeks start on Monday)');
  return day;
}

/** Checks a line's minutes: seven whole numbers from 0 to 1,440. */
export function checkDayMinutes(minutes: readonly number[], field: string): void {
  if (minutes.length !== WEEK_DAYS) throw invalidField(field, `must hold ${WEEK_DAYS} days, Monday first`);
  minutes.forEach((m, i) => {
    if (!Number.isInteger(m) || m < 0 || m > MAX_DAY_MINUTES) {
      throw invalidField(`${field}.${i}`, `must be whole minutes from 0 to ${MAX_DAY_MINUTES}`);
    }
  });
}

/** The cost of a week's minutes at the rates in force each day (minor units, rounded once). */
export function hoursCost(minutes: readonly number[], firstDay: EpochDay, rates: readonly RateStep[]): number {
  let cost = 0;
  minutes.forEach((m, i) => {
    cost += (m / 60) * (rateOn(rates, firstDay + i)?.standardPerHourMinor ?? 0);
  });
  return Math.round(cost);
}

/** A task as posting hours sees it: its progress and its work assignments' work. */
export interface PostingTask {
  readonly percentComplete: number;
  readonly actualStart: number | null;
  readonly assignments: readonly { readonly id: string; readonly workMinutes: number }[];
}

/** What approved hours change on a task: new work per assignment (where it changes), % complete, actual start. */
export interface Posting {
  readonly percentComplete: number;
  readonly actualStart: number | null;
  readonly work: readonly { readonly id: string; readonly workMinutes: number }[];
}

/**
 * Posts `minutes` of approved work on a task whose first worked day starts at `firstWorked`:
 * actual work + minutes, remaining = planned − actual (at least 0) unless `remainingOverride`,
 * total work spread over the assignments in proportion to their work (equally when they had none).
 * A task without work assignments keeps its progress (its hours are cost only).
 */
export function postHours(
  task: PostingTask,
  minutes: number,
  firstWorked: number,
  remainingOverride: number | null = null,
): Posting {
  const actualStart = task.actualStart ?? (minutes > 0 ? firstWorked : null);
  if (task.assignments.length === 0) return { percentComplete: task.percentComplete, actualStart, work: [] };
  let work = 0;
  let actual = 0;
  for (const a of task.assignments) {
    work += a.workMinutes;
    actual += progressOf(a.workMinutes, task.percentComplete).actual;
  }
  const done = actual + minutes;
  const remaining = remainingOverride ?? Math.max(0, work - done);
  const total = done + remaining;
  const percentComplete = total > 0 ? Math.min(100, (100 * done) / total) : task.percentComplete;
  if (total === work) return { percentComplete, actualStart, work: [] };
  const shares = task.assignments.map((a) => (work > 0 ? a.workMinutes : 1));
  const parts = apportion(total, shares);
  return {
    percentComplete,
    actualStart,
    work: task.assignments.flatMap((a, i) =>
      parts[i] !== a.workMinutes ? [{ id: a.id, workMinutes: parts[i]! }] : [],
    ),
  };
}
