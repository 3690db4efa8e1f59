import { z } from 'zod';
import { CalendarExceptionJson, WeekJson, WorkWeekJson } from '../contracts/calendars.js';
import { ConstraintTypeEnum, plannableLocalDateTime } from '../contracts/plan.js';
import { LOCAL_DATE_TIME, QUANTITY } from './json-plan-patterns.js';
import { JSON_LIMITS } from './reader-limits.js';

/*
 * Gantry's own plan file ("gantry-plan", version 1): what the scheduling engine needs, readable
 * and writable by hand. Dates are local ISO date-times without a zone ("2024-01-08T08:00");
 * durations and lags are a number of minutes or a quantity with a unit ("90m", "4h", "5d", "2w",
 * "1mo"; an "e" before the unit makes it elapsed, wall-clock time: "3ed"; a lag may also be a
 * percentage of the predecessor's duration: "50%"). Days, weeks and months convert with the
 * calendar's hoursPerDay, hoursPerWeek and daysPerMonth. See docs/plan-format.md.
 */

// The shared pattern, then the calendar (the hand check in json-plan-check.ts applies the same two).
// Checked here too (not only when the reader converts it) so the issue names the field's path.
const localDateTime = plannableLocalDateTime(
  z.string().regex(LOCAL_DATE_TIME, 'expected a local date-time like 2024-01-08T08:00'),
);
const quantity = z.union([
  z.number().finite(),
  z.string().regex(QUANTITY, 'expected minutes or a quantity like 5d, 4h, 3ed, 50%'),
]);

/** A working calendar. */
export const CalendarJson = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  hoursPerDay: z.number().positive().optional(),
  hoursPerWeek: z.number().positive().optional(),
  daysPerMonth: z.number().positive().optional(),
  week: WeekJson,
  exceptions: z.array(CalendarExceptionJson).default([]),
  workWeeks: z.array(WorkWeekJson).default([]),
});

const constraint = z.object({ type: ConstraintTypeEnum, date: localDateTime.nullable().optional() });

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
  /** MS Project's task priority 0–1000 (500 when absent; 1000 is never leveled). */
  priority: z.number().int().min(0).max(1000).optional(),
  /** Leveling delay: working time after what links and constraints allow. */
  levelingDelay: quantity.optional(),
});

/** A work resource of the file's pool (maxUnits a fraction: 1 = 100 %). */
export const ResourceJson = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  kind: z.enum(['person', 'role', 'equipment', 'material', 'cost']).default('person'),
  calendar: z.string().nullable().optional(),
  maxUnits: z.number().positive().max(1000).default(1),
});

/** A resource on a task at `units` (a fraction: 1 = 100 %). */
export const AssignmentJson = z.object({
  task: z.string().min(1),
  resource: z.string().min(1),
  units: z.number().positive().max(1000).default(1),
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
  calendars: z.array(CalendarJson).min(1).max(JSON_LIMITS.calendars),
  tasks: z.array(TaskJson).max(JSON_LIMITS.tasks),
  links: z.array(LinkJson).max(JSON_LIMITS.links).default([]),
  resources: z.array(ResourceJson).max(JSON_LIMITS.calendars).optional(),
  assignments: z.array(AssignmentJson).max(JSON_LIMITS.links).optional(),
});

/** A parsed Gantry plan file. */
export type PlanJson = z.infer<typeof PlanJson>;
