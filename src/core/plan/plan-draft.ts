import { invalidField } from '../errors.js';
import type { EvMethod } from '../money/percent-complete.js';
import type { FixedCostAccrual } from '../money/task-cost.js';
import type { TaskType } from '../resources/model.js';
import type { ConstraintType } from '../schedule/model.js';
import { formatLocalDateTime, parseLocalDateTime } from '../schedule/time.js';
import type { DraftAssignment, LagKind, LinkType, PlanSettingValues, TaskFieldValues } from './plan-op.js';

export type { DraftAssignment, StaffingChange } from './plan-op.js';

/*
 * The plan as edits see it: inputs only, in WBS order. Scheduled dates are the engine's business
 * and are recomputed after every edit; the one exception is a task's last scheduled start and
 * finish, because reporting work on a task starts (and at 100 % finishes) it on those dates, as in
 * MS Project. Dates are minutes since 1970-01-01T00:00 local time, as the engine counts them.
 */

/** A task's inputs; dates in minutes since 1970-01-01T00:00 local (null: none). */
export interface DraftTask {
  readonly id: string;
  readonly parentId: string | null;
  readonly name: string;
  readonly notes: string;
  readonly durationMinutes: number;
  readonly elapsed: boolean;
  /** 0: not a milestone; 1: a milestone (P6's start milestone); 2: P6's finish milestone. */
  readonly milestone: number;
  readonly calendarId: string | null;
  readonly constraintType: ConstraintType;
  readonly constraintDate: number | null;
  readonly deadline: number | null;
  readonly actualStart: number | null;
  readonly actualFinish: number | null;
  readonly percentComplete: number;
  readonly remainingDurationMinutes: number | null;
  readonly responsibleId: string | null;
  readonly taskType: TaskType;
  readonly effortDriven: boolean;
  readonly priority: number;
  readonly levelingDelayMinutes: number;
  readonly fixedCostMinor: number;
  readonly fixedCostAccrual: FixedCostAccrual;
  readonly physicalPercentComplete: number;
  readonly evMethod: EvMethod | null;
  /** Start and finish as last scheduled (minutes), or null for a task never scheduled. */
  readonly earlyStart: number | null;
  readonly earlyFinish: number | null;
}

/** A dependency; `lag` in minutes (working or elapsed) or percent, by `lagKind`. */
export interface DraftLink {
  readonly id: string;
  readonly predecessorId: string;
  readonly successorId: string;
  readonly type: LinkType;
  readonly lagKind: LagKind;
  readonly lag: number;
}

/** The plan's settings; dates in minutes since 1970-01-01T00:00 local. */
export interface DraftSettings {
  readonly projectStart: number;
  readonly statusDate: number | null;
  readonly defaultCalendarId: string;
}

/** A plan as edits see it: settings, tasks in WBS order, links, assignments (by task, then id). */
export interface PlanDraft {
  readonly settings: DraftSettings;
  readonly tasks: readonly DraftTask[];
  readonly links: readonly DraftLink[];
  readonly assignments: readonly DraftAssignment[];
}

/** What assignment ops need to know of a resource of the pool. */
export interface OpResource {
  readonly name: string;
  /** person, role, equipment, material, cost. */
  readonly kind: string;
  readonly active: boolean;
  /** The generic role a person fills (null: none). */
  readonly roleId: string | null;
}

/** What applying ops needs besides the plan: loaded beforehand, since core does no I/O. */
export interface OpEnv {
  /** Calendars tasks and the plan may use, by id: the length of their working day in hours. */
  readonly calendars: ReadonlyMap<string, number>;
  /** People who may be responsible for a task (the project's manager and team members). */
  readonly people: ReadonlySet<string>;
  /** The pool's resources by id (loaded when an op names resources or touches assigned tasks). */
  readonly resources?: ReadonlyMap<string, OpResource>;
  /** Who edits and when (ISO timestamp), for staffing history; `anyRole`: may staff a role with anyone (the PMO). */
  readonly editor?: { readonly userId: string; readonly at: string; readonly anyRole: boolean };
  /** An id for a task or link that comes without one. */
  newId(): string;
}

/** Minutes since the epoch as the wire's local date-time "YYYY-MM-DDTHH:mm" (null stays null). */
export const wireDate = (minutes: number | null): string | null =>
  minutes === null || Number.isNaN(minutes) ? null : formatLocalDateTime(minutes).slice(0, 16);

/** The wire's local date-time as minutes since the epoch; `field` names it when it is not one. */
export function draftDate(text: string | null, field: string): number | null {
  if (text === null) return null;
  const minutes = parseLocalDateTime(text);
  if (minutes === null) throw invalidField(field, 'is not a date and time on the calendar');
  return minutes;
}

/** A task's editable fields as the API carries them. */
export function taskFieldValues(t: DraftTask): TaskFieldValues {
  return {
    name: t.name,
    notes: t.notes,
    durationMinutes: t.durationMinutes,
    elapsed: t.elapsed,
    milestone: t.milestone !== 0,
    calendarId: t.calendarId,
    constraintType: t.constraintType,
    constraintDate: wireDate(t.constraintDate),
    deadline: wireDate(t.deadline),
    actualStart: wireDate(t.actualStart),
    actualFinish: wireDate(t.actualFinish),
    percentComplete: t.percentComplete,
    remainingDurationMinutes: t.remainingDurationMinutes,
    responsibleId: t.responsibleId,
    taskType: t.taskType,
    effortDriven: t.effortDriven,
    priority: t.priority,
    levelingDelayMinutes: t.levelingDelayMinutes,
    fixedCostMinor: t.fixedCostMinor,
    fixedCostAccrual: t.fixedCostAccrual,
    physicalPercentComplete: t.physicalPercentComplete,
    evMethod: t.evMethod,
  };
}

/** The plan's settings as the API carries them. */
export function settingValues(s: DraftSettings): PlanSettingValues {
  return {
    projectStart: wireDate(s.projectStart) as string,
    statusDate: wireDate(s.statusDate),
    defaultCalendarId: s.defaultCalendarId,
  };
}

/** The field names of TaskFieldValues, in the order people read them. */
export const TASK_FIELD_NAMES = [
  'name',
  'notes',
  'durationMinutes',
  'elapsed',
  'milestone',
  'calendarId',
  'constraintType',
  'constraintDate',
  'deadline',
  'actualStart',
  'actualFinish',
  'percentComplete',
  'remainingDurationMinutes',
  'responsibleId',
  'taskType',
  'effortDriven',
  'priority',
  'levelingDelayMinutes',
  'fixedCostMinor',
  'fixedCostAccrual',
  'physicalPercentComplete',
  'evMethod',
] as const satisfies readonly (keyof TaskFieldValues)[];
