/*
 * Calendar arithmetic for the demo organisation, on plain YYYY-MM-DD strings and the Standard
 * calendar's Monday-to-Friday week. Every function takes "today" (or a date) as an argument, so
 * the demo is deterministic given the day it is loaded on, and always shows work under way.
 */

const MS_PER_DAY = 86_400_000;

function toUtc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True for Monday to Friday. */
export function isWorkingDay(date: string): boolean {
  const weekday = new Date(toUtc(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The working day `n` working days after `date` (before it when negative); `date` itself counts as 0. */
export function addWorkingDays(date: string, n: number): string {
  let ms = toUtc(date);
  const step = n < 0 ? -MS_PER_DAY : MS_PER_DAY;
  for (let left = Math.abs(n); left > 0; ) {
    ms += step;
    if (isWorkingDay(fromUtc(ms))) left--;
  }
  return fromUtc(ms);
}

/** The last working day strictly before `today`: the status date of a plan reported on today. */
export function lastWorkingDayBefore(today: string): string {
  return addWorkingDays(today, -1);
}

/** Working days from `from` to `to`, both included (0 when `to` is before `from`). */
export function workingDaysThrough(from: string, to: string): number {
  let n = 0;
  for (let ms = toUtc(from); ms <= toUtc(to); ms += MS_PER_DAY) if (isWorkingDay(fromUtc(ms))) n++;
  return n;
}

/**
 * The start date of a plan whose working day number `day` (1-based) is the status date, i.e. the
 * last working day before `today`. `day` <= 0 puts the start that many working days into the future.
 */
export function startForDay(today: string, day: number): string {
  return addWorkingDays(lastWorkingDayBefore(today), 1 - day);
}
