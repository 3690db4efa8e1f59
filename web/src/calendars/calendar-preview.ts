import type { CalendarFields } from '../../../src/contracts/index.js';
import {
  type Calendar,
  calendarId,
  type EpochDay,
  epochDayFromCivil,
  formatLocalDate,
  MINUTES_PER_DAY,
  parseLocalDateTime,
  recurrenceDays,
  type WorkingInterval,
  type WorkWeek,
  weekdayOfEpochDay,
  workCalendar,
} from '../../../src/core/schedule/index.js';
import { intervalText, parseInterval } from './working-time.js';

/*
 * The month preview runs the scheduling engine itself on the calendar being edited, so what the
 * grid shows as working is what plans will be scheduled on. The web app may not import the
 * server's JSON reader (src/interop), hence this small converter from the API's fields to the
 * engine's Calendar.
 */

/** The engine's weekday order: Sunday first. */
const ENGINE_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** What the preview may show of a calendar: the API's fields, any of them missing but the week. */
export type PreviewInput = Pick<CalendarFields, 'week'> &
  Partial<Pick<CalendarFields, 'exceptions' | 'workWeeks' | 'hoursPerDay' | 'hoursPerWeek' | 'daysPerMonth'>>;

function intervals(list: readonly string[] | undefined): WorkingInterval[] {
  const out: WorkingInterval[] = [];
  for (const text of list ?? []) {
    const iv = parseInterval(text);
    if (typeof iv !== 'string') out.push(iv);
  }
  return out;
}

function weekOf(week: CalendarFields['week']): WorkWeek {
  return ENGINE_DAYS.map((d) => intervals(week[d]));
}

/** An epoch day from "YYYY-MM-DD", or null. */
export function epochDayOf(date: string): EpochDay | null {
  const minutes = parseLocalDateTime(date);
  return minutes === null ? null : Math.floor(minutes / MINUTES_PER_DAY);
}

/**
 * The engine's Calendar from the API's fields. Intervals that are not "HH:MM-HH:MM" and exceptions
 * or work weeks without valid dates are left out (the form reports them; the preview shows the rest).
 */
export function calendarFromFields(fields: PreviewInput, id = 'preview', name = 'Preview'): Calendar {
  const exceptions: Calendar['exceptions'][number][] = [];
  for (const e of fields.exceptions ?? []) {
    const fromDay = epochDayOf(e.from);
    const toDay = epochDayOf(e.to ?? e.from);
    if (fromDay === null || toDay === null || toDay < fromDay) continue;
    exceptions.push({
      ...(e.name ? { name: e.name } : {}),
      fromDay,
      toDay,
      working: intervals(e.working),
      ...(e.recurrence ? { recurrence: e.recurrence } : {}),
      ...(e.occurrences ? { occurrences: e.occurrences } : {}),
    });
  }
  const workWeeks: NonNullable<Calendar['workWeeks']>[number][] = [];
  for (const w of fields.workWeeks ?? []) {
    const fromDay = epochDayOf(w.from);
    const toDay = epochDayOf(w.to);
    if (fromDay !== null && toDay !== null && toDay >= fromDay)
      workWeeks.push({ fromDay, toDay, week: weekOf(w.week) });
  }
  return {
    id: calendarId(id),
    name,
    week: weekOf(fields.week),
    exceptions,
    workWeeks,
    ...(fields.hoursPerDay !== undefined ? { hoursPerDay: fields.hoursPerDay } : {}),
    ...(fields.hoursPerWeek !== undefined ? { hoursPerWeek: fields.hoursPerWeek } : {}),
    ...(fields.daysPerMonth !== undefined ? { daysPerMonth: fields.daysPerMonth } : {}),
  };
}

/** How a day of the preview looks. */
export type PreviewDayKind = 'working' | 'nonWorking' | 'holiday' | 'special';

