import type { TaskRow, TimesheetLineRow, TimesheetRow } from '../schema.js';
import type { Executor } from '../transaction.js';
import { chunksOf } from './chunks.js';

/** A line with the names a reader shows: project, task, the person, who decided, and its week. */
export interface TimesheetLineView extends TimesheetLineRow {
  project_code: string;
  project_name: string;
  task_name: string | null;
  user_id: string;
  user_name: string;
  week_start: string;
  decided_by_name: string | null;
}

function lineQuery(ex: Executor) {
  return ex
    .selectFrom('timesheet_lines as l')
    .innerJoin('timesheets as s', 's.id', 'l.timesheet_id')
    .innerJoin('projects as p', 'p.id', 'l.project_id')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('tasks as t', 't.id', 'l.task_id')
    .leftJoin('users as d', 'd.id', 'l.decided_by')
    .selectAll('l')
    .select([
      'p.code as project_code',
      'p.name as project_name',
      't.name as task_name',
      's.user_id as user_id',
      'u.name as user_name',
      's.week_start as week_start',
      'd.name as decided_by_name',
    ]);
}

export async function findTimesheet(
  ex: Executor,
  userId: string,
  weekStart: string,
): Promise<TimesheetRow | undefined> {
  return ex
    .selectFrom('timesheets')
    .selectAll()
    .where('user_id', '=', userId)
    .where('week_start', '=', weekStart)
    .executeTakeFirst();
}

export async function insertTimesheet(ex: Executor, row: TimesheetRow): Promise<void> {
  await ex.insertInto('timesheets').values(row).execute();
}

/** Claims the next version of a week if it still has `expected`; false when someone saved meanwhile. */
export async function bumpTimesheet(ex: Executor, id: string, expected: number, at: string): Promise<boolean> {
  const r = await ex
    .updateTable('timesheets')
    .set({ version: expected + 1, updated_at: at })
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Moves weeks on a version whatever they were at: their lines changed under their owners (a return). */
export async function touchTimesheets(ex: Executor, ids: readonly string[], at: string): Promise<void> {
  for (const chunk of chunksOf(ids, 1)) {
    await ex
      .updateTable('timesheets')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
      .where('id', 'in', chunk)
      .execute();
  }
}

/** A week's lines, by project code then task name. */
export async function linesOfTimesheet(ex: Executor, timesheetId: string): Promise<TimesheetLineView[]> {
  return lineQuery(ex)
    .where('l.timesheet_id', '=', timesheetId)
    .orderBy('p.code')
    .orderBy('t.name')
    .orderBy('l.id')
    .execute();
}

/** A project's lines in a status (all when null), oldest week first. */
export async function projectLines(
  ex: Executor,
  projectId: string,
  status: string | null,
): Promise<TimesheetLineView[]> {
  let q = lineQuery(ex).where('l.project_id', '=', projectId);
  if (status !== null) q = q.where('l.status', '=', status);
  return q.orderBy('s.week_start').orderBy('u.name').orderBy('t.name').orderBy('l.id').execute();
}

/** Lines of a project by id (those of other projects are not returned). */
export async function projectLinesByIds(
  ex: Executor,
  projectId: string,
  ids: readonly string[],
): Promise<TimesheetLineView[]> {
  if (ids.length === 0) return [];
  return lineQuery(ex)
    .where('l.project_id', '=', projectId)
    .where('l.id', 'in', [...ids])
    .execute();
}

export async function insertLines(ex: Executor, rows: readonly TimesheetLineRow[]): Promise<void> {
  for (const chunk of chunksOf(rows, 14)) await ex.insertInto('timesheet_lines').values(chunk).execute();
}

export async function deleteLines(ex: Executor, ids: readonly string[]): Promise<void> {
  for (const chunk of chunksOf(ids, 1)) await ex.deleteFrom('timesheet_lines').where('id', 'in', chunk).execute();
}

/** Sets lines' status (and decision) when they are still in `from`; the number of lines changed. */
export async function decideLines(
  ex: Executor,
  ids: readonly string[],
  from: string,
  set: Pick<TimesheetLineRow, 'status'> & Partial<Pick<TimesheetLineRow, 'decided_by' | 'decided_at' | 'comment'>>,
): Promise<number> {
  let n = 0;
  for (const chunk of chunksOf(ids, 1)) {
    const r = await ex
      .updateTable('timesheet_lines')
      .set(set)
      .where('id', 'in', chunk)
      .where('status', '=', from)
      .executeTakeFirst();
    n += Number(r.numUpdatedRows);
  }
  return n;
}

export async function setLineCost(ex: Executor, id: string, costMinor: number): Promise<void> {
  await ex.updateTable('timesheet_lines').set({ cost_minor: costMinor }).where('id', '=', id).execute();
}

/** A project's approved lines from weeks starting on or before `throughWeek` (what actual cost counts). */
export async function approvedLines(
  ex: Executor,
  projectId: string,
  throughWeek: string,
): Promise<
  (Pick<TimesheetLineRow, 'task_id' | 'minutes' | 'total_minutes' | 'cost_minor'> & { week_start: string })[]
> {
  return ex
    .selectFrom('timesheet_lines as l')
    .innerJoin('timesheets as s', 's.id', 'l.timesheet_id')
    .select(['l.task_id', 'l.minutes', 'l.total_minutes', 'l.cost_minor', 's.week_start'])
    .where('l.project_id', '=', projectId)
    .where('l.status', '=', 'approved')
    .where('s.week_start', '<=', throughWeek)
    .execute();
}

/** Tasks a user is responsible for, across projects. */
export async function tasksResponsibleOf(
  ex: Executor,
  userId: string,
): Promise<
  Pick<TaskRow, 'id' | 'project_id' | 'name' | 'early_start' | 'early_finish' | 'percent_complete' | 'summary'>[]
> {
  return ex
    .selectFrom('tasks')
    .select(['id', 'project_id', 'name', 'early_start', 'early_finish', 'percent_complete', 'summary'])
    .where('responsible_id', '=', userId)
    .execute();
}
