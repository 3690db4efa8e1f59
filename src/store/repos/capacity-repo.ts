import type { ResourceSettingsRow } from '../schema.js';
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

/**
 * An assignment with its task's scheduled span, progress and calendar: one row per assignment, so
 * demand is one query (task names, which only drill-downs show, are read there).
 */
export interface CapacityDemandRow {
  id: string;
  project_id: string;
  task_id: string;
  resource_id: string;
  work_minutes: number;
  actual_work_minutes: number;
  remaining_work_minutes: number | null;
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

/** The assignments of the given projects joined to their tasks. */
export function capacityDemandRows(ex: Executor, projectIds: readonly string[]): Promise<CapacityDemandRow[]> {
  return selectInChunks(projectIds, (ids) =>
    ex
      .selectFrom('assignments as a')
      .innerJoin('tasks as t', 't.id', 'a.task_id')
      .select([
        'a.id',
        'a.project_id',
        'a.task_id',
        'a.resource_id',
        'a.work_minutes',
        'a.actual_work_minutes',
        'a.remaining_work_minutes',
        't.calendar_id',
        't.early_start',
        't.early_finish',
        't.actual_start',
        't.actual_finish',
        't.percent_complete',
        't.critical',
      ])
      .where('a.project_id', 'in', ids)
      .execute(),
  );
}

/** Names of the given tasks (a drill-down's few). */
export function taskNames(ex: Executor, taskIds: readonly string[]): Promise<{ id: string; name: string }[]> {
  return selectInChunks([...new Set(taskIds)], (ids) =>
    ex.selectFrom('tasks').select(['id', 'name']).where('id', 'in', ids).execute(),
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