/** One day of the month preview. */
export interface PreviewDay {
  readonly date: string;
  readonly dayOfMonth: number;
  readonly kind: PreviewDayKind;
  /** Working minutes on this day, as the engine counts them. */
  readonly minutes: number;
  /** The day's working intervals ("08:00-12:00"). */
  readonly intervals: readonly string[];
  /** The name of the exception that sets this day, if one does ("" when it has none). */
  readonly exception?: string;
}

/** A month of the preview: its days, and how many blank cells precede the 1st in a Monday-first grid. */
export type MonthPreview =
  | {
      readonly ok: true;
      readonly year: number;
      readonly month: number;
      readonly leadingBlanks: number;
      readonly days: readonly PreviewDay[];
      readonly workingDays: number;
      readonly workingMinutes: number;
    }
  | { readonly ok: false; readonly message: string };

/** For each day of [first, last], the index of the exception that decides it (later exceptions win). */
function exceptionOfDay(calendar: Calendar, first: EpochDay, last: EpochDay): Map<EpochDay, number> {
  const byDay = new Map<EpochDay, number>();
  calendar.exceptions.forEach((e, index) => {
    if (e.toDay < first || e.fromDay > last) return;
    // Occurrences count from the exception's first day, so a recurrence is walked from there.
    const days = e.recurrence
      ? recurrenceDays(e.recurrence, e.fromDay, Math.min(e.toDay, last), e.occurrences ?? Number.POSITIVE_INFINITY)
      : [];
    if (e.recurrence) {
      for (const d of days) if (d >= first) byDay.set(d, index);
    } else {
      for (let d = Math.max(e.fromDay, first); d <= Math.min(e.toDay, last); d++) byDay.set(d, index);
    }
  });
  return byDay;
}

/** The working intervals of one day, read from the engine minute by minute. */
function dayIntervals(isWorking: (t: number) => boolean, day: EpochDay): string[] {
  const out: string[] = [];
  const base = day * MINUTES_PER_DAY;
  let start = -1;
  for (let m = 0; m <= MINUTES_PER_DAY; m++) {
    const working = m < MINUTES_PER_DAY && isWorking(base + m);
    if (working && start < 0) start = m;
    if (!working && start >= 0) {
      out.push(intervalText({ startMinute: start, endMinute: m }));
      start = -1;
    }
  }
  return out;
}

/** The month (1-12) of `year` as the engine schedules it; a message instead when the engine refuses the calendar. */
export function monthPreview(calendar: Calendar, year: number, month: number): MonthPreview {
  let engine: ReturnType<typeof workCalendar>;
  try {
    engine = workCalendar(calendar);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { ok: false, message: text.includes('no working time') ? 'The week has no working time yet.' : text };
  }
  const first = epochDayFromCivil(year, month, 1);
  const last = epochDayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
  const exceptions = exceptionOfDay(calendar, first, last);
  const isWorking = (t: number) => engine.isWorking(t);
  const days: PreviewDay[] = [];
  let workingDays = 0;
  let workingMinutes = 0;
  for (let d = first; d <= last; d++) {
    const minutes = engine.workBetween(d * MINUTES_PER_DAY, (d + 1) * MINUTES_PER_DAY);
    const exIndex = exceptions.get(d);
    let kind: PreviewDayKind = minutes > 0 ? 'working' : 'nonWorking';
    if (exIndex !== undefined) kind = minutes > 0 ? 'special' : 'holiday';
    if (minutes > 0) workingDays++;
    workingMinutes += minutes;
    days.push({
      date: formatLocalDate(d),
      dayOfMonth: d - first + 1,
      kind,
      minutes,
      intervals: minutes > 0 ? dayIntervals(isWorking, d) : [],
      ...(exIndex !== undefined ? { exception: calendar.exceptions[exIndex]?.name ?? '' } : {}),
    });
  }
  // Monday-first grid: Monday 0 … Sunday 6.
  const leadingBlanks = (weekdayOfEpochDay(first) + 6) % 7;
  return { ok: true, year, month, leadingBlanks, days, workingDays, workingMinutes };
}
