import { sql } from 'kysely';
import type { AssignmentRow, ResourceSettingsRow } from '../schema.js';
import type { Executor } from '../transaction.js';
import { selectInChunks } from './chunks.js';

/*
 * The bulk reads behind capacity against demand: a fixed number of queries however many projects
 * and resources there are (ids in chunks), selecting only the columns capacity uses.
 */

/** A project as capacity sees it. */
export interface CapacityProjectRow {
  id: string;
  code: string;
  name: string;
  state: string;
  portfolio_id: string | null;
}

/** A plan's identity (what makes cached demand current) and the dates demand is spread from. */
export interface CapacityPlanRow {
  project_id: string;
  version: number;
  schedule_version: number;
  status_date: number | null;
  default_calendar_id: string;
}

/** A task that has assignments, with its scheduled span and progress. */
export interface CapacityTaskRow {
  project_id: string;
  id: string;
  name: string;
  calendar_id: string | null;
  early_start: number | null;
  early_finish: number | null;
  actual_start: number | null;
  actual_finish: number | null;
  percent_complete: number;
  critical: number;
}

/** Every project, or a portfolio's. */
export function capacityProjects(ex: Executor, portfolioId?: string): Promise<CapacityProjectRow[]> {
  let q = ex.selectFrom('projects').select(['id', 'code', 'name', 'state', 'portfolio_id']);
  if (portfolioId !== undefined) q = q.where('portfolio_id', '=', portfolioId);
  return q.orderBy('code').execute();
}

/** The plans of the given projects. */
export function capacityPlans(ex: Executor, projectIds: readonly string[]): Promise<CapacityPlanRow[]> {
  return selectInChunks(projectIds, (ids) =>
    ex
      .selectFrom('plans')
      .select(['project_id', 'version', 'schedule_version', 'status_date', 'default_calendar_id'])
      .where('project_id', 'in', ids)
      .execute(),
  );
}

/** The tasks of the given projects that have at least one assignment. */
export function capacityTasks(ex: Executor, projectIds: readonly string[]): Promise<CapacityTaskRow[]> {
  return selectInChunks(projectIds, (ids) =>
    ex
      .selectFrom('tasks')
      .select([
        'project_id',
        'id',
        'name',
        'calendar_id',
        'early_start',
        'early_finish',
        'actual_start',
        'actual_finish',
        'percent_complete',
        'critical',
      ])
      .where('project_id', 'in', ids)
      // Correlated on (project_id, task_id): the assignments index answers it without a list.
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('assignments as a')
            .select(sql`1`.as('one'))
            .whereRef('a.project_id', '=', 'tasks.project_id')
            .whereRef('a.task_id', '=', 'tasks.id'),
        ),
      )
      .execute(),
  );
}

/** An assignment's columns capacity reads. */
export type CapacityAssignmentRow = Pick<
  AssignmentRow,
  'id' | 'project_id' | 'task_id' | 'resource_id' | 'work_minutes' | 'actual_work_minutes' | 'remaining_work_minutes'
>;

/** The assignments of the given projects, only the columns demand needs (half the time of all of them). */
export function capacityAssignments(ex: Executor, projectIds: readonly string[]): Promise<CapacityAssignmentRow[]> {
  return selectInChunks(projectIds, (ids) =>
    ex
      .selectFrom('assignments')
      .select([
        'id',
        'project_id',
        'task_id',
        'resource_id',
        'work_minutes',
        'actual_work_minutes',
        'remaining_work_minutes',
      ])
      .where('project_id', 'in', ids)
      .execute(),
  );
}

/** Which of the given projects have assignments (one query; health skips the rest). */
export async function projectsWithAssignments(ex: Executor, projectIds: readonly string[]): Promise<string[]> {
  const rows = await selectInChunks(projectIds, (ids) =>
    ex.selectFrom('assignments').select('project_id').distinct().where('project_id', 'in', ids).execute(),
  );
  return rows.map((r) => r.project_id);
}

/** The organisation's capacity settings row, or undefined while the PMO has set none. */
export function findResourceSettings(ex: Executor): Promise<ResourceSettingsRow | undefined> {
  return ex.selectFrom('resource_settings').selectAll().where('id', '=', 'organisation').executeTakeFirst();
}
