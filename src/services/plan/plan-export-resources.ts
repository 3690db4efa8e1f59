import type { FileResource, FileTaskRules, PlanResources, ResourceKind, TaskType } from '../../core/resources/model.js';
import { type Calendar, calendarId, taskId } from '../../core/schedule/model.js';
import { listAssignments } from '../../store/repos/assignments-repo.js';
import { findCalendars } from '../../store/repos/calendars-repo.js';
import { resourcesByIds } from '../../store/repos/resources-repo.js';
import type { TaskRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { rateSteps, taskAssignmentOf, unitsSteps } from '../resources/pool-resource.js';
import { fieldsOfRow } from '../resources/resource-row.js';
import { calendarsOf } from './plan-model.js';

/*
 * The resource side of an export (issue 11): the project's assignments and the pool resources they
 * use, with those resources' calendars (organisation calendars, added to what the file carries), max
 * units and rates, so that export -> import comes back with the same resources and assignments.
 */

/** The project's resources and assignments as PlanResources, and the calendars their resources use. */
export async function exportPlanResources(
  db: Executor,
  projectId: string,
  tasks: readonly TaskRow[],
): Promise<{ resources: PlanResources; calendars: Calendar[] }> {
  const assignments = await listAssignments(db, projectId);
  const rows = await resourcesByIds(
    db,
    assignments.map((a) => a.resource_id),
  );
  const calendarIds = rows.flatMap((r) => (r.calendar_id ? [r.calendar_id] : []));
  const calendars = calendarIds.length > 0 ? calendarsOf(await findCalendars(db, calendarIds)) : [];
  const resources = rows.map((r): FileResource => {
    const f = fieldsOfRow(r);
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind as ResourceKind,
      ...(r.email ? { email: r.email } : {}),
      ...(r.material_unit ? { materialUnit: r.material_unit } : {}),
      calendarId: r.calendar_id ? calendarId(r.calendar_id) : null,
      maxUnits: unitsSteps(f),
      rates: rateSteps(f),
      currency: r.currency,
    };
  });
  const taskRules: FileTaskRules[] = tasks
    .filter((t) => t.task_type !== 'fixedUnits' || t.effort_driven === 1)
    .map((t) => ({ taskId: taskId(t.id), taskType: t.task_type as TaskType, effortDriven: t.effort_driven === 1 }));
  return {
    resources: {
      resources,
      assignments: assignments.map((a) => ({
        ...taskAssignmentOf(a),
        ...(a.budget_cost_minor != null ? { budgetCostMinor: a.budget_cost_minor } : {}),
        ...(a.actual_cost_minor != null ? { actualCostMinor: a.actual_cost_minor } : {}),
        ...(a.remaining_cost_minor != null ? { remainingCostMinor: a.remaining_cost_minor } : {}),
      })),
      ...(taskRules.length > 0 ? { taskRules } : {}),
    },
    calendars,
  };
}
