import type { AssignmentRow } from '../schema.js';
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

/** Every project's assignments of the given resources (the load leveling works around). */
export async function assignmentsOfResources(ex: Executor, resourceIds: readonly string[]): Promise<AssignmentRow[]> {
  return selectInChunks(resourceIds, (chunk) =>
    ex.selectFrom('assignments').selectAll().where('resource_id', 'in', chunk).execute(),
  );
}
