/*
 * Timesheet weeks are named by their Monday (YYYY-MM-DD), as the API names them. "This week" is the
 * viewer's own calendar week (their local date), which is what someone booking today's hours means.
 */

const DAY_MS = 86_400_000;

function utcDay(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2030-02-30 over into March: such a text is no date.
  return new Date(t).toISOString().slice(0, 10) === date ? t / DAY_MS : null;
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The local calendar date of `now`, YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The Monday of the week holding the date (YYYY-MM-DD), or null when it is not a date. */
export function mondayOf(date: string): string | null {
  const day = utcDay(date);
  if (day === null) return null;
  // 1970-01-01 was a Thursday: day 4 of a Monday-first week (0 = Monday).
  return dateOf(day - ((((day + 3) % 7) + 7) % 7));
}

/** The Monday `weeks` weeks after (or before, when negative) the Monday `week`. */
export function addWeeks(week: string, weeks: number): string {
  const day = utcDay(week);
  if (day === null) throw new Error(`not a date: ${week}`);
  return dateOf(day + 7 * weeks);
}

/** Which day of the week (0 = Monday) `date` is in the week starting `week`, or -1 when outside it. */
export function dayOfWeek(week: string, date: string): number {
  const [first, day] = [utcDay(week), utcDay(date)];
  if (first === null || day === null) return -1;
  const i = day - first;
  return i >= 0 && i < 7 ? i : -1;
}

/** The seven dates of the week starting on the Monday `week`. */
export function weekDays(week: string): string[] {
  const first = utcDay(week);
  if (first === null) throw new Error(`not a date: ${week}`);
  return Array.from({ length: 7 }, (_, i) => dateOf(first + i));
}
