import { DomainError } from '../errors.js';
import type { Calendar, CalendarException, Recurrence, RecurrenceDay, WorkingInterval, WorkWeek } from './model.js';
import {
  civilFromEpochDay,
  daysInMonth,
  type EpochDay,
  epochDayFromCivil,
  MINUTES_PER_DAY,
  weekdayOfEpochDay,
} from './time.js';

/** Longest span a single exception may cover, in days (guards against runaway input). */
const MAX_EXCEPTION_DAYS = 200 * 366;

/**
 * A calendar reduced to day patterns: `patterns[p]` is a sorted list of working intervals (minutes
 * after midnight); `patternOfDay(day)` says which pattern an epoch day follows.
 */
export interface DayRules {
  readonly calendarId: string;
  readonly patterns: readonly (readonly WorkingInterval[])[];
  patternOfDay(day: EpochDay): number;
}

function invalid(calendarId: string, field: string, reason: string): DomainError {
  return new DomainError('validation_failed', `calendar ${calendarId} ${field}: ${reason}`, { calendarId, field });
}

/** Sorts and merges intervals, rejecting ones outside [0, 1440] or empty. */
function normaliseIntervals(
  calendarId: string,
  field: string,
  intervals: readonly WorkingInterval[],
): readonly WorkingInterval[] {
  const sorted = [...intervals].sort((a, b) => a.startMinute - b.startMinute);
  const merged: WorkingInterval[] = [];
  for (const iv of sorted) {
    const { startMinute: s, endMinute: e } = iv;
    if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e > MINUTES_PER_DAY || s >= e) {
      throw invalid(calendarId, field, `interval ${s}-${e} must satisfy 0 ≤ start < end ≤ 1440 (whole minutes)`);
    }
    const last = merged[merged.length - 1];
    if (last && s <= last.endMinute) {
      merged[merged.length - 1] = { startMinute: last.startMinute, endMinute: Math.max(last.endMinute, e) };
    } else {
      merged.push({ startMinute: s, endMinute: e });
    }
  }
  return merged;
}

function matchesDay(day: RecurrenceDay, weekday: number): boolean {
  if (day === 'day') return true;
  if (day === 'weekday') return weekday >= 1 && weekday <= 5;
  if (day === 'weekendDay') return weekday === 0 || weekday === 6;
  return day === weekday;
}

/** The epoch day of the `position`-th (1-4, 5 = last) matching day of a month, or null. */
function nthDayOfMonth(year: number, month: number, day: RecurrenceDay, position: number): EpochDay | null {
  const first = epochDayFromCivil(year, month, 1);
  const count = daysInMonth(year, month);
  if (position >= 5) {
    for (let d = first + count - 1; d >= first; d--) if (matchesDay(day, weekdayOfEpochDay(d))) return d;
    return null;
  }
  let seen = 0;
  for (let d = first; d < first + count; d++) {
    if (matchesDay(day, weekdayOfEpochDay(d)) && ++seen === position) return d;
  }
  return null;
}

function dateInMonth(year: number, month: number, dayOfMonth: number): EpochDay {
  return epochDayFromCivil(year, month, Math.min(dayOfMonth, daysInMonth(year, month)));
}

/** Every day a recurring exception covers, in order, inside [fromDay, toDay] and at most `limit` of them. */
export function recurrenceDays(recurrence: Recurrence, fromDay: EpochDay, toDay: EpochDay, limit: number): EpochDay[] {
  const days: EpochDay[] = [];
  const push = (d: EpochDay | null): boolean => {
    if (d === null || d < fromDay) return true;
    if (d > toDay || days.length >= limit) return false;
    days.push(d);
    return true;
  };
  const start = civilFromEpochDay(fromDay);
  switch (recurrence.kind) {
    case 'daily': {
      const step = Math.max(1, recurrence.everyDays);
      for (let d = fromDay; push(d); d += step);
      break;
    }
    case 'weekly': {
      const step = Math.max(1, recurrence.everyWeeks) * 7;
      const weekStart = fromDay - weekdayOfEpochDay(fromDay);
      const weekdays = [...recurrence.weekdays].sort((a, b) => a - b);
      for (let w = weekStart; w <= toDay && days.length < limit; w += step) {
        for (const wd of weekdays) if (!push(w + wd)) return days;
      }
      break;
    }
    case 'monthlyByDate':
    case 'monthlyByWeekday': {
      const step = Math.max(1, recurrence.everyMonths);
      for (let i = 0; ; i += step) {
        const m0 = start.month - 1 + i;
        const year = start.year + Math.floor(m0 / 12);
        const month = (m0 % 12) + 1;
        if (epochDayFromCivil(year, month, 1) > toDay || days.length >= limit) break;
        const d =
          recurrence.kind === 'monthlyByDate'
            ? dateInMonth(year, month, recurrence.dayOfMonth)
            : nthDayOfMonth(year, month, recurrence.day, recurrence.position);
        if (!push(d)) break;
      }
      break;
    }
    case 'yearlyByDate':
    case 'yearlyByWeekday': {
      for (let year = start.year; ; year++) {
        if (epochDayFromCivil(year, 1, 1) > toDay || days.length >= limit) break;
        const d =
          recurrence.kind === 'yearlyByDate'
            ? dateInMonth(year, recurrence.month, recurrence.dayOfMonth)
            : nthDayOfMonth(year, recurrence.month, recurrence.day, recurrence.position);
        if (!push(d)) break;
      }
      break;
    }
  }
  return days;
}

