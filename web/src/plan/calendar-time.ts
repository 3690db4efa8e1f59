import type { CalendarResource } from '../../../src/contracts/index.js';
import {
  type Calendar,
  calendarId,
  type EpochMinute,
  formatLocalDateTime,
  parseLocalDateTime,
  parseTimeOfDay,
  type WorkCalendar,
  type WorkingInterval,
  workCalendar,
} from '../../../src/core/schedule/index.js';
import type { DurationUnits } from '../../../src/core/schedule/predecessor-text.js';

/*
 * Working time on the client, for previews the server then confirms: a typed finish or a dragged
 * bar end becomes a duration (working minutes between start and finish on the task's calendar),
 * and a typed date without a time gets the calendar's start or end of that day. The engine's own
 * WorkCalendar does the arithmetic, so holidays and short days count as they will on the server.
 */

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const DAY = 1440;

function intervals(list: readonly string[] | undefined): WorkingInterval[] {
  return (list ?? []).map((text) => {
    const [from, to] = text.split('-');
    return { startMinute: parseTimeOfDay(from ?? '') ?? 0, endMinute: parseTimeOfDay(to ?? '') ?? 0 };
  });
}

const dayOf = (date: string) => Math.floor((parseLocalDateTime(date) ?? 0) / DAY);

/** The engine's calendar for a calendar resource from the API. */
export function toEngineCalendar(c: CalendarResource): Calendar {
  return {
    id: calendarId(c.id),
    name: c.name,
    week: WEEKDAYS.map((d) => intervals(c.week[d])),
    exceptions: c.exceptions.map((e) => ({
      fromDay: dayOf(e.from),
      toDay: dayOf(e.to ?? e.from),
      working: intervals(e.working),
      ...(e.recurrence ? { recurrence: e.recurrence } : {}),
      ...(e.occurrences ? { occurrences: e.occurrences } : {}),
    })),
    workWeeks: c.workWeeks.map((w) => ({
      fromDay: dayOf(w.from),
      toDay: dayOf(w.to),
      week: WEEKDAYS.map((d) => intervals(w.week[d])),
    })),
    hoursPerDay: c.hoursPerDay,
    hoursPerWeek: c.hoursPerWeek,
    daysPerMonth: c.daysPerMonth,
  };
}

/** Working-time questions the grid and chart ask about a task's calendar (null id: the plan's default). */
export interface PlanCalendars {
  /** Hours per day and week for duration text. */
  units(calendarId: string | null): DurationUnits;
  /** "YYYY-MM-DDTHH:mm" at the first working minute of the date (08:00 on a standard day). */
  dayStart(calendarId: string | null, date: string): string;
  /** "YYYY-MM-DDTHH:mm" at the end of the date's work (17:00 on a standard day). */
  dayEnd(calendarId: string | null, date: string): string;
  /** Working minutes from one plan date-time to another (negative when `to` is earlier). */
  workBetween(calendarId: string | null, from: string, to: string): number;
}

const short = (t: EpochMinute) => formatLocalDateTime(t).slice(0, 16);

const STANDARD_DAY = ['08:00-12:00', '13:00-17:00'];
/** MS Project's Standard calendar, used until the project's calendars have loaded. */
const STANDARD: CalendarResource = {
  id: 'standard',
  projectId: null,
  allowedActions: [],
  refusedActions: [],
  name: 'Standard',
  hoursPerDay: 8,
  hoursPerWeek: 40,
  daysPerMonth: 20,
  week: {
    monday: STANDARD_DAY,
    tuesday: STANDARD_DAY,
    wednesday: STANDARD_DAY,
    thursday: STANDARD_DAY,
    friday: STANDARD_DAY,
  },
  exceptions: [],
  workWeeks: [],
  createdAt: '1970-01-01T00:00:00Z',
  updatedAt: '1970-01-01T00:00:00Z',
  version: 1,
};

/** Calendar helpers over the project's calendars; each calendar is compiled on first use. */
export function planCalendars(resources: readonly CalendarResource[], defaultCalendarId: string | null): PlanCalendars {
  const byId = new Map(resources.map((c) => [c.id, c]));
  const compiled = new Map<string, WorkCalendar | null>();
  const resource = (id: string | null) =>
    byId.get(id ?? defaultCalendarId ?? '') ?? byId.get(defaultCalendarId ?? '') ?? resources[0] ?? STANDARD;
  const engine = (id: string | null): WorkCalendar | null => {
    const r = resource(id);
    if (!compiled.has(r.id)) {
      try {
        compiled.set(r.id, workCalendar(toEngineCalendar(r)));
      } catch {
        // A calendar the engine rejects: fall back to the standard day below rather than break the grid.
        compiled.set(r.id, null);
      }
    }
    return compiled.get(r.id) ?? null;
  };
  return {
    units(id) {
      const r = resource(id);
      return { hoursPerDay: r.hoursPerDay, hoursPerWeek: r.hoursPerWeek, daysPerMonth: r.daysPerMonth };
    },
    dayStart(id, date) {
      const cal = engine(id);
      const midnight = dayOf(date) * DAY;
      const t = cal?.nextWorkStart(midnight);
      return t !== undefined && t < midnight + DAY ? short(t) : `${date}T08:00`;
    },
    dayEnd(id, date) {
      const cal = engine(id);
      const midnight = dayOf(date) * DAY;
      const t = cal?.prevWorkFinish(midnight + DAY);
      return t !== undefined && t > midnight ? short(t) : `${date}T17:00`;
    },
    workBetween(id, from, to) {
      const a = parseLocalDateTime(from);
      const b = parseLocalDateTime(to);
      if (a === null || b === null) return 0;
      const cal = engine(id);
      // A calendar the engine rejected: count wall-clock days at the calendar's hours per day.
      return cal ? cal.workBetween(a, b) : Math.round(((b - a) / DAY) * resource(id).hoursPerDay * 60);
    },
  };
}
