/*
 * Status-report periods: a cadence cuts time into consecutive periods from an anchor date; the
 * report of a period is due on its last day. All dates are ISO calendar dates (YYYY-MM-DD, no
 * zone); "today" is passed in, core keeps no clock.
 */

/** How often a project reports; `none`: no reports are due. */
export const CADENCES = ['none', 'weekly', 'fortnightly', 'monthly'] as const;
/** A reporting cadence. */
export type Cadence = (typeof CADENCES)[number];

/** One reporting period: first and last day (inclusive, ISO dates); the report is due on `end`. */
export interface ReportPeriod {
  /** 0 for the period starting on the anchor. */
  readonly index: number;
  readonly start: string;
  readonly end: string;
}

const DAY_MS = 86_400_000;

function toDays(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function fromDays(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** `date` plus `n` calendar days (ISO dates). */
export function addDays(date: string, n: number): string {
  return fromDays(toDays(date) + n);
}

/** Whole calendar days from `a` to `b` (negative when b is before a). */
export function daysBetween(a: string, b: string): number {
  return Math.round(toDays(b) - toDays(a));
}

/** The Monday on or after `date`: periods of a project start on a Monday by default. */
export function mondayOnOrAfter(date: string): string {
  const weekday = new Date(toDays(date) * DAY_MS).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(date, (8 - weekday) % 7);
}

/** `anchor` plus `n` months, on the anchor's day of month (the month's last day when it has fewer). */
function addMonths(anchor: string, n: number): string {
  const y = Number(anchor.slice(0, 4));
  const m = Number(anchor.slice(5, 7)) - 1 + n;
  const day = Number(anchor.slice(8, 10));
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day, last))).toISOString().slice(0, 10);
}

/** The first day of period `index` of a cadence anchored on `anchor`. */
function periodStart(cadence: Exclude<Cadence, 'none'>, anchor: string, index: number): string {
  if (cadence === 'monthly') return addMonths(anchor, index);
  return addDays(anchor, index * (cadence === 'weekly' ? 7 : 14));
}

/** Period `index` (0 = the one starting on the anchor). */
export function periodAt(cadence: Exclude<Cadence, 'none'>, anchor: string, index: number): ReportPeriod {
  return {
    index,
    start: periodStart(cadence, anchor, index),
    end: addDays(periodStart(cadence, anchor, index + 1), -1),
  };
}

/** The period that holds `date`, or null before the anchor or without a cadence. */
export function periodContaining(cadence: Cadence, anchor: string, date: string): ReportPeriod | null {
  if (cadence === 'none' || date < anchor) return null;
  let index =
    cadence === 'monthly'
      ? (Number(date.slice(0, 4)) - Number(anchor.slice(0, 4))) * 12 +
        Number(date.slice(5, 7)) -
        Number(anchor.slice(5, 7))
      : Math.floor(daysBetween(anchor, date) / (cadence === 'weekly' ? 7 : 14));
  // Monthly guesses by month; a day of month before the anchor's belongs to the previous period.
  while (index > 0 && periodStart(cadence, anchor, index) > date) index--;
  return periodAt(cadence, anchor, Math.max(0, index));
}

/**
 * The periods whose report fell due by `today` (due date = last day, so due when end < today),
 * ending on or after `from`: reports are owed only from the day a cadence was set, not for the
 * months before it. Oldest first; at most `limit` (the newest ones).
 */
export function duePeriods(cadence: Cadence, anchor: string, from: string, today: string, limit = 200): ReportPeriod[] {
  if (cadence === 'none') return [];
  const current = periodContaining(cadence, anchor, today);
  if (!current) return [];
  const out: ReportPeriod[] = [];
  for (let i = current.index - 1; i >= 0 && out.length < limit; i--) {
    const p = periodAt(cadence, anchor, i);
    if (p.end < from) break;
    out.push(p);
  }
  return out.reverse();
}
