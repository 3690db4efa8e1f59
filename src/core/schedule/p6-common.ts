import { F_FINISHED, F_STARTED, F_SUMMARY, F2_LOE } from './network.js';
import type { PassState } from './pass-state.js';
import type { WorkCalendar } from './work-calendar.js';

/*
 * Shared helpers for Primavera P6's rules: progress states, lags on the lag calendar (with the part
 * of a lag already elapsed by the data date), and dates from durations on the task calendar.
 */

/** Progress state: not started. */
export const NOT = 0;
/** Progress state: started, not finished. */
export const STARTED = 1;
/** Progress state: finished. */
export const FINISHED = 2;

/** Progress state of a task: NOT, STARTED or FINISHED. */
export function progressOf(s: PassState, i: number): number {
  const f = s.tasks.flags[i] as number;
  return f & F_FINISHED ? FINISHED : f & F_STARTED ? STARTED : NOT;
}

/** P6 schedules activities; WBS nodes and level-of-effort activities are placed afterwards. */
export function isActivity(s: PassState, i: number): boolean {
  return ((s.tasks.flags[i] as number) & F_SUMMARY) === 0 && ((s.tasks.flags2[i] as number) & F2_LOE) === 0;
}

/** The calendar task i's durations are counted on. */
export function calendarOf(s: PassState, i: number): WorkCalendar {
  return s.tasks.calendars[s.tasks.durCal[i] as number] as WorkCalendar;
}

/** The calendar a link's lag is counted on. */
export function lagCalendar(s: PassState, link: number): WorkCalendar {
  return s.tasks.calendars[s.links.lagCal[link] as number] as WorkCalendar;
}

/** A link's lag in minutes on its lag calendar. */
export function lagOf(s: PassState, link: number): number {
  return s.links.lag[link] as number;
}

/** date + lag minutes on the lag calendar; a lead never lands before the data date. */
export function addLag(s: PassState, link: number, date: number, lag = lagOf(s, link)): number {
  const result = lagCalendar(s, link).addWorking(date, lag);
  return lag < 0 && result < s.statusDate ? s.statusDate : result;
}

/** date − lag minutes on the lag calendar. */
export function removeLag(s: PassState, link: number, date: number, lag = lagOf(s, link)): number {
  return lagCalendar(s, link).addWorking(date, -lag);
}

/** How much of a lag counted from `from` has already passed by the data date (lag calendar minutes). */
export function elapsedLag(s: PassState, link: number, from: number): number {
  return from > s.statusDate ? 0 : lagCalendar(s, link).workBetween(from, s.statusDate);
}

/** Working minutes a started task has done: actual start to its finish or the data date. */
export function actualMinutes(s: PassState, i: number): number {
  const t = s.tasks;
  const f = t.flags[i] as number;
  if ((f & F_STARTED) === 0) return 0;
  const end = f & F_FINISHED ? (t.actualFinish[i] as number) : s.statusDate;
  return Math.max(0, calendarOf(s, i).workBetween(t.actualStart[i] as number, end));
}

/** P6's at-completion duration: actual plus remaining (just the remaining before the task starts). */
function atCompletion(s: PassState, i: number): number {
  return (s.tasks.remaining[i] as number) + actualMinutes(s, i);
}

/** start + the task's at-completion (or remaining) duration. */
export function p6Finish(s: PassState, i: number, start: number, remaining: boolean): number {
  const d = remaining ? (s.tasks.remaining[i] as number) : atCompletion(s, i);
  return calendarOf(s, i).addWorking(start, d);
}

/** finish − the task's at-completion (or remaining) duration. */
export function p6Start(s: PassState, i: number, finish: number, remaining: boolean): number {
  const d = remaining ? (s.tasks.remaining[i] as number) : atCompletion(s, i);
  return calendarOf(s, i).addWorking(finish, -d);
}

/** The next working time at or after `at` on task i's calendar. */
export function nextWorkStart(s: PassState, i: number, at: number): number {
  return calendarOf(s, i).nextWorkStart(at);
}

/** A finish at the start of a working period becomes the end of the previous one. */
export function prevWorkFinish(s: PassState, i: number, at: number): number {
  return calendarOf(s, i).prevWorkFinish(at);
}

/** A start at the end of a working period becomes the start of the next one (zero work between). */
export function equivalentNextWorkStart(s: PassState, i: number, at: number): number {
  const next = nextWorkStart(s, i, at);
  return calendarOf(s, i).workBetween(at, next) === 0 ? next : at;
}
