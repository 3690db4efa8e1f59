import { recurrenceDays } from '../../core/schedule/calendar-rules.js';
import type {
  Calendar,
  CalendarException,
  Plan,
  Recurrence,
  RecurrenceDay,
  WorkingInterval,
  WorkWeek,
} from '../../core/schedule/model.js';
import { dayEnd, dayStart, flag, type XmlOut, xmlTime } from './mspdi-writer-values.js';

/** Integer calendar UIDs (1..m in plan order): MSPDI needs integers, plan ids may be any text. */
export function calendarUids(plan: Plan): Map<string, number> {
  return new Map(plan.calendars.map((c, i) => [c.id as string, i + 1]));
}

function workingTimes(intervals: readonly WorkingInterval[]): XmlOut | undefined {
  if (intervals.length === 0) return undefined;
  return { WorkingTime: intervals.map((iv) => ({ FromTime: xmlTime(iv.startMinute), ToTime: xmlTime(iv.endMinute) })) };
}

/**
 * All seven days, Sunday (DayType 1) first. Every day is listed: an unlisted day would inherit
 * from a base calendar, and in a work week the reader (like MS Project) takes it as non-working.
 */
function weekDays(week: WorkWeek): XmlOut {
  return {
    WeekDay: week.map((day, i) => ({
      DayType: i + 1,
      DayWorking: flag(day.length > 0),
      WorkingTimes: workingTimes(day),
    })),
  };
}

/** MSPDI MonthItem: 0 day, 1 weekday, 2 weekend day, 3 Sunday … 9 Saturday. */
function monthItem(day: RecurrenceDay): number {
  if (day === 'day') return 0;
  if (day === 'weekday') return 1;
  if (day === 'weekendDay') return 2;
  return day + 3;
}

/** Type, Period and the pattern fields of a recurrence, in MSPDI's element order. */
function recurrenceFields(r: Recurrence): XmlOut {
  switch (r.kind) {
    case 'daily':
      return { Type: 7, Period: r.everyDays };
    case 'weekly':
      return { Type: 6, Period: r.everyWeeks, DaysOfWeek: r.weekdays.reduce((mask, d) => mask | (1 << d), 0) };
    case 'monthlyByDate':
      return { Type: 4, Period: r.everyMonths, MonthDay: r.dayOfMonth };
    case 'monthlyByWeekday':
      return { Type: 5, Period: r.everyMonths, MonthItem: monthItem(r.day), MonthPosition: r.position - 1 };
    case 'yearlyByDate':
      return { Type: 2, Month: r.month - 1, MonthDay: r.dayOfMonth };
    case 'yearlyByWeekday':
      return { Type: 3, Month: r.month - 1, MonthItem: monthItem(r.day), MonthPosition: r.position - 1 };
  }
}

function exception(e: CalendarException): XmlOut {
  // Every day in a range is a plain exception (MS Project's "daily", Type 1); the reader does not
  // keep a daily recurrence of one day, so a limit on its occurrences is applied to the range.
  const plain = !e.recurrence || (e.recurrence.kind === 'daily' && e.recurrence.everyDays <= 1);
  const toDay =
    plain && e.recurrence && e.occurrences !== undefined
      ? Math.min(e.toDay, e.fromDay + Math.max(1, e.occurrences) - 1)
      : e.toDay;
  const occurrences =
    plain || !e.recurrence
      ? toDay - e.fromDay + 1
      : (e.occurrences ?? recurrenceDays(e.recurrence, e.fromDay, e.toDay, Number.POSITIVE_INFINITY).length);
  return {
    EnteredByOccurrences: flag(!plain && e.occurrences !== undefined),
    TimePeriod: { FromDate: dayStart(e.fromDay), ToDate: dayEnd(toDay) },
    Occurrences: occurrences,
    Name: e.name,
    ...(plain || !e.recurrence ? { Type: 1 } : recurrenceFields(e.recurrence)),
    DayWorking: flag(e.working.length > 0),
    WorkingTimes: workingTimes(e.working),
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The part of `list` after `prefix`, or undefined when `list` does not start with it. */
function afterPrefix<T>(list: readonly T[], prefix: readonly T[]): readonly T[] | undefined {
  if (prefix.length > list.length) return undefined;
  return same(list.slice(0, prefix.length), prefix) ? list.slice(prefix.length) : undefined;
}

/**
 * The Calendar elements. Calendars that resources use (`resourceCalendarIds`) are written as
 * MS Project wants resource calendars: derived from the project calendar, with only their own
 * exceptions and work weeks. The reader gives a derived calendar its base's exceptions first, so
 * that split is exact when the calendar's lists start with the base's; otherwise (and for every
 * other calendar) the calendar is written whole, as a base calendar, which reads back the same.
 */
export function calendarElements(
  plan: Plan,
  uids: ReadonlyMap<string, number>,
  resourceCalendarIds: ReadonlySet<string>,
) {
  const base = plan.calendars.find((c) => c.id === plan.defaultCalendarId);
  return plan.calendars.map((c: Calendar): XmlOut => {
    const derive = base !== undefined && c.id !== base.id && resourceCalendarIds.has(c.id);
    const ownExceptions = derive ? afterPrefix(c.exceptions, base.exceptions) : undefined;
    const ownWeeks = derive ? afterPrefix(c.workWeeks ?? [], base.workWeeks ?? []) : undefined;
    const derived = ownExceptions !== undefined && ownWeeks !== undefined;
    const exceptions = derived ? ownExceptions : c.exceptions;
    const workWeeks = derived ? ownWeeks : (c.workWeeks ?? []);
    return {
      UID: uids.get(c.id),
      Name: c.name,
      IsBaseCalendar: flag(!derived),
      BaseCalendarUID: derived && base ? uids.get(base.id) : -1,
      WeekDays: weekDays(c.week),
      Exceptions: exceptions.length > 0 ? { Exception: exceptions.map(exception) } : undefined,
      WorkWeeks:
        workWeeks.length > 0
          ? {
              WorkWeek: workWeeks.map((w) => ({
                TimePeriod: { FromDate: dayStart(w.fromDay), ToDate: dayEnd(w.toDay) },
                WeekDays: weekDays(w.week),
              })),
            }
          : undefined,
    };
  });
}
