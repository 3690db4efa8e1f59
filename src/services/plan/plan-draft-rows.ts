import type { EvMethod } from '../../core/money/percent-complete.js';
import type { FixedCostAccrual } from '../../core/money/task-cost.js';
import type { DraftAssignment, DraftLink, DraftTask, PlanDraft, StaffingChange } from '../../core/plan/plan-draft.js';
import type { TaskType } from '../../core/resources/model.js';
import type { ConstraintType } from '../../core/schedule/model.js';
import type { AssignmentRow, CalendarRow, LinkRow, PlanRow, TaskRow } from '../../store/schema.js';

/*
 * Stored rows to core's plan draft and back. A draft holds a plan's inputs; the rows add what the
 * store keeps besides: the project, the WBS sort key and the engine's last results.
 */

/** The draft of a stored plan (tasks in WBS order, as listed; assignments by task then id). */
export function draftOf(
  plan: PlanRow,
  tasks: readonly TaskRow[],
  links: readonly LinkRow[],
  assignments: readonly AssignmentRow[] = [],
): PlanDraft {
  return {
    settings: {
      projectStart: plan.project_start,
      statusDate: plan.status_date,
      defaultCalendarId: plan.default_calendar_id,
    },
    tasks: tasks.map(draftTaskOf),
    links: links.map(draftLinkOf),
    assignments: draftAssignmentsOf(assignments),
  };
}

/** Draft assignments of stored rows, by task then id (the order the draft keeps). */
export function draftAssignmentsOf(rows: readonly AssignmentRow[]): DraftAssignment[] {
  return rows
    .map(
      (r): DraftAssignment => ({
        id: r.id,
        taskId: r.task_id,
        resourceId: r.resource_id,
        units: r.units,
        workMinutes: r.work_minutes,
        actualWorkMinutes: r.actual_work_minutes,
        remainingWorkMinutes: r.remaining_work_minutes,
        levelingDelayMinutes: r.leveling_delay_minutes,
        staffingHistory: JSON.parse(r.staffing_history) as StaffingChange[],
      }),
    )
    .sort((a, b) => (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The row of a draft assignment. */
export function assignmentRowOf(a: DraftAssignment, projectId: string): AssignmentRow {
  return {
    id: a.id,
    project_id: projectId,
    task_id: a.taskId,
    resource_id: a.resourceId,
    units: a.units,
    work_minutes: a.workMinutes,
    actual_work_minutes: a.actualWorkMinutes,
    remaining_work_minutes: a.remainingWorkMinutes,
    leveling_delay_minutes: a.levelingDelayMinutes,
    staffing_history: JSON.stringify(a.staffingHistory),
  };
}

/** The draft task of a stored row. */
export function draftTaskOf(r: TaskRow): DraftTask {
  return {
    id: r.id,
    parentId: r.parent_id,
    name: r.name,
    notes: r.notes,
    durationMinutes: r.duration_minutes,
    elapsed: r.elapsed === 1,
    milestone: r.milestone,
    calendarId: r.calendar_id,
    constraintType: r.constraint_type as ConstraintType,
    constraintDate: r.constraint_date,
    deadline: r.deadline,
    actualStart: r.actual_start,
    actualFinish: r.actual_finish,
    percentComplete: r.percent_complete,
    remainingDurationMinutes: r.remaining_minutes,
    responsibleId: r.responsible_id,
    taskType: r.task_type as TaskType,
    effortDriven: r.effort_driven === 1,
    priority: r.priority,
    levelingDelayMinutes: r.leveling_delay_minutes,
    fixedCostMinor: r.fixed_cost_minor,
    fixedCostAccrual: r.fixed_cost_accrual as FixedCostAccrual,
    physicalPercentComplete: r.physical_percent_complete,
    evMethod: r.ev_method as EvMethod | null,
    earlyStart: r.early_start,
    earlyFinish: r.early_finish,
  };
}

function draftLinkOf(r: LinkRow): DraftLink {
  return {
    id: r.id,
    predecessorId: r.predecessor_id,
    successorId: r.successor_id,
    type: r.type as DraftLink['type'],
    lagKind: r.lag_kind as DraftLink['lagKind'],
    lag: r.lag,
  };
}

/** The row of a draft task at `position`; the engine's columns stay as `old` had them until rescheduled. */
export function taskRowOf(t: DraftTask, old: TaskRow | undefined, projectId: string, position: number): TaskRow {
  return {
    id: t.id,
    project_id: projectId,
    parent_id: t.parentId,
    position,
    name: t.name,
    notes: t.notes,
    duration_minutes: t.durationMinutes,
    elapsed: t.elapsed ? 1 : 0,
    milestone: t.milestone,
    calendar_id: t.calendarId,
    constraint_type: t.constraintType,
    constraint_date: t.constraintDate,
    deadline: t.deadline,
    actual_start: t.actualStart,
    actual_finish: t.actualFinish,
    percent_complete: t.percentComplete,
    remaining_minutes: t.remainingDurationMinutes,
    responsible_id: t.responsibleId,
    task_type: t.taskType,
    effort_driven: t.effortDriven ? 1 : 0,
    priority: t.priority,
    leveling_delay_minutes: t.levelingDelayMinutes,
    fixed_cost_minor: t.fixedCostMinor,
    fixed_cost_accrual: t.fixedCostAccrual,
    physical_percent_complete: t.physicalPercentComplete,
    ev_method: t.evMethod,
    early_start: old?.early_start ?? null,
    early_finish: old?.early_finish ?? null,
    late_start: old?.late_start ?? null,
    late_finish: old?.late_finish ?? null,
    total_float: old?.total_float ?? null,
    free_float: old?.free_float ?? null,
    critical: old?.critical ?? 0,
    summary: old?.summary ?? 0,
  };
}

/** The row of a draft link. */
export function linkRowOf(l: DraftLink, projectId: string): LinkRow {
  return {
    id: l.id,
    project_id: projectId,
    predecessor_id: l.predecessorId,
    successor_id: l.successorId,
    type: l.type,
    lag_kind: l.lagKind,
    lag: l.lag,
  };
}

/** Working hours per day of each calendar, by id: what a new task's default duration is measured in. */
export function calendarDayHours(rows: readonly CalendarRow[]): Map<string, number> {
  return new Map(rows.map((c) => [c.id, (JSON.parse(c.definition) as { hoursPerDay?: number }).hoursPerDay ?? 8]));
}
