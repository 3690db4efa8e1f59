import { type NewTask, PROGRESS_FIELDS, type TaskFields } from '../../contracts/index.js';
import { DomainError, invalidField } from '../../core/errors.js';
import type { Actor } from '../../core/permissions.js';
import { isAllowed } from '../../core/permissions.js';
import { listMembers } from '../../store/repos/projects-repo.js';
import type { TaskRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import type { PlanDraft } from './plan-change.js';
import { rowDate, wireDate } from './plan-model.js';

/*
 * Task fields from the API onto rows: checks that need the plan (calendars, the project's people)
 * and the rules between fields (a dated constraint needs its date, a finish needs a start).
 */

const UNDATED = new Set(['asap', 'alap']);

/** The row a new task starts from, before its fields are applied. */
export function blankTask(id: string, projectId: string, parentId: string | null, durationMinutes: number): TaskRow {
  return {
    id,
    project_id: projectId,
    parent_id: parentId,
    position: 0,
    name: '',
    notes: '',
    duration_minutes: durationMinutes,
    elapsed: 0,
    milestone: 0,
    calendar_id: null,
    constraint_type: 'asap',
    constraint_date: null,
    deadline: null,
    actual_start: null,
    actual_finish: null,
    percent_complete: 0,
    remaining_minutes: null,
    responsible_id: null,
    early_start: null,
    early_finish: null,
    late_start: null,
    late_finish: null,
    total_float: null,
    free_float: null,
    critical: 0,
    summary: 0,
  };
}

/** A new task's duration when none is given: one day on the plan's default calendar (0 for a milestone). */
export function defaultDuration(draft: PlanDraft, t: NewTask): number {
  if (t.durationMinutes !== undefined) return t.durationMinutes;
  if (t.milestone) return 0;
  const cal = draft.calendars.find((c) => c.id === draft.plan.default_calendar_id);
  const hours = cal ? ((JSON.parse(cal.definition) as { hoursPerDay?: number }).hoursPerDay ?? 8) : 8;
  return Math.round(hours * 60);
}

/** People who may be responsible for a task: the project's manager and its team members. */
export async function assignablePeople(ex: Executor, draft: PlanDraft): Promise<Set<string>> {
  const members = await listMembers(ex, draft.project.id);
  const ids = new Set(members.filter((m) => m.relation === 'team_member').map((m) => m.user_id));
  if (draft.project.manager_id) ids.add(draft.project.manager_id);
  return ids;
}

/** Applies `fields` to a row and checks the result; `at` names the task in errors ("tasks[2]"). */
export function applyTaskFields(
  row: TaskRow,
  fields: Partial<TaskFields>,
  draft: PlanDraft,
  people: ReadonlySet<string> | null,
  at: string,
): TaskRow {
  const out: TaskRow = { ...row };
  const f = fields;
  if (f.name !== undefined) out.name = f.name;
  if (f.notes !== undefined) out.notes = f.notes;
  if (f.durationMinutes !== undefined) out.duration_minutes = f.durationMinutes;
  if (f.elapsed !== undefined) out.elapsed = f.elapsed ? 1 : 0;
  // Keeps a P6 finish milestone (2) a finish milestone when it is merely confirmed as one.
  if (f.milestone !== undefined) out.milestone = f.milestone ? out.milestone || 1 : 0;
  if (f.calendarId !== undefined) {
    if (f.calendarId !== null && !draft.calendars.some((c) => c.id === f.calendarId)) {
      throw invalidField(`${at}.calendarId`, 'is not a calendar of this project or the organisation');
    }
    out.calendar_id = f.calendarId;
  }
  if (f.constraintType !== undefined) out.constraint_type = f.constraintType;
  if (f.constraintDate !== undefined) out.constraint_date = rowDate(f.constraintDate);
  if (UNDATED.has(out.constraint_type)) out.constraint_date = null;
  else if (out.constraint_date === null) {
    throw invalidField(`${at}.constraintDate`, `is required for a ${out.constraint_type} constraint`);
  }
  if (f.deadline !== undefined) out.deadline = rowDate(f.deadline);
  if (f.actualStart !== undefined) out.actual_start = rowDate(f.actualStart);
  if (f.actualFinish !== undefined) out.actual_finish = rowDate(f.actualFinish);
  if (out.actual_finish !== null && out.actual_start === null) {
    throw invalidField(`${at}.actualStart`, 'is required when the task has an actual finish');
  }
  if (out.actual_finish !== null && out.actual_start !== null && out.actual_finish < out.actual_start) {
    throw invalidField(`${at}.actualFinish`, `must not be before the actual start ${wireDate(out.actual_start)}`);
  }
  if (f.percentComplete !== undefined) {
    out.percent_complete = f.percentComplete;
    // As MS Project does: work reported on a task means it started (and at 100 %, finished) as scheduled,
    // unless actual dates are given.
    if (out.percent_complete > 0 && out.actual_start === null) out.actual_start = row.early_start;
    if (out.percent_complete >= 100 && out.actual_finish === null) out.actual_finish = row.early_finish;
  }
  if (f.remainingDurationMinutes !== undefined) out.remaining_minutes = f.remainingDurationMinutes;
  if (f.responsibleId !== undefined) {
    if (f.responsibleId !== null && people !== null && !people.has(f.responsibleId)) {
      throw invalidField(`${at}.responsibleId`, "must be the project's manager or one of its team members");
    }
    out.responsible_id = f.responsibleId;
  }
  return out;
}

/** The fields of an edit that change the plan rather than record progress. */
export function planningFields(fields: object): string[] {
  return Object.keys(fields).filter(
    (k) => k !== 'id' && k !== 'version' && !(PROGRESS_FIELDS as readonly string[]).includes(k),
  );
}

/**
 * Who may change which fields: planners change anything; a team member only records progress,
 * and only on tasks they are responsible for.
 */
export function checkFieldAccess(actor: Actor, draft: PlanDraft, row: TaskRow, fields: object, at: string): void {
  if (isAllowed(actor, 'plan.edit', draft.relation)) return;
  const planning = planningFields(fields);
  if (planning.length > 0) {
    throw new DomainError('forbidden', `${at}: only the project manager or the PMO may change ${planning.join(', ')}`, {
      action: 'plan.edit',
      fields: planning,
    });
  }
  if (row.responsible_id !== actor.userId) {
    throw new DomainError('forbidden', `${at}: you may record progress only on tasks you are responsible for`, {
      action: 'plan.progress',
      taskId: row.id,
    });
  }
}

/** The audited view of a task's editable fields. */
export function auditedFields(r: TaskRow): Record<string, unknown> {
  return {
    name: r.name,
    durationMinutes: r.duration_minutes,
    milestone: r.milestone !== 0,
    constraint:
      r.constraint_type === 'asap' ? 'asap' : `${r.constraint_type} ${wireDate(r.constraint_date) ?? ''}`.trim(),
    deadline: wireDate(r.deadline),
    actualStart: wireDate(r.actual_start),
    actualFinish: wireDate(r.actual_finish),
    percentComplete: r.percent_complete,
    remainingDurationMinutes: r.remaining_minutes,
    responsibleId: r.responsible_id,
    calendarId: r.calendar_id,
    notes: r.notes,
    parentId: r.parent_id,
  };
}
