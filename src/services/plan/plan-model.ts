import type { CalendarFields, PlanHeader, PlanLink, PlanTask } from '../../contracts/index.js';
import type { WbsOutline } from '../../core/plan/wbs-outline.js';
import { DEFAULT_PRIORITY } from '../../core/resources/model.js';
import {
  type Calendar,
  type ConstraintType,
  calendarId,
  type Lag,
  type Link,
  type Plan,
  type ScheduleOptions,
  type ScheduleResult,
  type Task,
  taskId,
} from '../../core/schedule/model.js';
import { formatLocalDateTime, parseLocalDateTime } from '../../core/schedule/time.js';
import { calendarFromJson } from '../../interop/calendar-json.js';
import type { CalendarRow, LinkRow, PlanRow, TaskRow } from '../../store/schema.js';

/*
 * Conversions between the stored plan (rows), the engine's Plan and the API's shapes. Dates are
 * minutes since 1970 local time in rows and in the engine, "YYYY-MM-DDTHH:mm" on the wire.
 */

/** Minutes since the epoch to the wire's local date-time (null stays null, NaN means "no date"). */
export const wireDate = (m: number | null | undefined): string | null =>
  m === null || m === undefined || Number.isNaN(m) ? null : formatLocalDateTime(m).slice(0, 16);

/** The wire's local date-time to minutes since the epoch (the contract has validated its shape). */
export const rowDate = (text: string | null | undefined): number | null =>
  text === null || text === undefined ? null : parseLocalDateTime(text);

/** Engine calendars from stored rows. */
export function calendarsOf(rows: readonly CalendarRow[]): Calendar[] {
  return rows.map((r) =>
    calendarFromJson(r.id, r.name, JSON.parse(r.definition) as CalendarFields, `calendar ${r.name}`),
  );
}

function lagOf(r: LinkRow): Lag {
  return r.lag_kind === 'percent'
    ? { kind: 'percent', percent: r.lag }
    : { kind: r.lag_kind === 'elapsed' ? 'elapsed' : 'working', minutes: r.lag };
}

function taskOf(r: TaskRow): Task {
  return {
    id: taskId(r.id),
    name: r.name,
    parentId: r.parent_id === null ? null : taskId(r.parent_id),
    durationMinutes: r.duration_minutes,
    ...(r.elapsed ? { elapsed: true } : {}),
    ...(r.milestone !== 0
      ? { milestone: true, ...(r.milestone === 2 ? { milestoneKind: 'finish' as const } : {}) }
      : {}),
    calendarId: r.calendar_id === null ? null : calendarId(r.calendar_id),
    constraint: { type: r.constraint_type as ConstraintType, date: r.constraint_date },
    deadline: r.deadline,
    actualStart: r.actual_start,
    actualFinish: r.actual_finish,
    percentComplete: r.percent_complete,
    remainingDurationMinutes: r.remaining_minutes,
    ...(r.priority !== DEFAULT_PRIORITY ? { priority: r.priority } : {}),
    ...(r.leveling_delay_minutes !== 0 ? { levelingDelayMinutes: r.leveling_delay_minutes } : {}),
  };
}

/** The engine's plan for stored rows (tasks in WBS order). */
export function enginePlan(
  plan: PlanRow,
  tasks: readonly TaskRow[],
  links: readonly LinkRow[],
  calendars: Calendar[],
): Plan {
  const options = JSON.parse(plan.options) as Partial<ScheduleOptions>;
  return {
    defaultCalendarId: calendarId(plan.default_calendar_id),
    calendars,
    tasks: tasks.map(taskOf),
    links: links.map(
      (l): Link => ({
        predecessorId: taskId(l.predecessor_id),
        successorId: taskId(l.successor_id),
        type: l.type as Link['type'],
        lag: lagOf(l),
      }),
    ),
    options: { ...options, projectStart: plan.project_start, statusDate: plan.status_date },
  };
}

const num = (v: number | undefined): number | null => (v === undefined || Number.isNaN(v) ? null : v);

/** Copies the engine's results into the rows' computed columns (new row objects). */
export function withResults(tasks: readonly TaskRow[], result: ScheduleResult): TaskRow[] {
  return tasks.map((t, i) => withResult(t, result, i));
}

/**
 * Row `t` with the engine's results for task `i`. Written out field by field: V8 builds an object
 * literal of known shape about ten times faster than a spread with overrides, and a one-task
 * edit that moves the project finish rebuilds every row (100,000 rows: tens of ms, not a second).
 */
