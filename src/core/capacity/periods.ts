import {
  civilFromEpochDay,
  daysInMonth,
  type EpochDay,
  epochDayFromCivil,
  formatLocalDate,
  weekdayOfEpochDay,
} from '../schedule/time.js';

/*
 * The time buckets of a capacity view: calendar days, ISO weeks (Monday to Sunday) or calendar
 * months. A range is widened to whole periods, so a week view asked from a Wednesday starts on the
 * Monday before it and every bucket holds the same kind of span.
 */

/** The size of a capacity period. */
export const CAPACITY_UNITS = ['day', 'week', 'month'] as const;
/** One of CAPACITY_UNITS. */
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

/** How many periods of each unit one view may hold (about three years of days, five of weeks and months). */
export const MAX_PERIODS: Readonly<Record<CapacityUnit, number>> = { day: 1100, week: 260, month: 60 };

/** One period: epoch days, start inclusive, end exclusive. */
export interface CapacityPeriod {
  readonly startDay: EpochDay;
  readonly endDay: EpochDay;
  /** "2026-03-02", "2026-W10", "2026-03". */
  readonly label: string;
}

/** The first day of the period of `unit` that holds `day`. */
export function periodStartOf(unit: CapacityUnit, day: EpochDay): EpochDay {
  if (unit === 'day') return day;
  if (unit === 'week') return day - ((weekdayOfEpochDay(day) + 6) % 7);
  const { year, month } = civilFromEpochDay(day);
  return epochDayFromCivil(year, month, 1);
}

function nextStart(unit: CapacityUnit, start: EpochDay): EpochDay {
  if (unit === 'day') return start + 1;
  if (unit === 'week') return start + 7;
  const { year, month } = civilFromEpochDay(start);
  return start + daysInMonth(year, month);
}

/** ISO 8601 week label: the week belongs to the year of its Thursday. */
function isoWeekLabel(monday: EpochDay): string {
  const thursday = monday + 3;
  const { year } = civilFromEpochDay(thursday);
  const week = Math.floor((thursday - epochDayFromCivil(year, 1, 1)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function labelOf(unit: CapacityUnit, start: EpochDay): string {
  if (unit === 'week') return isoWeekLabel(start);
  const text = formatLocalDate(start);
  return unit === 'month' ? text.slice(0, 7) : text;
}

/** How many periods of `unit` cover fromDay..toDay (both inclusive); no list is built. */
export function periodCount(unit: CapacityUnit, fromDay: EpochDay, toDay: EpochDay): number {
  if (toDay < fromDay) return 0;
  const first = periodStartOf(unit, fromDay);
  const last = periodStartOf(unit, toDay);
  if (unit === 'day') return last - first + 1;
  if (unit === 'week') return (last - first) / 7 + 1;
  const a = civilFromEpochDay(first);
  const b = civilFromEpochDay(last);
  return (b.year - a.year) * 12 + (b.month - a.month) + 1;
}

/** The periods of `unit` covering fromDay..toDay, both inclusive, widened to whole periods. */
export function capacityPeriods(unit: CapacityUnit, fromDay: EpochDay, toDay: EpochDay): CapacityPeriod[] {
  const out: CapacityPeriod[] = [];
  for (let start = periodStartOf(unit, fromDay); start <= toDay; ) {
    const end = nextStart(unit, start);
    out.push({ startDay: start, endDay: end, label: labelOf(unit, start) });
    start = end;
  }
  return out;
}

/**
 * Day → period index over the days the periods cover (−1 outside), as one typed array: the demand
 * of every assignment is summed day by day into periods, so the lookup must be O(1).
 */
export interface PeriodIndex {
  readonly firstDay: EpochDay;
  readonly days: number;
  readonly periodOfDay: Int32Array;
}

/** The day-to-period lookup of contiguous periods. */
export function periodIndex(periods: readonly CapacityPeriod[]): PeriodIndex {
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) return { firstDay: 0, days: 0, periodOfDay: new Int32Array(0) };
  const days = last.endDay - first.startDay;
  const periodOfDay = new Int32Array(days);
  periods.forEach((p, i) => {
    periodOfDay.fill(i, p.startDay - first.startDay, p.endDay - first.startDay);
  });
  return { firstDay: first.startDay, days, periodOfDay };
}