function exceptionDays(calendarId: string, index: number, ex: CalendarException): EpochDay[] {
  const field = `exceptions[${index}]`;
  if (!Number.isInteger(ex.fromDay) || !Number.isInteger(ex.toDay) || ex.toDay < ex.fromDay) {
    throw invalid(calendarId, field, 'fromDay and toDay must be whole epoch days with fromDay ≤ toDay');
  }
  if (ex.toDay - ex.fromDay > MAX_EXCEPTION_DAYS) throw invalid(calendarId, field, 'spans more than 200 years');
  const limit = ex.occurrences ?? Number.POSITIVE_INFINITY;
  if (ex.recurrence) return recurrenceDays(ex.recurrence, ex.fromDay, ex.toDay, limit);
  const days: EpochDay[] = [];
  for (let d = ex.fromDay; d <= ex.toDay; d++) days.push(d);
  return days;
}

/** Validates a calendar and reduces it to day patterns; throws a DomainError naming the bad field. */
export function compileDayRules(calendar: Calendar): DayRules {
  const id = calendar.id;
  const patterns: (readonly WorkingInterval[])[] = [];
  const keys = new Map<string, number>();
  const patternOf = (intervals: readonly WorkingInterval[]): number => {
    const key = intervals.map((iv) => `${iv.startMinute}-${iv.endMinute}`).join(',');
    let p = keys.get(key);
    if (p === undefined) {
      p = patterns.length;
      patterns.push(intervals);
      keys.set(key, p);
    }
    return p;
  };
  const weekPatterns = (week: WorkWeek, field: string): number[] => {
    if (week.length !== 7) throw invalid(id, field, 'must list 7 days, Sunday first');
    return week.map((day, i) => patternOf(normaliseIntervals(id, `${field}[${i}]`, day)));
  };

  const base = weekPatterns(calendar.week, 'week');
  if (base.every((p) => (patterns[p] as readonly WorkingInterval[]).length === 0)) {
    throw invalid(id, 'week', 'has no working time');
  }
  const periods = (calendar.workWeeks ?? []).map((ww, i) => {
    if (ww.toDay < ww.fromDay) throw invalid(id, `workWeeks[${i}]`, 'fromDay must not be after toDay');
    return { fromDay: ww.fromDay, toDay: ww.toDay, week: weekPatterns(ww.week, `workWeeks[${i}].week`) };
  });
  const byDay = new Map<EpochDay, number>();
  calendar.exceptions.forEach((ex, i) => {
    const p = patternOf(normaliseIntervals(id, `exceptions[${i}].working`, ex.working));
    for (const d of exceptionDays(id, i, ex)) byDay.set(d, p);
  });

  return {
    calendarId: id,
    patterns,
    patternOfDay(day: EpochDay): number {
      const ex = byDay.get(day);
      if (ex !== undefined) return ex;
      const wd = weekdayOfEpochDay(day);
      for (let i = periods.length - 1; i >= 0; i--) {
        const period = periods[i];
        if (period && day >= period.fromDay && day <= period.toDay) return period.week[wd] as number;
      }
      return base[wd] as number;
    },
  };
}

/** A calendar that works every minute of every day (elapsed durations, P6's 24-hour lag calendar). */
export const CONTINUOUS_CALENDAR: Calendar = {
  id: '__24h' as Calendar['id'],
  name: '24 hours',
  week: Array.from({ length: 7 }, () => [{ startMinute: 0, endMinute: MINUTES_PER_DAY }]),
  exceptions: [],
  hoursPerDay: 24,
  hoursPerWeek: 168,
  daysPerMonth: 30,
};
