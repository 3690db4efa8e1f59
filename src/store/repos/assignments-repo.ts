import type { AssignmentRow, ResourceRequestRow } from '../schema.js';
import type { Executor } from '../transaction.js';
import { chunksOf, selectInChunks } from './chunks.js';

/*
 * Assignments of resources to tasks (migration 0015). They are plan data: written by the plan's
 * write path in the plan's transaction, and versioned with the plan.
 */

/** One project's assignments, by task then id. */
export async function listAssignments(ex: Executor, projectId: string): Promise<AssignmentRow[]> {
  return ex
    .selectFrom('assignments')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('task_id')
    .orderBy('id')
    .execute();
}

/** The assignments of many projects (capacity across the portfolio). */
export async function assignmentsOfProjects(ex: Executor, projectIds: readonly string[]): Promise<AssignmentRow[]> {
  return selectInChunks(projectIds, (chunk) =>
    ex.selectFrom('assignments').selectAll().where('project_id', 'in', chunk).execute(),
  );
}

/** Inserts assignments. */
export async function insertAssignments(ex: Executor, rows: readonly AssignmentRow[]): Promise<void> {
  for (const chunk of chunksOf(rows, 10)) {
    if (chunk.length > 0) await ex.insertInto('assignments').values(chunk).execute();
  }
}

/** Deletes assignments of one project by id. */
export async function deleteAssignments(ex: Executor, projectId: string, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 1000) {
    await ex
      .deleteFrom('assignments')
      .where('project_id', '=', projectId)
      .where('id', 'in', ids.slice(i, i + 1000))
      .execute();
  }
}

/** Writes changed assignments (every column but the project and id). */
export async function updateAssignments(ex: Executor, rows: readonly AssignmentRow[]): Promise<void> {
  for (const { id, project_id, ...values } of rows) {
    await ex.updateTable('assignments').set(values).where('id', '=', id).where('project_id', '=', project_id).execute();
  }
}

/** One assignment, or undefined. */
export async function findAssignment(ex: Executor, id: string): Promise<AssignmentRow | undefined> {
  return ex.selectFrom('assignments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The assignments of one resource across projects (a person's own work). */
export async function assignmentsOfResource(ex: Executor, resourceId: string): Promise<AssignmentRow[]> {
  return ex.selectFrom('assignments').selectAll().where('resource_id', '=', resourceId).orderBy('project_id').execute();
}

/** A project's assignments with their task's name, in WBS order then id (what the plan view lists). */
export async function listAssignmentsWithTasks(
  ex: Executor,
  projectId: string,
): Promise<(AssignmentRow & { task_name: string })[]> {
  return ex
    .selectFrom('assignments')
    .innerJoin('tasks', 'tasks.id', 'assignments.task_id')
    .selectAll('assignments')
    .select('tasks.name as task_name')
    .where('assignments.project_id', '=', projectId)
    .orderBy('tasks.position')
    .orderBy('assignments.id')
    .execute();
}

/** Resource requests of one project (newest first), or every open one across projects when `projectId` is null. */
export async function listResourceRequests(
  ex: Executor,
  filter: { readonly projectId: string } | { readonly status: 'open' },
): Promise<ResourceRequestRow[]> {
  let q = ex.selectFrom('resource_requests').selectAll();
  q = 'projectId' in filter ? q.where('project_id', '=', filter.projectId) : q.where('status', '=', filter.status);
  return q.orderBy('created_at', 'desc').orderBy('id').execute();
}

/** One resource request, or undefined. */
export async function findResourceRequest(ex: Executor, id: string): Promise<ResourceRequestRow | undefined> {
  return ex.selectFrom('resource_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts a resource request. */
export async function insertResourceRequest(ex: Executor, row: ResourceRequestRow): Promise<void> {
  await ex.insertInto('resource_requests').values(row).execute();
}

/** Answers a request if it is still at `version`; false when someone else changed it first. */
export async function updateResourceRequest(
  ex: Executor,
  id: string,
  version: number,
  values: Partial<Omit<ResourceRequestRow, 'id' | 'version'>>,
): Promise<boolean> {
  const res = await ex
    .updateTable('resource_requests')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Every project's assignments of the given resources (the load leveling works around). */
export async function assignmentsOfResources(ex: Executor, resourceIds: readonly string[]): Promise<AssignmentRow[]> {
  return selectInChunks(resourceIds, (chunk) =>
    ex.selectFrom('assignments').selectAll().where('resource_id', 'in', chunk).execute(),
  );
}
