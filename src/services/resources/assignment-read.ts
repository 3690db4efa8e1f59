import type { Assignment, AssignmentList, MyAssignment, MyAssignmentList } from '../../contracts/index.js';
import type { Actor } from '../../core/permissions.js';
import type { StaffingChange } from '../../core/plan/plan-draft.js';
import type { ResourceKind } from '../../core/resources/model.js';
import * as assignments from '../../store/repos/assignments-repo.js';
import * as plans from '../../store/repos/plan-repo.js';
import { resourceOfUser, resourcesByIds } from '../../store/repos/resources-repo.js';
import type { AssignmentRow } from '../../store/schema.js';
import type { ServiceContext } from '../context.js';
import { wireDate } from '../plan/plan-model.js';
import { scheduledTasks } from '../plan/plan-schedule.js';
import { findReadableProject, loadProjectFor } from '../project-service.js';

/*
 * Reading assignments: a plan's (for the plan view's column and editor, with resource names and the
 * staffing history) and a person's own across the projects they can read ("Your work").
 */

const percent = (units: number) => Math.round(units * 100_000) / 1000;

/** Every assignment of a project's plan, in WBS order. */
export async function listProjectAssignments(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
): Promise<AssignmentList> {
  const db = ctx.store.db;
  await loadProjectFor(db, actor, projectId, 'project.read');
  // Read between two reads of the plan version, so the list is that version's (writes claim a new one).
  for (let attempt = 0; ; attempt++) {
    const before = await plans.findPlan(db, projectId);
    const rows = await assignments.listAssignmentsWithTasks(db, projectId);
    const after = await plans.findPlan(db, projectId);
    if (before?.version === after?.version || attempt >= 5) {
      return { planVersion: after?.version ?? 0, items: await toAssignments(ctx, rows) };
    }
  }
}

async function toAssignments(
  ctx: ServiceContext,
  rows: readonly (AssignmentRow & { task_name: string })[],
): Promise<Assignment[]> {
  const history = rows.map((r) => JSON.parse(r.staffing_history) as StaffingChange[]);
  const resourceIds = [...rows.map((r) => r.resource_id), ...history.flat().map((h) => h.resourceId)];
  const resources = new Map((await resourcesByIds(ctx.store.db, resourceIds)).map((r) => [r.id, r]));
  const users = await plans.userNames(
    ctx.store.db,
    history.flat().flatMap((h) => (h.by ? [h.by] : [])),
  );
  return rows.map((r, i) => {
    const resource = resources.get(r.resource_id);
    return {
      id: r.id,
      taskId: r.task_id,
      taskName: r.task_name,
      resourceId: r.resource_id,
      resourceName: resource?.name ?? r.resource_id,
      resourceKind: (resource?.kind ?? 'person') as ResourceKind,
      unitsPercent: percent(r.units),
      workMinutes: r.work_minutes,
      actualWorkMinutes: r.actual_work_minutes,
      remainingWorkMinutes: r.remaining_work_minutes ?? r.work_minutes - r.actual_work_minutes,
      levelingDelayMinutes: r.leveling_delay_minutes,
      staffingHistory: (history[i] ?? []).map((h) => ({
        resourceId: h.resourceId,
        resourceName: resources.get(h.resourceId)?.name ?? h.resourceId,
        until: h.until,
        by: h.by,
        byName: users.get(h.by) ?? null,
        outsideRole: h.outsideRole === true,
      })),
    };
  });
}

/** The caller's own assignments (their resource record's) on projects they can read, soonest first. */
export async function listMyAssignments(ctx: ServiceContext, actor: Actor): Promise<MyAssignmentList> {
  const db = ctx.store.db;
  const me = await resourceOfUser(db, actor.userId);
  if (!me) return { resourceId: null, items: [] };
  const rows = await assignments.assignmentsOfResource(db, me.id);
  const items: MyAssignment[] = [];
  for (const projectId of [...new Set(rows.map((r) => r.project_id))]) {
    const project = await findReadableProject(db, actor, projectId).catch(() => null);
    if (!project) continue;
    const tasks = new Map((await scheduledTasks(ctx, projectId)).map((t) => [t.id, t]));
    for (const r of rows.filter((a) => a.project_id === projectId)) {
      const task = tasks.get(r.task_id);
      if (!task) continue;
      items.push({
        id: r.id,
        projectId,
        projectCode: project.code,
        projectName: project.name,
        taskId: r.task_id,
        taskName: task.name,
        start: wireDate(task.early_start),
        finish: wireDate(task.early_finish),
        unitsPercent: percent(r.units),
        workMinutes: r.work_minutes,
        remainingWorkMinutes: r.remaining_work_minutes ?? r.work_minutes - r.actual_work_minutes,
        percentComplete: task.percent_complete,
      });
    }
  }
  items.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '') || a.taskName.localeCompare(b.taskName));
  return { resourceId: me.id, items };
}
