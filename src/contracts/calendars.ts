import { z } from 'zod';
import { CALENDAR_ACTIONS } from '../core/resource-policies.js';
import { Id, Timestamp, Version } from './common.js';
import { resourceActions } from './resource-actions.js';

/*
 * Working calendars on the wire, in the same shape as Gantry's plan file (docs/plan-format.md):
 * weekday names to working intervals "08:00-12:00", exceptions by local date. Organisation-wide
 * calendars (projectId null) are the PMO's standard; a project may add its own.
 */

const interval = z.string().regex(/^\d{1,2}:\d{2}-\d{1,2}:\d{2}$/, 'expected a working interval like 08:00-12:00');
const day = z.array(interval);
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2024-12-25');

/** The working week: intervals per weekday ("08:00-12:00"); a missing weekday is non-working. */
export const WeekJson = z
  .object({
    monday: day,
    tuesday: day,
    wednesday: day,
    thursday: day,
    friday: day,
    saturday: day,
    sunday: day,
  })
  .partial()
  .strict();
/** A working week. */
export type WeekJson = z.infer<typeof WeekJson>;

const weekdayNumber = z.number().int().min(0).max(6);
const recurrenceDay = z.union([weekdayNumber, z.enum(['day', 'weekday', 'weekendDay'])]);

/** How an exception repeats between its from and to dates (MS Project's recurring exceptions; weekday 0 = Sunday). */
export const RecurrenceJson = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('daily'), everyDays: z.number().int().positive() }),
  z.object({ kind: z.literal('weekly'), everyWeeks: z.number().int().positive(), weekdays: z.array(weekdayNumber) }),
  z.object({
    kind: z.literal('monthlyByDate'),
    everyMonths: z.number().int().positive(),
    dayOfMonth: z.number().int().min(1).max(31),
  }),
  z.object({
    kind: z.literal('monthlyByWeekday'),
    everyMonths: z.number().int().positive(),
    day: recurrenceDay,
    position: z.number().int().min(1).max(5),
  }),
  z.object({
    kind: z.literal('yearlyByDate'),
    month: z.number().int().min(1).max(12),
    dayOfMonth: z.number().int().min(1).max(31),
  }),
  z.object({
    kind: z.literal('yearlyByWeekday'),
    month: z.number().int().min(1).max(12),
    day: recurrenceDay,
    position: z.number().int().min(1).max(5),
  }),
]);

/** A day or date range that differs from the week: a holiday (no working intervals) or special hours. Dates inclusive. */
export const CalendarExceptionJson = z.object({
  name: z.string().max(200).optional(),
  from: localDate,
  to: localDate.optional(),
  working: z.array(interval).default([]),
  recurrence: RecurrenceJson.optional(),
  occurrences: z.number().int().positive().optional(),
});
/** A calendar exception. */
export type CalendarExceptionJson = z.infer<typeof CalendarExceptionJson>;

/** A different working week over a date range (inclusive). */
export const WorkWeekJson = z.object({ from: localDate, to: localDate, week: WeekJson });

/** The editable fields of a calendar; hours convert day/week/month durations. */
export const CalendarFields = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  hoursPerDay: z.number().positive().max(24).default(8),
  hoursPerWeek: z.number().positive().max(168).default(40),
  daysPerMonth: z.number().positive().max(31).default(20),
  week: WeekJson,
  exceptions: z.array(CalendarExceptionJson).max(5000).default([]),
  workWeeks: z.array(WorkWeekJson).max(500).default([]),
});
/** Calendar fields after defaults. */
export type CalendarFields = z.infer<typeof CalendarFields>;

/** A stored calendar: organisation-wide when projectId is null. */
export const CalendarResource = CalendarFields.extend({
  id: Id,
  projectId: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
  /** `calendar.update`, `calendar.delete` (never on the Standard calendar); a project's own follow its `plan.edit`. */
  ...resourceActions('Calendar', CALENDAR_ACTIONS),
}).meta({ id: 'Calendar' });
/** A stored calendar. */
export type CalendarResource = z.infer<typeof CalendarResource>;

/** Body of POST /api/calendars and POST /api/projects/{id}/calendars. */
export const CreateCalendarBody = CalendarFields.meta({ id: 'CreateCalendarBody' });
/** Parsed calendar creation body. */
export type CreateCalendarBody = z.infer<typeof CreateCalendarBody>;

/**
 * Body of PATCH on a calendar: any fields, plus the calendar's version. Built without the defaults
 * of CalendarFields: `.partial()` keeps them, so a PATCH of the name alone would reset the exceptions.
 */
export const UpdateCalendarBody = z
  .object({
    name: CalendarFields.shape.name.optional(),
    hoursPerDay: CalendarFields.shape.hoursPerDay.unwrap().optional(),
    hoursPerWeek: CalendarFields.shape.hoursPerWeek.unwrap().optional(),
    daysPerMonth: CalendarFields.shape.daysPerMonth.unwrap().optional(),
    week: WeekJson.optional(),
    exceptions: CalendarFields.shape.exceptions.unwrap().optional(),
    workWeeks: CalendarFields.shape.workWeeks.unwrap().optional(),
    version: Version.optional(),
  })
  .meta({ id: 'UpdateCalendarBody' });
/** Parsed calendar update body. */
export type UpdateCalendarBody = z.infer<typeof UpdateCalendarBody>;

/** The calendars a project may use: organisation-wide first, then its own. */
export const CalendarList = z.object({ items: z.array(CalendarResource) }).meta({ id: 'CalendarList' });
/** A calendar list. */
export type CalendarList = z.infer<typeof CalendarList>;
