import {
  civilFromEpochDay,
  epochDayFromCivil,
  formatLocalDateTime,
  MINUTES_PER_DAY,
  weekdayOfEpochDay,
} from '../../../../src/core/schedule/time.js';

/*
 * The Gantt's time axis. Plan dates are wall-clock values without a zone, so every date here is a
 * plain number of minutes since 1970-01-01T00:00 computed from the digits: no Date, no time zone,
 * no daylight-saving jumps. x = (minute - origin) * pxPerMinute.
 */

/** How much time one screen holds; each zoom has its own two header tiers. */
export type GanttZoom = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** The zooms from most to least detailed. */
export const GANTT_ZOOMS: readonly GanttZoom[] = ['day', 'week', 'month', 'quarter', 'year'];

/** A calendar unit a header tier is divided into. */
export type TickUnit = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';

/** A zoom's scale: pixels per calendar day, the header tiers, the drag snap and the padding. */
export interface ZoomScale {
  readonly pxPerDay: number;
  readonly top: TickUnit;
  readonly bottom: TickUnit;
  /** Drags move dates by whole multiples of this many minutes. */
  readonly snapMinutes: number;
  /** Calendar days of empty time before the first and after the last bar. */
  readonly padDays: number;
  /** Whether weekends are wide enough to shade. */
  readonly weekends: boolean;
}

/** The scale of each zoom. */
export const ZOOM_SCALES: Readonly<Record<GanttZoom, ZoomScale>> = {
  day: { pxPerDay: 36, top: 'month', bottom: 'day', snapMinutes: 60, padDays: 3, weekends: true },
  week: { pxPerDay: 14, top: 'month', bottom: 'week', snapMinutes: MINUTES_PER_DAY, padDays: 7, weekends: true },
  month: { pxPerDay: 3.5, top: 'quarter', bottom: 'month', snapMinutes: MINUTES_PER_DAY, padDays: 21, weekends: false },
  quarter: {
    pxPerDay: 1.1,
    top: 'year',
    bottom: 'quarter',
    snapMinutes: MINUTES_PER_DAY,
    padDays: 45,
    weekends: false,
  },
  year: { pxPerDay: 0.32, top: 'year', bottom: 'half', snapMinutes: MINUTES_PER_DAY, padDays: 120, weekends: false },
};

/** Horizontal pixels per minute at a zoom. */
export function pxPerMinute(zoom: GanttZoom): number {
  return ZOOM_SCALES[zoom].pxPerDay / MINUTES_PER_DAY;
}

function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}

/**
 * Minutes since 1970 of a local date-time "YYYY-MM-DDTHH:mm" (or "YYYY-MM-DD"), read from the
 * digits; NaN when absent or malformed. Hand-rolled because 100,000-task plans parse 200,000 of
 * these in one memo and a regex per date is measurable there.
 */
export function minuteOf(text: string | null | undefined): number {
  if (!text || text.length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  let hour = 0;
  let minute = 0;
  if (text.length >= 16) {
    hour = digit(text, 11) * 10 + digit(text, 12);
    minute = digit(text, 14) * 10 + digit(text, 15);
  }
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 24 && minute <= 59)) return Number.NaN;
  return epochDayFromCivil(year, month, day) * MINUTES_PER_DAY + hour * 60 + minute;
}

/** The local date-time "YYYY-MM-DDTHH:mm" of a minute count since 1970 (rounded to the minute). */
export function localOf(minute: number): string {
  return formatLocalDateTime(Math.round(minute)).slice(0, 16);
}

/** x in pixels of a minute, on an axis that starts at `origin`. */
export function xOfMinute(minute: number, origin: number, ppm: number): number {
  return (minute - origin) * ppm;
}

/** The minute at pixel x, on an axis that starts at `origin`. */
export function minuteAtX(x: number, origin: number, ppm: number): number {
  return origin + x / ppm;
}

/**
 * A drag's time delta snapped to the zoom's unit (hours in day zoom, days otherwise). The delta is
 * snapped rather than the date, so a task that starts at 08:00 still starts at 08:00 a day later.
 */
export function snapDelta(minutes: number, zoom: GanttZoom): number {
  const unit = ZOOM_SCALES[zoom].snapMinutes;
  return Math.round(minutes / unit) * unit || 0;
}

const MONTHS_IN: Readonly<Record<'month' | 'quarter' | 'half' | 'year', number>> = {
  month: 1,
  quarter: 3,
  half: 6,
  year: 12,
};

/** The first minute of the unit that contains `minute` (weeks start on Monday, as in ISO 8601). */
export function unitStart(minute: number, unit: TickUnit): number {
  const day = Math.floor(minute / MINUTES_PER_DAY);
  if (unit === 'day') return day * MINUTES_PER_DAY;
  if (unit === 'week') return (day - ((weekdayOfEpochDay(day) + 6) % 7)) * MINUTES_PER_DAY;
  const { year, month } = civilFromEpochDay(day);
  const span = MONTHS_IN[unit];
  const first = Math.floor((month - 1) / span) * span + 1;
  return epochDayFromCivil(year, first, 1) * MINUTES_PER_DAY;
}

/** The first minute of the unit after the one that contains `minute`. */
export function unitNext(minute: number, unit: TickUnit): number {
  const start = unitStart(minute, unit);
  if (unit === 'day') return start + MINUTES_PER_DAY;
  if (unit === 'week') return start + 7 * MINUTES_PER_DAY;
  const { year, month } = civilFromEpochDay(start / MINUTES_PER_DAY);
  const months = year * 12 + month - 1 + MONTHS_IN[unit];
  return epochDayFromCivil(Math.floor(months / 12), (months % 12) + 1, 1) * MINUTES_PER_DAY;
}

/** One header cell: the unit's first minute and the next unit's first minute. */
export interface Tick {
  readonly start: number;
  readonly end: number;
}

/**
 * The units that overlap [from, to): only the visible stretch of the axis, so a five-year plan in
 * day zoom costs what one screen of days costs. `limit` guards against a caller passing the whole axis.
 */
export function ticksBetween(unit: TickUnit, from: number, to: number, limit = 1000): Tick[] {
  const ticks: Tick[] = [];
  let start = unitStart(from, unit);
  while (start < to && ticks.length < limit) {
    const end = unitNext(start, unit);
    ticks.push({ start, end });
    start = end;
  }
  return ticks;
}

/** The Saturday-Sunday stretches that overlap [from, to), one span per weekend. */
export function weekendSpans(from: number, to: number): Tick[] {
  const spans: Tick[] = [];
  const firstDay = Math.floor(from / MINUTES_PER_DAY);
  // The Saturday on or before the first day.
  let saturday = firstDay - ((weekdayOfEpochDay(firstDay) + 1) % 7);
  if ((saturday + 2) * MINUTES_PER_DAY <= from) saturday += 7;
  while (saturday * MINUTES_PER_DAY < to) {
    spans.push({ start: saturday * MINUTES_PER_DAY, end: (saturday + 2) * MINUTES_PER_DAY });
    saturday += 7;
  }
  return spans;
}
