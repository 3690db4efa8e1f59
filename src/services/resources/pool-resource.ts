import type { ResourceFields } from '../../contracts/resources.js';
import type { PoolResource, RateStep, TaskAssignment, UnitsStep } from '../../core/resources/model.js';
import { type Calendar, type CalendarException, taskId } from '../../core/schedule/model.js';
import { epochDayOfDate, parseTimeOfDay } from '../../core/schedule/time.js';
import type { AssignmentRow, ResourceRow } from '../../store/schema.js';
import { STANDARD_CALENDAR_ID } from '../../store/standard-calendar.js';
import { fieldsOfRow } from './resource-row.js';

/*
 * A pool resource as core's capacity and leveling take it: its effective calendar is its base
 * calendar (null: the organisation's Standard one) with the personal exceptions appended, so they
 * win over the base calendar's own exceptions on the same days (core: later exceptions win), and
 * its maximum units are fractions by epoch day.
 */

/** The personal exceptions as the engine's calendar exceptions (no working period: a day off). */
export function personalExceptions(f: Pick<ResourceFields, 'exceptions'>): CalendarException[] {
  return f.exceptions.map((e) => ({
    ...(e.name ? { name: e.name } : {}),
    fromDay: epochDayOfDate(e.from),
    toDay: epochDayOfDate(e.to),
    working: e.working.map((p) => ({
      startMinute: parseTimeOfDay(p.start) ?? 0,
      endMinute: parseTimeOfDay(p.end) ?? 0,
    })),
  }));
}

/** Maximum units as fractions from each step's day (100 % = 1). */
export function unitsSteps(f: Pick<ResourceFields, 'maxUnits'>): UnitsStep[] {
  return f.maxUnits.map((s) => ({ fromDay: epochDayOfDate(s.from), units: s.unitsPercent / 100 }));
}

/** Cost rates as core's steps by epoch day. */
export function rateSteps(f: Pick<ResourceFields, 'rates'>): RateStep[] {
  return f.rates.map(({ from, ...rate }) => ({ fromDay: epochDayOfDate(from), ...rate }));
}

/**
 * Core's PoolResource of a stored resource. `calendarsById` holds the engine calendars of the
 * organisation (at least the Standard one); a resource whose calendar is missing falls back to the
 * Standard calendar rather than failing a whole capacity view.
 */
export function poolResourceOf(row: ResourceRow, calendarsById: ReadonlyMap<string, Calendar>): PoolResource {
  return poolResourceOfFields(row.id, fieldsOfRow(row), calendarsById);
}

/** Core's PoolResource of a resource as the wire (or a form) holds it. */
export function poolResourceOfFields(
  id: string,
  f: ResourceFields,
  calendarsById: ReadonlyMap<string, Calendar>,
): PoolResource {
  const base = calendarsById.get(f.calendarId ?? STANDARD_CALENDAR_ID) ?? calendarsById.get(STANDARD_CALENDAR_ID);
  if (!base) throw new Error(`poolResourceOf: the Standard calendar (${STANDARD_CALENDAR_ID}) was not given`);
  const exceptions = personalExceptions(f);
  return {
    id,
    name: f.name,
    kind: f.kind,
    roleId: f.roleId,
    department: f.department,
    skills: f.skills,
    calendar: exceptions.length === 0 ? base : { ...base, exceptions: [...base.exceptions, ...exceptions] },
    maxUnits: unitsSteps(f),
    booking: f.booking,
  };
}

/** The core's assignment of a stored one. */
export function taskAssignmentOf(a: AssignmentRow): TaskAssignment {
  return {
    id: a.id,
    taskId: taskId(a.task_id),
    resourceId: a.resource_id,
    units: a.units,
    workMinutes: a.work_minutes,
    actualWorkMinutes: a.actual_work_minutes,
    remainingWorkMinutes: a.remaining_work_minutes,
    levelingDelayMinutes: a.leveling_delay_minutes,
  };
}
