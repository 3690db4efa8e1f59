import {
  civilFromEpochDay,
  epochDayFromCivil,
  MINUTES_PER_DAY,
  parseLocalDateTime,
} from '../../../src/core/schedule/time.js';
import { formatDate } from '../lib/dates.js';

/*
 * The milestone timeline's time axis. Milestone dates are wall-clock plan dates without a zone
 * ("2026-03-12T17:00"), so the axis counts plain minutes since 1970-01-01T00:00 read from the
 * digits: no Date, no time zone, no daylight-saving jumps. The axis always fits the width it is
 * given (a portfolio overview, not a zoomable Gantt); the tick unit follows from the room per day.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A calendar unit the axis is divided into. */
export type AxisUnit = 'month' | 'quarter' | 'year';

/** A stretch of time [start, end) in minutes since 1970, drawn across `width` px. */
export interface TimeAxis {
  readonly start: number;
  readonly end: number;
  readonly width: number;
  /** Room left free at each edge so a diamond on the first or last day is not cut in half. */
  readonly pad: number;
}

/** Minutes since 1970 of a plan date-time or a YYYY-MM-DD day; null when absent or malformed. */
export function minuteOf(text: string | null | undefined): number | null {
  return text ? parseLocalDateTime(text) : null;
}

/** The first minute of the month (offset by `months`) that contains `minute`. */
export function monthStart(minute: number, months = 0): number {
  const { year, month } = civilFromEpochDay(Math.floor(minute / MINUTES_PER_DAY));
  const index = year * 12 + month - 1 + months;
  return epochDayFromCivil(Math.floor(index / 12), (index % 12) + 1, 1) * MINUTES_PER_DAY;
}

/**
 * The axis range. A date window the user picked is kept exactly (`to` inclusive); otherwise the
 * range spans every date and today, widened to whole months so the edges fall on month lines.
 * An empty range becomes the month around today.
 */
export function axisRange(opts: {
  readonly dates: readonly number[];
  readonly today: number;
  readonly from?: string | null;
  readonly to?: string | null;
}): { start: number; end: number } {
  let lo = opts.today;
  let hi = opts.today;
  for (const d of opts.dates) {
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  const from = minuteOf(opts.from);
  const to = minuteOf(opts.to);
  const start = from ?? monthStart(lo);
  let end = to === null ? monthStart(hi, 1) : to + MINUTES_PER_DAY;
  if (end <= start) end = from === null ? monthStart(start, 1) : start + MINUTES_PER_DAY;
  return { start, end };
}

/** x in px of a minute on the axis (may fall outside [0, width] for dates outside the range). */
export function xOf(axis: TimeAxis, minute: number): number {
  const span = axis.end - axis.start;
  return axis.pad + ((minute - axis.start) / span) * (axis.width - 2 * axis.pad);
}

/** True when the minute lies inside the axis range. */
export function inRange(axis: TimeAxis, minute: number): boolean {
  return minute >= axis.start && minute < axis.end;
}

/** Pixels one calendar day takes on the axis. */
export function pxPerDay(axis: TimeAxis): number {
  return ((axis.width - 2 * axis.pad) * MINUTES_PER_DAY) / (axis.end - axis.start);
}

/** Narrowest a tick may be and still carry its label ("Sep", "Q3", "2026"). */
const MIN_TICK_PX = 30;

/** The finest unit whose ticks are wide enough to label: months, else quarters, else years. */
export function axisUnit(dayPx: number): AxisUnit {
  if (dayPx * 30 >= MIN_TICK_PX) return 'month';
  if (dayPx * 91 >= MIN_TICK_PX) return 'quarter';
  return 'year';
}

/** The coarser unit of the upper header tier, or null when there is none (years). */
export function parentUnit(unit: AxisUnit): AxisUnit | null {
  return unit === 'month' ? 'quarter' : unit === 'quarter' ? 'year' : null;
}

const SPAN: Readonly<Record<AxisUnit, number>> = { month: 1, quarter: 3, year: 12 };

/** One header cell: [start, end) in minutes, clipped to the axis, and its label. */
export interface AxisTick {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

function tickLabel(unit: AxisUnit, minute: number): string {
  const { year, month } = civilFromEpochDay(Math.floor(minute / MINUTES_PER_DAY));
  if (unit === 'month') return MONTHS[month - 1] as string;
  if (unit === 'quarter') return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
  return String(year);
}

/** The units of `unit` that overlap the axis, clipped to it, at most `limit` of them. */
export function axisTicks(axis: TimeAxis, unit: AxisUnit, limit = 600): AxisTick[] {
  const ticks: AxisTick[] = [];
  const { year, month } = civilFromEpochDay(Math.floor(axis.start / MINUTES_PER_DAY));
  const first = Math.floor((month - 1) / SPAN[unit]) * SPAN[unit];
  let cursor = epochDayFromCivil(year, first + 1, 1) * MINUTES_PER_DAY;
  while (cursor < axis.end && ticks.length < limit) {
    const next = monthStart(cursor, SPAN[unit]);
    ticks.push({ start: Math.max(cursor, axis.start), end: Math.min(next, axis.end), label: tickLabel(unit, cursor) });
    cursor = next;
  }
  return ticks;
}

/** The viewer's wall-clock "now" as a plan date-time "YYYY-MM-DDTHH:mm" (plan dates have no zone). */
export function localNow(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}T${p(now.getHours())}:${p(now.getMinutes())}`;
}

/** "2026-03-12T17:00" -> its day in the app's one date format (lib/dates.ts); '—' when absent. */
export function formatMilestoneDate(value: string | null | undefined): string {
  return formatDate(value?.slice(0, 10));
}
