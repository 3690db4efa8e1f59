import { sql } from 'kysely';
import type { Executor } from '../transaction.js';
import { chunksOf } from './chunks.js';

/** Which milestones to list: `visibleTo` limits to projects that user manages or belongs to (null: all). */
export interface MilestoneFilter {
  readonly viewerId: string;
  readonly visibleTo: string | null;
  readonly portfolioId?: string | undefined;
  readonly states?: readonly string[] | undefined;
  /** Early finish window, minutes since the epoch: from inclusive, to exclusive. */
  readonly fromMinute?: number | undefined;
  readonly toMinute?: number | undefined;
}

/** One milestone with its project, the calendar it is scheduled on and its date in the project's first baseline. */
export interface MilestoneRow {
  project_id: string;
  project_code: string;
  project_name: string;
  project_state: string;
  portfolio_id: string | null;
  portfolio_name: string | null;
  task_id: string;
  name: string;
  position: number;
  early_finish: number | null;
  actual_finish: number | null;
  deadline: number | null;
  critical: number;
  /** The task's own calendar, else the plan's default. */
  calendar_id: string;
  /** Its finish in the project's lowest-numbered baseline; null when there is none or it was added since. */
  baseline_finish: number | null;
}

/**
 * Every milestone of every visible project in one statement, whatever the number of projects:
 * the baseline date comes from a join on the lowest-numbered baseline (a correlated subquery
 * that the (project_id, number) unique index answers).
 */
export async function listMilestones(ex: Executor, f: MilestoneFilter): Promise<MilestoneRow[]> {
  let q = ex
    .selectFrom('tasks as t')
    .innerJoin('projects as p', 'p.id', 't.project_id')
    .innerJoin('plans as pl', 'pl.project_id', 't.project_id')
    .leftJoin('portfolios as pf', 'pf.id', 'p.portfolio_id')
    .leftJoin('project_members as me', (j) => j.onRef('me.project_id', '=', 'p.id').on('me.user_id', '=', f.viewerId))
    .leftJoin('baseline_tasks as bt', (j) =>
      j
        .onRef('bt.task_id', '=', 't.id')
        .on((eb) =>
          eb(
            'bt.baseline_id',
            '=',
            eb
              .selectFrom('baselines as b')
              .select('b.id')
              .whereRef('b.project_id', '=', 't.project_id')
              .orderBy('b.number')
              .limit(1),
          ),
        ),
    )
    .where('t.milestone', '<>', 0);
  if (f.visibleTo) {
    const who = f.visibleTo;
    q = q.where((eb) => eb.or([eb('p.manager_id', '=', who), eb('me.user_id', 'is not', null)]));
  }
  if (f.portfolioId) q = q.where('p.portfolio_id', '=', f.portfolioId);
  if (f.states?.length) q = q.where('p.state', 'in', f.states);
  if (f.fromMinute !== undefined) q = q.where('t.early_finish', '>=', f.fromMinute);
  if (f.toMinute !== undefined) q = q.where('t.early_finish', '<', f.toMinute);
  return q
    .select((eb) => [
      'p.id as project_id',
      'p.code as project_code',
      'p.name as project_name',
      'p.state as project_state',
      'p.portfolio_id',
      'pf.name as portfolio_name',
      't.id as task_id',
      't.name',
      't.position',
      't.early_finish',
      't.actual_finish',
      't.deadline',
      't.critical',
      eb.fn.coalesce('t.calendar_id', 'pl.default_calendar_id').as('calendar_id'),
      'bt.finish as baseline_finish',
    ])
    .execute();
}

/**
 * WBS codes ("1.2.3") of the milestones of these projects, computed in the database: number each
 * task among its siblings, then walk from each milestone up to the top joining the numbers. Only
 * the milestones' codes come back, not every task of every project.
 */
export async function milestoneWbs(ex: Executor, projectIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const chunk of chunksOf([...new Set(projectIds)], 1)) {
    const rows = await sql<{ id: string; code: string }>`
      with recursive ordinals as (
        select id, parent_id, milestone,
          row_number() over (partition by project_id, parent_id order by position) as n
        from tasks
        where project_id in (${sql.join(chunk)})
      ),
      upwards (id, parent_id, code) as (
        select id, parent_id, cast(n as text) from ordinals where milestone <> 0
        union all
        select u.id, o.parent_id, cast(o.n as text) || '.' || u.code
        from upwards u inner join ordinals o on o.id = u.parent_id
      )
      select id, code from upwards where parent_id is null`.execute(ex);
    for (const r of rows.rows) out.set(r.id, r.code);
  }
  return out;
}
