import { civilFromEpochDay, MINUTES_PER_DAY, weekdayOfEpochDay } from '../../../../src/core/schedule/time.js';
import { formatWeekdayDate } from '../../lib/dates.js';
import type { TickUnit } from './time-scale.js';

/*
 * Text for the time-scale header and the tooltip. Dates are wall-clock values, so they are spelled
 * from their digits (day-month-year, unambiguous everywhere) rather than through Date and a zone.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Working minutes in a day when durations are shown in days (MS Project's default: 8 hours). */
export const MINUTES_PER_WORKING_DAY = 480;

/** Average width of one character of header text at 11px, for deciding which label fits. */
const CHAR_PX = 6.6;

function fits(text: string, widthPx: number): boolean {
  return text.length * CHAR_PX + 8 <= widthPx;
}

function firstFitting(candidates: readonly string[], widthPx: number): string {
  for (const text of candidates) if (fits(text, widthPx)) return text;
  return '';
}

/** Which header tier a label is for: the top tier names its year, the bottom one need not. */
export type Tier = 'top' | 'bottom';

/**
 * The label of a header cell that starts at `minute`, the longest that fits `widthPx`; '' when
 * none does (a cell too narrow for any label stays blank rather than overflowing its neighbours).
 */
export function tickLabel(unit: TickUnit, minute: number, widthPx: number, tier: Tier): string {
  const day = Math.floor(minute / MINUTES_PER_DAY);
  const { year, month, day: dom } = civilFromEpochDay(day);
  const monthName = MONTHS[month - 1] ?? '';
  const short = monthName.slice(0, 3);
  const yy = `'${String(year % 100).padStart(2, '0')}`;
  const top = tier === 'top';
  switch (unit) {
    case 'year':
      return firstFitting([String(year), yy], widthPx);
    case 'half': {
      const half = month <= 6 ? 'H1' : 'H2';
      return firstFitting(top ? [`${half} ${year}`, `${half} ${yy}`, half] : [half], widthPx);
    }
    case 'quarter': {
      const q = `Q${Math.floor((month - 1) / 3) + 1}`;
      return firstFitting(top ? [`${q} ${year}`, `${q} ${yy}`, q] : [q], widthPx);
    }
    case 'month':
      return firstFitting(
        top
          ? [`${monthName} ${year}`, `${short} ${year}`, `${short} ${yy}`, short]
          : [monthName, short, monthName.slice(0, 1)],
        widthPx,
      );
    case 'week':
      return firstFitting(
        top ? [`Week of ${dom} ${short} ${year}`, `${dom} ${short}`] : [`${dom} ${short}`, String(dom)],
        widthPx,
      );
    case 'day': {
      const weekday = WEEKDAYS[weekdayOfEpochDay(day)] ?? '';
      return firstFitting(
        top
          ? [`${weekday} ${dom} ${short} ${year}`, `${dom} ${short}`]
          : [`${weekday} ${dom}`, `${weekday.slice(0, 1)} ${dom}`, String(dom)],
        widthPx,
      );
    }
  }
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** A minute count as "Mon 01/08/2024 08:00" (the app's one date format) for the tooltip. */
export function formatDisplayDateTime(minute: number): string {
  if (!Number.isFinite(minute)) return '—';
  const day = Math.floor(minute / MINUTES_PER_DAY);
  const inDay = minute - day * MINUTES_PER_DAY;
  const { year, month, day: dom } = civilFromEpochDay(day);
  const time = `${pad2(Math.floor(inDay / 60))}:${pad2(inDay % 60)}`;
  return `${formatWeekdayDate(`${year}-${pad2(month)}-${pad2(dom)}`)} ${time}`;
}

/** A minute count as "8 Jan" (next to milestone diamonds). */
export function formatShortDate(minute: number): string {
  const { month, day } = civilFromEpochDay(Math.floor(minute / MINUTES_PER_DAY));
  return `${day} ${MONTHS[month - 1]?.slice(0, 3)}`;
}

/** Working minutes as days of 8 hours, "1 day", "2.5 days", "-3 days"; '—' when unknown. */
export function formatWorkingDays(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return '—';
  const days = Math.round((minutes / MINUTES_PER_WORKING_DAY) * 100) / 100;
  return `${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}
