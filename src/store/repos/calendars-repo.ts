import type { CalendarRow } from '../schema.js';
import type { Executor } from '../transaction.js';
import { chunksOf } from './chunks.js';

/** Organisation-wide calendars, then the project's own (all of them when projectId is null), by name. */
export async function listCalendars(ex: Executor, projectId: string | null): Promise<CalendarRow[]> {
  let q = ex.selectFrom('calendars').selectAll();
  q =
    projectId === null
      ? q.where('project_id', 'is', null)
      : q.where((e) => e.or([e('project_id', 'is', null), e('project_id', '=', projectId)]));
  const rows = await q.orderBy('name').orderBy('id').execute();
  return rows.sort((a, b) => Number(a.project_id !== null) - Number(b.project_id !== null));
}

export async function findCalendar(ex: Executor, id: string): Promise<CalendarRow | undefined> {
  return ex.selectFrom('calendars').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Calendars by id (any project's), for readers that span projects. */
export async function findCalendars(ex: Executor, ids: readonly string[]): Promise<CalendarRow[]> {
  const out: CalendarRow[] = [];
  for (const chunk of chunksOf([...new Set(ids)], 1)) {
    out.push(...(await ex.selectFrom('calendars').selectAll().where('id', 'in', chunk).execute()));
  }
  return out;
}

export async function insertCalendar(ex: Executor, row: CalendarRow): Promise<void> {
  await ex.insertInto('calendars').values(row).execute();
}

/** Writes a calendar if it is still at `expected` version; false when someone changed it first. */
export async function updateCalendar(ex: Executor, row: CalendarRow, expected: number): Promise<boolean> {
  const r = await ex
    .updateTable('calendars')
    .set({ name: row.name, definition: row.definition, updated_at: row.updated_at, version: expected + 1 })
    .where('id', '=', row.id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteCalendar(ex: Executor, id: string): Promise<void> {
  await ex.deleteFrom('calendars').where('id', '=', id).execute();
}

/** Projects whose plan uses the calendar: as default, on a task, or (organisation calendars) any. */
export async function projectsUsingCalendar(ex: Executor, id: string): Promise<string[]> {
  const asDefault = await ex.selectFrom('plans').select('project_id').where('default_calendar_id', '=', id).execute();
  const onTask = await ex.selectFrom('tasks').select('project_id').distinct().where('calendar_id', '=', id).execute();
  return [...new Set([...asDefault, ...onTask].map((r) => r.project_id))];
}

/** Who uses a calendar, for the refusal to delete it: plans that default to it and tasks that name it (the first `limit`). */
export async function calendarUsage(ex: Executor, id: string, limit: number) {
  const projects = await ex
    .selectFrom('plans')
    .innerJoin('projects', 'projects.id', 'plans.project_id')
    .select(['projects.id', 'projects.code', 'projects.name'])
    .where('plans.default_calendar_id', '=', id)
    .orderBy('projects.code')
    .limit(limit)
    .execute();
  const tasks = await ex
    .selectFrom('tasks')
    .innerJoin('projects', 'projects.id', 'tasks.project_id')
    .select(['tasks.id', 'tasks.name', 'tasks.project_id as projectId', 'projects.code as projectCode'])
    .where('tasks.calendar_id', '=', id)
    .orderBy('projects.code')
    .orderBy('tasks.position')
    .limit(limit)
    .execute();
  const taskCount = await ex
    .selectFrom('tasks')
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('calendar_id', '=', id)
    .executeTakeFirstOrThrow();
  return { projects, tasks, taskCount: Number(taskCount.n) };
}
