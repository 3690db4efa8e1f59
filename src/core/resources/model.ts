import type { Calendar, CalendarId, TaskId } from '../schedule/model.js';
import type { EpochDay } from '../schedule/time.js';

/*
 * The resource pool and assignments as core works with them (issue 11): dates are epoch days,
 * work and delays minutes, units a fraction (1 = 100 %). The wire shapes (local dates, minor units)
 * are in `contracts/resources.ts`; the store keeps the lists as JSON text (migration 0015).
 */

/** What a resource is: a named person, a generic role to be staffed later, or a thing. */
export const RESOURCE_KINDS = ['person', 'role', 'equipment', 'material', 'cost'] as const;
/** One of RESOURCE_KINDS. */
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Kinds whose time is limited (work resources): they have a calendar, units and capacity. */
export const WORK_KINDS: readonly ResourceKind[] = ['person', 'role', 'equipment'];

/** Committed resources count fully; proposed ones are tentative (P6 / Project Online booking type). */
export const BOOKING_TYPES = ['committed', 'proposed'] as const;
/** One of BOOKING_TYPES. */
export type BookingType = (typeof BOOKING_TYPES)[number];

/** MS Project's task types: which of duration, units and work stays when another changes. */
export const TASK_TYPES = ['fixedUnits', 'fixedWork', 'fixedDuration'] as const;
/** One of TASK_TYPES. */
export type TaskType = (typeof TASK_TYPES)[number];

/** Highest task priority (MS Project: 1000 = never level). */
export const MAX_PRIORITY = 1000;
/** MS Project's default task priority. */
export const DEFAULT_PRIORITY = 500;

/** A skill and its level, 1 (novice) to 5 (expert). */
export interface ResourceSkill {
  readonly skill: string;
  readonly level: number;
}

/** Maximum units from a day on (until the next step); before the first step the resource has 100 %. */
export interface UnitsStep {
  readonly fromDay: EpochDay;
  readonly units: number;
}

/** Cost rates from a day on, in minor units of the resource's currency. */
export interface RateStep {
  readonly fromDay: EpochDay;
  readonly standardPerHourMinor: number;
  readonly overtimePerHourMinor: number;
  readonly perUseMinor: number;
}

/**
 * A resource with what capacity and leveling need: its effective calendar (the base calendar with the
 * personal exceptions applied, built by the caller) and its maximum units over time.
 */
export interface PoolResource {
  readonly id: string;
  readonly name: string;
  readonly kind: ResourceKind;
  readonly roleId: string | null;
  readonly department: string;
  readonly skills: readonly ResourceSkill[];
  readonly calendar: Calendar;
  readonly maxUnits: readonly UnitsStep[];
  readonly booking: BookingType;
}

/** One resource on one task: units a fraction, work and delays in minutes. */
export interface TaskAssignment {
  readonly id: string;
  readonly taskId: TaskId;
  readonly resourceId: string;
  readonly units: number;
  readonly workMinutes: number;
  readonly actualWorkMinutes: number;
  /** Null: work − actual work. */
  readonly remainingWorkMinutes: number | null;
  readonly levelingDelayMinutes: number;
}

/** The maximum units in force on a day (steps sorted by day; 1 before the first). */
export function unitsOn(steps: readonly UnitsStep[], day: EpochDay): number {
  let units = 1;
  for (const s of steps) {
    if (s.fromDay > day) break;
    units = s.units;
  }
  return units;
}

/*
 * The resource side of a plan file (MSPDI, XER, Gantry JSON): what readers produce and writers take,
 * beside the file's Plan. Ids are the file's own (MSPDI UID, P6 rsrc_id); `calendarId` points into
 * the plan's calendars (null: the plan's default calendar).
 */

/** A resource as a plan file carries it. */
export interface FileResource {
  readonly id: string;
  /** A short code or initials (P6 rsrc_short_name, MSPDI Initials); unique in the file. */
  readonly code: string;
  readonly name: string;
  readonly kind: ResourceKind;
  readonly email?: string;
  readonly materialUnit?: string;
  readonly calendarId: CalendarId | null;
  readonly maxUnits: readonly UnitsStep[];
  readonly rates: readonly RateStep[];
  readonly currency?: string;
}

/** An assignment as a plan file carries it, with its costs in minor units when the file has them. */
export interface FileAssignment extends TaskAssignment {
  readonly budgetCostMinor?: number;
  readonly actualCostMinor?: number;
  readonly remainingCostMinor?: number;
}

/** The resources and assignments of a plan file. */
export interface PlanResources {
  readonly resources: readonly FileResource[];
  readonly assignments: readonly FileAssignment[];
  /** Tasks whose type or effort-driven flag differ from MS Project's default (fixed units, not effort-driven). */
  readonly taskRules?: readonly FileTaskRules[];
}

/** A task's resourcing rules as a file gives them (MS Project Type and EffortDriven, P6 duration type). */
export interface FileTaskRules {
  readonly taskId: TaskId;
  readonly taskType: TaskType;
  readonly effortDriven: boolean;
}
