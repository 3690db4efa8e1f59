import { formatWeekdayDate } from '../lib/dates.js';

/*
 * Plan dates are local date-times without a zone ("2024-01-08T08:00"), as in MS Project files.
 * They are parsed here with plain string and integer arithmetic, never through JavaScript's Date
 * in the viewer's zone, so a date never shifts by a day; they are shown in the app's one date
 * format, as UTC calendar days for the same reason.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function daysIn(y: number, m: number): number {
  return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
    m - 1
  ] as number;
}

/** "2024-01-08T08:00" -> "Mon 01/08/2024" in the app's one date format (lib/dates.ts); empty for null. */
export function formatPlanDate(value: string | null | undefined): string {
  if (!value) return '';
  return formatWeekdayDate(value.slice(0, 10));
}

/** "2024-01-08T08:00" -> "Mon 01/08/2024 08:00", for tooltips. */
export function formatPlanDateTime(value: string | null | undefined): string {
  if (!value) return '';
  return `${formatPlanDate(value)} ${value.slice(11, 16)}`;
}

/** The date part, "2024-01-08", of a plan date-time. */
export function datePart(value: string): string {
  return value.slice(0, 10);
}

/** A typed date: the calendar date and, when given, the time of day ("HH:mm"). */
export interface TypedDate {
  readonly date: string;
  readonly time: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function civil(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

function time(text: string | undefined): string | null | false {
  if (!text) return null;
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!m) return false;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return false;
  return `${pad(h)}:${pad(min)}`;
}

/**
 * Reads what a planner types into a date cell: "2024-01-08", "2024-01-08 08:00" (or with T), and
 * the grid's own "Mon 8 Jan 24" / "8 Jan 2024" (the weekday is ignored). Null when not a date.
 */
export function parsePlanDate(text: string): TypedDate | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}:\d{2}))?$/.exec(s);
  if (iso) {
    const date = civil(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    const t = time(iso[4]);
    return date && t !== false ? { date, time: t } : null;
  }
  const words = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}:\d{2}))?$/i.exec(s);
  if (words) {
    const month = MONTHS.findIndex((name) => name.toLowerCase() === (words[2] as string).slice(0, 3).toLowerCase());
    const rawYear = Number(words[3]);
    const year = (words[3] as string).length === 2 ? 2000 + rawYear : rawYear;
    const date = month < 0 ? null : civil(year, month + 1, Number(words[1]));
    const t = time(words[4]);
    return date && t !== false ? { date, time: t } : null;
  }
  return null;
}

/** Today's local date as "YYYY-MM-DD", from a Date the caller supplies (so tests can fix it). */
export function localDateOf(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
