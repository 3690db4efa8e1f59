import type { Executor } from '../transaction.js';
import { selectInChunks } from './chunks.js';

/*
 * The bulk reads behind project health: a fixed number of queries for any number of projects
 * (ids in chunks of 1,000), selecting only the columns the metrics measure.
 */

/** A task's scheduled figures as health measures them. */
export interface HealthTaskRow {
  project_id: string;
  id: string;
  name: string;
  summary: number;
  milestone: number;
  early_finish: number | null;
  duration_minutes: number;
  total_float: number | null;
  percent_complete: number;
  actual_finish: number | null;
}

/** A plan's dates and default calendar, with what says whether facts read before are still current. */
export interface HealthPlanRow {
  project_id: string;
  version: number;
  /** The version whose schedule the tasks' stored columns hold (behind `version` after some edits). */
  schedule_version: number;
  project_start: number;
  project_finish: number | null;
  status_date: number | null;
  default_calendar_id: string;
  calendar_updated_at: string;
  /** The first baseline's id and save time, or null without one. */
  baseline_id: string | null;
  baseline_saved_at: string | null;
}

/** A task of a project's first baseline. */
export interface HealthBaselineTaskRow {
  project_id: string;
  task_id: string;
  start: number | null;
  finish: number | null;
  duration_minutes: number | null;
}

/** The first baseline's span per project. */
export interface HealthBaselineRow {
  project_id: string;
  project_start: number | null;
  project_finish: number | null;
}

/** The project columns health reads of the given projects (existing ones only). */
export function healthSubjects(
  ex: Executor,
  projectIds: readonly string[],
): Promise<
  {
    id: string;
    state: string;
    portfolio_id: string | null;
    planned_start: string | null;
    planned_finish: string | null;
    created_at: string;
  }[]
> {
  return selectInChunks(projectIds, (ids) =>
    ex
      .selectFrom('projects')
      .select(['id', 'state', 'portfolio_id', 'planned_start', 'planned_finish', 'created_at'])
      .where('id', 'in', ids)
      .execute(),
  );
}

/** Plans of the given projects, with their default calendar's and first baseline's identity. */
export function healthPlans(ex: Executor, projectIds: readonly string[]): Promise<HealthPlanRow[]> {
  return selectInChunks(projectIds, (ids) =>
    ex
      .selectFrom('plans as p')
      .innerJoin('calendars as c', 'c.id', 'p.default_calendar_id')
      .leftJoin('baselines as b', (j) =>
        j.onRef('b.project_id', '=', 'p.project_id').on((eb) =>
          eb(
            'b.number',
            '=',
            eb
              .selectFrom('baselines as f')
              .select((f) => f.fn.min('f.number').as('n'))
              .whereRef('f.project_id', '=', 'p.project_id'),
          ),
        ),
      )
      .select([
        'p.project_id',
        'p.version',
        'p.schedule_version',
        'p.project_start',
        'p.project_finish',
        'p.status_date',
        'p.default_calendar_id',
        'c.updated_at as calendar_updated_at',
        'b.id as baseline_id',
        'b.saved_at as baseline_saved_at',
      ])
      .where('p.project_id', 'in', ids)
      .execute(),
  );
}

/** The work tasks and milestones of the given projects (summaries left out). */
export function healthTasks(ex: Executor, projectIds: readonly string[]): Promise<HealthTaskRow[]> {
  return selectInChunks(projectIds, (ids) =>
    ex
      .selectFrom('tasks')
      .select([
        'project_id',
        'id',
        'name',
        'summary',
        'milestone',
        'early_finish',
        'duration_minutes',
        'total_float',
        'percent_complete',
        'actual_finish',
      ])
      .where('project_id', 'in', ids)
      // No metric measures a summary (its dates and progress are roll-ups of the tasks read here).
      .where('summary', '=', 0)
      .execute(),
  );
}

function firstBaselines(ex: Executor, ids: string[]) {
  return ex
    .selectFrom('baselines as b')
    .where('b.project_id', 'in', ids)
    .where((eb) =>
      eb(
        'b.number',
        '=',
        eb
          .selectFrom('baselines as f')
          .select((f) => f.fn.min('f.number').as('n'))
          .whereRef('f.project_id', '=', 'b.project_id'),
      ),
    );
}

/** The first (lowest-numbered) baseline of each given project that has one. */
export function healthBaselines(ex: Executor, projectIds: readonly string[]): Promise<HealthBaselineRow[]> {
  return selectInChunks(projectIds, (ids) =>
    firstBaselines(ex, ids).select(['b.project_id', 'b.project_start', 'b.project_finish']).execute(),
  );
}

/** The tasks of each given project's first baseline. */
export function healthBaselineTasks(ex: Executor, projectIds: readonly string[]): Promise<HealthBaselineTaskRow[]> {
  return selectInChunks(projectIds, (ids) =>
    firstBaselines(ex, ids)
      .innerJoin('baseline_tasks as bt', 'bt.baseline_id', 'b.id')
      .select(['b.project_id', 'bt.task_id', 'bt.start', 'bt.finish', 'bt.duration_minutes'])
      .execute(),
  );
}
