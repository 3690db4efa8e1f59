/*
 * Working intervals as people type them ("8:00-12:00") and as the API stores them ("08:00-12:00"),
 * with the messages the editor shows when one is wrong. The engine requires an interval to end
 * after it starts within one day, so a shift across midnight must be split over two days.
 */

/** Weekday names of the API, Monday first as the editor lists them. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
/** A weekday name of the API. */
export type Weekday = (typeof WEEKDAYS)[number];

/** Short English labels, Monday first. */
export const WEEKDAY_SHORT: Readonly<Record<Weekday, string>> = {
  monday: 'Mon',
  tuesday: 'Tue',
  wednesday: 'Wed',
  thursday: 'Thu',
  friday: 'Fri',
  saturday: 'Sat',
  sunday: 'Sun',
};

/** Full English labels. */
export const WEEKDAY_LABELS: Readonly<Record<Weekday, string>> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

/** A parsed interval in minutes after midnight, end exclusive. */
export interface MinuteInterval {
  readonly startMinute: number;
  readonly endMinute: number;
}

const INTERVAL = /^(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})$/;

function minuteOfDay(hour: string, minute: string): number | null {
  const h = Number(hour);
  const m = Number(minute);
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return null;
  return h * 60 + m;
}

/** The interval in minutes, or the reason it is not one (a sentence for under the field). */
export function parseInterval(text: string): MinuteInterval | string {
  const match = INTERVAL.exec(text.trim());
  if (!match) return `“${text.trim()}” is not like 08:00-12:00`;
  const [, h1 = '', m1 = '', h2 = '', m2 = ''] = match;
  const start = minuteOfDay(h1, m1);
  const end = minuteOfDay(h2, m2);
  if (start === null) return `${h1}:${m1} is not a time of day (00:00 to 24:00)`;
  if (end === null) return `${h2}:${m2} is not a time of day (00:00 to 24:00)`;
  if (end <= start) return `${text.trim()} must end after it starts; hours cannot run past midnight`;
  return { startMinute: start, endMinute: end };
}

/** Minutes after midnight as "08:00" (1440 as "24:00"). */
export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** An interval as the API writes it: "08:00-12:00". */
export function intervalText(iv: MinuteInterval): string {
  return `${clockText(iv.startMinute)}-${clockText(iv.endMinute)}`;
}

/** The canonical text of a typed interval ("8:00 - 12:00" -> "08:00-12:00"); unparseable text unchanged. */
export function normaliseInterval(text: string): string {
  const parsed = parseInterval(text);
  return typeof parsed === 'string' ? text.trim() : intervalText(parsed);
}

/** Working minutes of a day's intervals (invalid ones count nothing). */
export function minutesOf(intervals: readonly string[]): number {
  let total = 0;
  for (const text of intervals) {
    const iv = parseInterval(text);
    if (typeof iv !== 'string') total += iv.endMinute - iv.startMinute;
  }
  return total;
}

/** Minutes as hours for display: 480 -> "8h", 450 -> "7.5h", 470 -> "7h 50m". */
export function hoursText(minutes: number): string {
  if (minutes % 30 === 0) return `${minutes / 60}h`;
  const h = Math.floor(minutes / 60);
  return h > 0 ? `${h}h ${minutes % 60}m` : `${minutes}m`;
}

/**
 * The interval to offer when someone adds one to a day: the afternoon after a morning, else
 * a standard day. Never past midnight; null when the day is already full.
 */
export function nextInterval(existing: readonly string[]): string | null {
  if (existing.length === 0) return '08:00-12:00';
  let latest = 0;
  for (const text of existing) {
    const iv = parseInterval(text);
    if (typeof iv !== 'string') latest = Math.max(latest, iv.endMinute);
  }
  if (latest >= 1440) return null;
  const start = latest + 60 <= 1380 ? latest + 60 : latest;
  return intervalText({ startMinute: start, endMinute: Math.min(start + 240, 1440) });
}