export function withResult(t: TaskRow, result: ScheduleResult, i: number): TaskRow {
  return {
    id: t.id,
    project_id: t.project_id,
    parent_id: t.parent_id,
    position: t.position,
    name: t.name,
    notes: t.notes,
    duration_minutes: t.duration_minutes,
    elapsed: t.elapsed,
    milestone: t.milestone,
    calendar_id: t.calendar_id,
    constraint_type: t.constraint_type,
    constraint_date: t.constraint_date,
    deadline: t.deadline,
    actual_start: t.actual_start,
    actual_finish: t.actual_finish,
    percent_complete: t.percent_complete,
    remaining_minutes: t.remaining_minutes,
    responsible_id: t.responsible_id,
    task_type: t.task_type,
    effort_driven: t.effort_driven,
    priority: t.priority,
    leveling_delay_minutes: t.leveling_delay_minutes,
    fixed_cost_minor: t.fixed_cost_minor,
    fixed_cost_accrual: t.fixed_cost_accrual,
    physical_percent_complete: t.physical_percent_complete,
    ev_method: t.ev_method,
    early_start: num(result.earlyStart[i]),
    early_finish: num(result.earlyFinish[i]),
    late_start: num(result.lateStart[i]),
    late_finish: num(result.lateFinish[i]),
    total_float: num(result.totalFloatMinutes[i]),
    free_float: num(result.freeFloatMinutes[i]),
    critical: result.critical[i] ?? 0,
    summary: result.summary[i] ?? 0,
  };
}

/** Whether row `t`'s computed columns already hold the engine's results for task `i`. */
export function holdsResult(t: TaskRow, result: ScheduleResult, i: number): boolean {
  return (
    t.early_start === num(result.earlyStart[i]) &&
    t.early_finish === num(result.earlyFinish[i]) &&
    t.late_start === num(result.lateStart[i]) &&
    t.late_finish === num(result.lateFinish[i]) &&
    t.total_float === num(result.totalFloatMinutes[i]) &&
    t.free_float === num(result.freeFloatMinutes[i]) &&
    t.critical === (result.critical[i] ?? 0) &&
    t.summary === (result.summary[i] ?? 0)
  );
}

/** A task row as the API shows it; `index` is its place in WBS order, `outline` the plan's outline. */
export function toPlanTask(
  r: TaskRow,
  index: number,
  outline: WbsOutline,
  names: ReadonlyMap<string, string>,
): PlanTask {
  return {
    id: r.id,
    parentId: r.parent_id,
    row: index + 1,
    wbs: outline.wbs[index] as string,
    outlineLevel: outline.level[index] as number,
    summary: outline.summary[index] === 1,
    name: r.name,
    notes: r.notes,
    durationMinutes: r.duration_minutes,
    elapsed: r.elapsed === 1,
    milestone: r.milestone !== 0,
    calendarId: r.calendar_id,
    constraintType: r.constraint_type as PlanTask['constraintType'],
    constraintDate: wireDate(r.constraint_date),
    deadline: wireDate(r.deadline),
    actualStart: wireDate(r.actual_start),
    actualFinish: wireDate(r.actual_finish),
    percentComplete: r.percent_complete,
    remainingDurationMinutes: r.remaining_minutes,
    responsibleId: r.responsible_id,
    responsibleName: r.responsible_id === null ? null : (names.get(r.responsible_id) ?? null),
    taskType: r.task_type as PlanTask['taskType'],
    effortDriven: r.effort_driven === 1,
    priority: r.priority,
    levelingDelayMinutes: r.leveling_delay_minutes,
    fixedCostMinor: r.fixed_cost_minor,
    fixedCostAccrual: r.fixed_cost_accrual as PlanTask['fixedCostAccrual'],
    physicalPercentComplete: r.physical_percent_complete,
    evMethod: r.ev_method as PlanTask['evMethod'],
    start: wireDate(r.early_start),
    finish: wireDate(r.early_finish),
    lateStart: wireDate(r.late_start),
    lateFinish: wireDate(r.late_finish),
    totalFloatMinutes: r.total_float,
    freeFloatMinutes: r.free_float,
    critical: r.critical === 1,
  };
}

/** A link row as the API shows it. */
export function toPlanLink(r: LinkRow): PlanLink {
  return {
    id: r.id,
    predecessorId: r.predecessor_id,
    successorId: r.successor_id,
    type: r.type as PlanLink['type'],
    lagKind: r.lag_kind as PlanLink['lagKind'],
    lag: r.lag,
  };
}

/** The plan header. */
export function toPlanHeader(p: PlanRow): PlanHeader {
  const options = JSON.parse(p.options) as Partial<ScheduleOptions>;
  return {
    projectId: p.project_id,
    version: p.version,
    projectStart: wireDate(p.project_start) as string,
    statusDate: wireDate(p.status_date),
    defaultCalendarId: p.default_calendar_id,
    projectFinish: wireDate(p.project_finish),
    taskCount: p.task_count,
    flavour: options.flavour ?? 'msproject',
  };
}
