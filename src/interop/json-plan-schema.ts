import { z } from 'zod';

/*
 * Gantry's own plan file ("gantry-plan", version 1): what the scheduling engine needs, readable
 * and writable by hand. Dates are local ISO date-times without a zone ("2024-01-08T08:00");
 * durations and lags are a number of minutes or a quantity with a unit ("90m", "4h", "5d", "2w",
 * "1mo"; an "e" before the unit makes it elapsed, wall-clock time: "3ed"; a lag may also be a
 * percentage of the predecessor's duration: "50%"). Days, weeks and months convert with the
 * calendar's hoursPerDay, hoursPerWeek and daysPerMonth. See docs/plan-format.md.
 */

const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/, 'expected a local date-time like 2024-01-08T08:00');
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2024-12-25');
const quantity = z.union([
  z.number().finite(),
  z
    .string()
    .regex(/^-?\d+(?:\.\d+)?\s*(?:e?(?:m|min|h|d|w|mo)|e?%)?$/, 'expected minutes or a quantity like 5d, 4h, 3ed, 50%'),
]);
const interval = z.string().regex(/^\d{1,2}:\d{2}-\d{1,2}:\d{2}$/, 'expected a working interval like 08:00-12:00');
const day = z.array(interval);

/** The working week: intervals per weekday; a missing weekday is non-working. */
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

const weekdayNumber = z.number().int().min(0).max(6);
const recurrenceDay = z.union([weekdayNumber, z.enum(['day', 'weekday', 'weekendDay'])]);

/** How an exception repeats between its from and to dates (MS Project's recurring exceptions). */
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

/** A working calendar. */
export const CalendarJson = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  hoursPerDay: z.number().positive().optional(),
  hoursPerWeek: z.number().positive().optional(),
  daysPerMonth: z.number().positive().optional(),
  week: WeekJson,
  exceptions: z
    .array(
      z.object({
        name: z.string().optional(),
        from: localDate,
        to: localDate.optional(),
        working: z.array(interval).default([]),
        recurrence: RecurrenceJson.optional(),
        occurrences: z.number().int().positive().optional(),
      }),
    )
    .default([]),
  workWeeks: z.array(z.object({ from: localDate, to: localDate, week: WeekJson })).default([]),
});

const constraintType = z.enum([
  'asap',
  'alap',
  'startNoEarlierThan',
  'startNoLaterThan',
  'finishNoEarlierThan',
  'finishNoLaterThan',
  'mustStartOn',
  'mustFinishOn',
  'startOn',
  'finishOn',
]);
const constraint = z.object({ type: constraintType, date: localDateTime.nullable().optional() });

/** A task or WBS node; a task with children is a summary. */
export const TaskJson = z.object({
  id: z.string().min(1),
  name: z.string().default(''),
  parent: z.string().nullable().optional(),
  wbs: z.string().optional(),
  duration: quantity.default(0),
  milestone: z.union([z.boolean(), z.enum(['start', 'finish'])]).optional(),
  calendar: z.string().nullable().optional(),
  manual: z.object({ start: localDateTime, finish: localDateTime.optional() }).optional(),
  constraint: constraint.optional(),
  secondaryConstraint: constraint.optional(),
  deadline: localDateTime.nullable().optional(),
  actualStart: localDateTime.nullable().optional(),
  actualFinish: localDateTime.nullable().optional(),
  percentComplete: z.number().min(0).max(100).optional(),
  remainingDuration: quantity.nullable().optional(),
  levelOfEffort: z.boolean().optional(),
  /** Resource-driven timing: the task lasts until the longest of these (work / units on a resource calendar). */
  drivers: z
    .array(z.object({ calendar: z.string().min(1), duration: quantity, remainingDuration: quantity.optional() }))
    .optional(),
});

/** A dependency: from the predecessor to the successor. */
export const LinkJson = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  type: z.enum(['FS', 'SS', 'FF', 'SF']).default('FS'),
  lag: quantity.default(0),
  lagCalendar: z.enum(['predecessor', 'successor', 'project', '24h']).optional(),
});

/** The whole file. */
export const PlanJson = z.object({
  format: z.literal('gantry-plan'),
  version: z.literal(1),
  name: z.string().optional(),
  projectStart: localDateTime,
  defaultCalendar: z.string().min(1),
  options: z
    .object({
      direction: z.enum(['forward', 'backward']).optional(),
      projectFinish: localDateTime.nullable().optional(),
      mustFinishBy: localDateTime.nullable().optional(),
      statusDate: localDateTime.nullable().optional(),
      progress: z.enum(['retainedLogic', 'progressOverride']).optional(),
      flavour: z.enum(['msproject', 'p6']).optional(),
      totalFloat: z.enum(['start', 'finish', 'smallest']).optional(),
      critical: z.enum(['totalFloat', 'longestPath']).optional(),
      criticalFloat: quantity.optional(),
      lagCalendar: z.enum(['predecessor', 'successor', 'project', '24h']).optional(),
    })
    .default({}),
  calendars: z.array(CalendarJson).min(1),
  tasks: z.array(TaskJson),
  links: z.array(LinkJson).default([]),
});

/** A parsed Gantry plan file. */
export type PlanJson = z.infer<typeof PlanJson>;
