import { DomainError } from '../errors.js';

/**
 * A local date-time as whole minutes since 1970-01-01T00:00 (no time zone: plans hold wall-clock
 * times, as MS Project and P6 files do). Integer arithmetic keeps the hot path exact and fast.
 */
export type EpochMinute = number;

/** A calendar date as whole days since 1970-01-01. */
export type EpochDay = number;

/** Minutes in one calendar day. */
export const MINUTES_PER_DAY = 1440;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12), by Hinnant's days-from-civil. */
export function epochDayFromCivil(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date {year, month 1-12, day 1-31} of a day count since 1970-01-01. */
export function civilFromEpochDay(epochDay: EpochDay): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day of week of an epoch day: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfEpochDay(epochDay: EpochDay): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** Number of days in a month (month 1-12) of a proleptic Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  return (
    epochDayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    epochDayFromCivil(year, month, 1)
  );
}

const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/**
 * Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss` (a space may replace `T`) into
 * minutes since the epoch; seconds round to the nearest minute. Returns null when the text is not
 * a valid local date-time (zones are rejected: plans hold wall-clock times).
 */
export function parseLocalDateTime(text: string): EpochMinute | null {
  const m = ISO_LOCAL.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // 24:00 is how some tools write the end of a day.
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute > 0 || second > 0))) return null;
  return epochDayFromCivil(year, month, day) * MINUTES_PER_DAY + hour * 60 + minute + (second >= 30 ? 1 : 0);
}

/**
 * Why a local date-time cannot be planned with, or null: a day that is not on the calendar
 * (2027-02-30), or a year outside 1900-2199, the span the engine's calendars can measure (past it
 * scheduling would fail where no field can be named). The API and plan files share this rule.
 */
export function localDateTimeProblem(text: string): string | null {
  if (parseLocalDateTime(text) === null) return 'is not a date and time on the calendar';
  if (text < '1900' || text >= '2200') return 'must lie between the years 1900 and 2199';
  return null;
}

/** Like parseLocalDateTime, but throws a DomainError naming `field` when the text is invalid. */
export function requireLocalDateTime(text: string, field: string): EpochMinute {
  const value = parseLocalDateTime(text);
  if (value === null) {
    throw new DomainError('validation_failed', `${field}: not a local ISO date-time: ${JSON.stringify(text)}`, {
      field,
    });
  }
  return value;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/*
 * A schedule's output formats tens of thousands of dates that fall on a few hundred days and a few
 * dozen times of day, and working out a civil date is most of the cost of one: each day's and each
 * minute's text is made once and remembered (bounded, so a long-running server cannot grow it).
 */
const dayTexts = new Map<EpochDay, string>();
const timeTexts: string[] = [];

/** The epoch day of a `YYYY-MM-DD` already checked (by a contract) to be a date on the calendar. */
export function epochDayOfDate(text: string): EpochDay {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return epochDayFromCivil(y, m, d);
}

/** Formats an epoch day as `YYYY-MM-DD`. */
export function formatLocalDate(epochDay: EpochDay): string {
  let text = dayTexts.get(epochDay);
  if (text === undefined) {
    const { year, month, day } = civilFromEpochDay(epochDay);
    text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    if (dayTexts.size >= 100_000) dayTexts.clear();
    dayTexts.set(epochDay, text);
  }
  return text;
}

/** Formats minutes since the epoch as a local ISO date-time `YYYY-MM-DDTHH:mm:00` (no zone). */
export function formatLocalDateTime(minutes: EpochMinute): string {
  const day = Math.floor(minutes / MINUTES_PER_DAY);
  const inDay = minutes - day * MINUTES_PER_DAY;
  let time = timeTexts[inDay];
  if (time === undefined) {
    time = `T${pad(Math.floor(inDay / 60), 2)}:${pad(inDay % 60, 2)}:00`;
    timeTexts[inDay] = time;
  }
  return formatLocalDate(day) + time;
}

/** Parses `HH:mm` or `HH:mm:ss` (24:00 allowed) into minutes after midnight, or null. */
export function parseTimeOfDay(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return null;
  return hour * 60 + minute;
}
