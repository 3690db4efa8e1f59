import type { BaselineRow, BaselineTaskRow, TaskRow } from '../schema.js';
import type { Executor } from '../transaction.js';
import { chunksOf } from './chunks.js';

/** What a baseline copies of a task, and what a comparison needs of it. */
export type ScheduledTask = Pick<
  TaskRow,
  'id' | 'parent_id' | 'name' | 'milestone' | 'calendar_id' | 'duration_minutes' | 'early_start' | 'early_finish'
>;

/** A baseline with the name of whoever saved it. */
export interface BaselineView extends BaselineRow {
  saved_by_name: string | null;
}

function baseQuery(ex: Executor) {
  return ex
    .selectFrom('baselines')
    .leftJoin('users', 'users.id', 'baselines.saved_by')
    .selectAll('baselines')
    .select('users.name as saved_by_name');
}

/** A project's baselines by number (0 = "Baseline", then 1-10). */
export async function listBaselines(ex: Executor, projectId: string): Promise<BaselineView[]> {
  return baseQuery(ex).where('baselines.project_id', '=', projectId).orderBy('baselines.number').execute();
}

/** One baseline of one project (undefined when it belongs to another). */
export async function findBaseline(ex: Executor, projectId: string, id: string): Promise<BaselineView | undefined> {
  return baseQuery(ex).where('baselines.id', '=', id).where('baselines.project_id', '=', projectId).executeTakeFirst();
}

/** Projects (not cancelled) that have a baseline: those whose earned value a status period freezes. */
export async function projectsWithBaselines(ex: Executor): Promise<string[]> {
  const rows = await ex
    .selectFrom('baselines')
    .innerJoin('projects', 'projects.id', 'baselines.project_id')
    .select('baselines.project_id')
    .distinct()
    .where('projects.state', '!=', 'cancelled')
    .orderBy('baselines.project_id')
    .execute();
  return rows.map((r) => r.project_id);
}

export async function insertBaseline(ex: Executor, row: BaselineRow): Promise<void> {
  await ex.insertInto('baselines').values(row).execute();
}

/** Overwrites a baseline's header in place (its id and number stay); its tasks are replaced separately. */
export async function updateBaseline(ex: Executor, row: BaselineRow): Promise<void> {
  await ex
    .updateTable('baselines')
    .set({
      name: row.name,
      saved_at: row.saved_at,
      saved_by: row.saved_by,
      project_start: row.project_start,
      project_finish: row.project_finish,
      task_count: row.task_count,
      cost_minor: row.cost_minor,
      phased_first_day: row.phased_first_day,
      phased_cost: row.phased_cost,
    })
    .where('id', '=', row.id)
    .execute();
}

/** Deletes a baseline and its tasks (explicitly, rather than trusting every connection to enforce cascades). */
export async function deleteBaseline(ex: Executor, id: string): Promise<void> {
  await deleteBaselineTasks(ex, id);
  await ex.deleteFrom('baselines').where('id', '=', id).execute();
}

export async function deleteBaselineTasks(ex: Executor, baselineId: string): Promise<void> {
  await ex.deleteFrom('baseline_tasks').where('baseline_id', '=', baselineId).execute();
}

/** Copies many tasks at once: thousands of rows per statement, as a 10,000-task plan must save in well under a second. */
export async function insertBaselineTasks(ex: Executor, rows: readonly BaselineTaskRow[]): Promise<void> {
  for (const chunk of chunksOf(rows, 13)) await ex.insertInto('baseline_tasks').values(chunk).execute();
}

export async function listBaselineTasks(ex: Executor, baselineId: string): Promise<BaselineTaskRow[]> {
  return ex.selectFrom('baseline_tasks').selectAll().where('baseline_id', '=', baselineId).execute();
}
