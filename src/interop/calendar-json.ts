import type { CalendarExceptionJson, CalendarFields, WeekJson } from '../contracts/calendars.js';
import { type Calendar, calendarId, type WorkingInterval, type WorkWeek } from '../core/schedule/model.js';
import { formatLocalDate, parseTimeOfDay, requireLocalDateTime } from '../core/schedule/time.js';

/*
 * Calendars in their JSON form (the plan file's and the API's: weekday names to "08:00-12:00"
 * intervals, exceptions by local date) to and from the engine's Calendar.
 */

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** A calendar's JSON fields as written by hand: everything but the week may be left out. */
export type CalendarJsonInput = Pick<CalendarFields, 'week'> &
  Partial<Omit<CalendarFields, 'week' | 'exceptions'>> & {
    readonly exceptions?: readonly (Omit<CalendarFields['exceptions'][number], 'working'> & {
      working?: readonly string[];
    })[];
  };

function intervals(list: readonly string[] | undefined): WorkingInterval[] {
  return (list ?? []).map((text) => {
    const [from, to] = text.split('-');
    return { startMinute: parseTimeOfDay(from ?? '') ?? 0, endMinute: parseTimeOfDay(to ?? '') ?? 0 };
  });
}

const weekOf = (json: WeekJson): WorkWeek => DAYS.map((d) => intervals(json[d]));
const dayOf = (text: string, field: string) => Math.floor(requireLocalDateTime(text, field) / 1440);
const time = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const intervalText = (iv: WorkingInterval) => `${time(iv.startMinute)}-${time(iv.endMinute)}`;

/** The engine's calendar from JSON fields; `at` prefixes field names in errors (e.g. "calendars[0]"). */
export function calendarFromJson(id: string, name: string, c: CalendarJsonInput, at: string): Calendar {
  const hoursPerDay = c.hoursPerDay ?? 8;
  return {
    id: calendarId(id),
    name,
    week: weekOf(c.week),
    exceptions: (c.exceptions ?? []).map((e, ei) => {
      const where = `${at}.exceptions[${ei}]`;
      return {
        ...(e.name ? { name: e.name } : {}),
        fromDay: dayOf(e.from, `${where}.from`),
        toDay: dayOf(e.to ?? e.from, `${where}.to`),
        working: intervals(e.working),
        ...(e.recurrence ? { recurrence: e.recurrence } : {}),
        ...(e.occurrences ? { occurrences: e.occurrences } : {}),
      };
    }),
    workWeeks: (c.workWeeks ?? []).map((w, wi) => ({
      fromDay: dayOf(w.from, `${at}.workWeeks[${wi}].from`),
      toDay: dayOf(w.to, `${at}.workWeeks[${wi}].to`),
      week: weekOf(w.week),
    })),
    hoursPerDay,
    hoursPerWeek: c.hoursPerWeek ?? hoursPerDay * 5,
    daysPerMonth: c.daysPerMonth ?? 20,
  };
}

/** The working week as JSON: weekday name to intervals; non-working days left out. */
export function weekJson(w: WorkWeek): WeekJson {
  const out: Record<string, string[]> = {};
  w.forEach((day, i) => {
    if (day.length > 0) out[DAYS[i] as string] = day.map(intervalText);
  });
  return out;
}

/** A calendar's JSON fields from the engine's calendar. */
export function calendarToJson(c: Calendar): CalendarFields {
  return {
    name: c.name,
    hoursPerDay: c.hoursPerDay ?? 8,
    hoursPerWeek: c.hoursPerWeek ?? (c.hoursPerDay ?? 8) * 5,
    daysPerMonth: c.daysPerMonth ?? 20,
    week: weekJson(c.week),
    exceptions: c.exceptions.map((e) => ({
      ...(e.name ? { name: e.name } : {}),
      from: formatLocalDate(e.fromDay),
      to: formatLocalDate(e.toDay),
      working: e.working.map(intervalText),
      ...(e.recurrence ? { recurrence: structuredClone(e.recurrence) as CalendarExceptionJson['recurrence'] } : {}),
      ...(e.occurrences ? { occurrences: e.occurrences } : {}),
    })),
    workWeeks: (c.workWeeks ?? []).map((w) => ({
      from: formatLocalDate(w.fromDay),
      to: formatLocalDate(w.toDay),
      week: weekJson(w.week),
    })),
  };
}
