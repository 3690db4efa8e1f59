import type { Calendar, Link, LinkType, Plan, ScheduleOptions, Task, WorkingInterval } from './model.js';
import { calendarId, taskId } from './model.js';
import { type EpochMinute, requireLocalDateTime } from './time.js';

/** Test helper: parses a local date-time to minutes since the epoch (throws on bad text). */
export const at = (text: string): EpochMinute => requireLocalDateTime(text, 'test');

/** Test helper: hours → minutes. */
export const hours = (h: number): number => h * 60;
/** Test helper: 8-hour days → minutes. */
export const days = (d: number): number => d * 480;

const office: readonly WorkingInterval[] = [
  { startMinute: 8 * 60, endMinute: 12 * 60 },
  { startMinute: 13 * 60, endMinute: 17 * 60 },
];

/** MS Project's Standard calendar: Monday-Friday 08:00-12:00 and 13:00-17:00. */
export function standardCalendar(id = 'std', holidays: readonly string[] = []): Calendar {
  return {
    id: calendarId(id),
    name: 'Standard',
    week: [[], office, office, office, office, office, []],
    exceptions: holidays.map((d) => {
      const day = Math.floor(at(d) / 1440);
      return { fromDay: day, toDay: day, working: [] };
    }),
    hoursPerDay: 8,
    hoursPerWeek: 40,
    daysPerMonth: 20,
  };
}

/** Test helper: a task with defaults (auto-scheduled, 1 day, no parent). */
export function task(id: string, overrides: Partial<Omit<Task, 'id'>> = {}): Task {
  return { id: taskId(id), name: `Task ${id}`, parentId: null, durationMinutes: days(1), ...overrides };
}

/** Test helper: a link with lag in working minutes. */
export function link(pred: string, succ: string, type: LinkType = 'FS', lagMinutes = 0): Link {
  return {
    predecessorId: taskId(pred),
    successorId: taskId(succ),
    type,
    lag: { kind: 'working', minutes: lagMinutes },
  };
}

/** Test helper: a plan on the standard calendar starting Monday 2024-01-08 08:00. */
export function plan(
  tasks: readonly Task[],
  links: readonly Link[] = [],
  options: Partial<ScheduleOptions> = {},
): Plan {
  return {
    defaultCalendarId: calendarId('std'),
    calendars: [standardCalendar()],
    tasks,
    links,
    options: { projectStart: at('2024-01-08T08:00'), ...options },
  };
}
