import { sql } from 'kysely';
import { TASK_FIELDS, type TaskColumn } from '../../contracts/task-fields.js';
import type { Store } from '../db.js';
import type { LinkRow, PlanRow, TaskRow } from '../schema.js';
import type { Executor } from '../transaction.js';
import { chunksOf } from './chunks.js';
import { prepared } from './prepared.js';

export async function findPlan(ex: Executor, projectId: string): Promise<PlanRow | undefined> {
  return ex.selectFrom('plans').selectAll().where('project_id', '=', projectId).executeTakeFirst();
}

export async function insertPlan(ex: Executor, row: PlanRow): Promise<void> {
  await ex.insertInto('plans').values(row).execute();
}

/**
 * Claims the next plan version if it is still `expected`. On PostgreSQL the row lock this takes
 * makes concurrent writers of one plan wait for each other, so the check cannot race.
 */
export async function bumpPlanVersion(ex: Executor, projectId: string, expected: number): Promise<boolean> {
  const r = await ex
    .updateTable('plans')
    .set({ version: expected + 1 })
    .where('project_id', '=', projectId)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Takes the plan row's lock without changing it, so whoever reads a plan to copy or reschedule it
 * (saving a baseline, a calendar change) first waits for a plan write in progress on PostgreSQL,
 * and two baseline saves cannot pick the same free number. SQLite runs one write transaction at a
 * time, where this costs nothing.
 */
export async function lockPlanRow(ex: Executor, projectId: string): Promise<void> {
  await ex
    .updateTable('plans')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('project_id', '=', projectId)
    .execute();
}

export async function updatePlan(ex: Executor, projectId: string, patch: Partial<PlanRow>): Promise<void> {
  await ex.updateTable('plans').set(patch).where('project_id', '=', projectId).execute();
}

/** Plans whose tasks' stored computed columns are behind their version (migration 0010). */
export async function plansWithStaleSchedule(ex: Executor): Promise<string[]> {
  const rows = await ex
    .selectFrom('plans')
    .select('project_id')
    .whereRef('schedule_version', '<>', 'version')
    .execute();
  return rows.map((r) => r.project_id);
}

/** Every task of a plan in WBS order. */
export async function listTasks(ex: Executor, projectId: string): Promise<TaskRow[]> {
  return ex.selectFrom('tasks').selectAll().where('project_id', '=', projectId).orderBy('position').execute();
}

/** Whether a task of this project has this id. */
export async function hasTask(ex: Executor, projectId: string, taskId: string): Promise<boolean> {
  const row = await ex
    .selectFrom('tasks')
    .select('id')
    .where('id', '=', taskId)
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function listLinks(ex: Executor, projectId: string): Promise<LinkRow[]> {
  return ex.selectFrom('links').selectAll().where('project_id', '=', projectId).orderBy('id').execute();
}

/** Names of users by id, for the "responsible" column. */
export async function userNames(ex: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const chunk of chunksOf([...new Set(ids)], 1)) {
    const rows = await ex.selectFrom('users').select(['id', 'name']).where('id', 'in', chunk).execute();
    for (const r of rows) out.set(r.id, r.name);
  }
  return out;
}

export async function insertTasks(ex: Executor, rows: readonly TaskRow[], store?: Store): Promise<void> {
  if (store?.sqlite && rows.length > 0) {
    const columns = ['id', 'project_id', ...TASK_COLUMNS.map(([c]) => c)] as const;
    const insert = prepared(
      store.sqlite,
      `insert into tasks (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
    );
    for (const r of rows) insert.run(columns.map((c) => r[c]));
    return;
  }
  for (const chunk of chunksOf(rows, TASK_COLUMNS.length + 2)) await ex.insertInto('tasks').values(chunk).execute();
}

export async function deleteTasks(ex: Executor, ids: readonly string[]): Promise<void> {
  for (const chunk of chunksOf(ids, 1)) await ex.deleteFrom('tasks').where('id', 'in', chunk).execute();
}

/**
 * Every column of a task a write may change, with its SQL type for the casts of the bulk update:
 * the task field descriptor's (contracts/task-fields.ts), checked against the row type both ways.
 */
const TASK_COLUMNS = TASK_FIELDS.map((f) => [f.column, f.sql] as const) satisfies readonly (readonly [
  keyof TaskRow,
  string,
])[];
/** A TaskRow column the descriptor does not describe fails to compile here. */
const described: Exclude<keyof TaskRow, 'id' | 'project_id' | TaskColumn> extends never ? true : never = true;
void described;

/**
 * Rewrites whole task rows, many per statement: UPDATE … FROM (VALUES …), which SQLite (3.33+)
 * and PostgreSQL both accept and both name column1, column2…. A reschedule may move thousands of
 * tasks; one statement per row would cost a network round trip each on PostgreSQL.
 */
export async function updateTasks(ex: Executor, rows: readonly TaskRow[], store?: Store): Promise<void> {
  if (store?.sqlite && rows.length > 0) {
    // In-process SQLite has no round trips: one prepared statement run per row beats any batching.
    const update = prepared(
      store.sqlite,
      `update tasks set ${TASK_COLUMNS.map(([c]) => `${c} = ?`).join(', ')} where id = ?`,
    );
    for (const r of rows) update.run([...TASK_COLUMNS.map(([c]) => r[c]), r.id]);
    return;
  }
  const assignments = sql.join(
    TASK_COLUMNS.map(([column], i) => sql`${sql.ref(column)} = v.${sql.raw(`column${i + 2}`)}`),
  );
  for (const chunk of chunksOf(rows, TASK_COLUMNS.length + 1)) {
    const values = sql.join(
      chunk.map(
        (r) =>
          sql`(cast(${r.id} as text), ${sql.join(
            TASK_COLUMNS.map(([column, type]) => sql`cast(${r[column]} as ${sql.raw(type)})`),
          )})`,
      ),
    );
    await sql`update tasks set ${assignments} from (values ${values}) as v where tasks.id = v.column1`.execute(ex);
  }
}

export async function insertLinks(ex: Executor, rows: readonly LinkRow[]): Promise<void> {
  for (const chunk of chunksOf(rows, 7)) await ex.insertInto('links').values(chunk).execute();
}

export async function updateLink(ex: Executor, row: LinkRow): Promise<void> {
  await ex
    .updateTable('links')
    .set({ type: row.type, lag_kind: row.lag_kind, lag: row.lag })
    .where('id', '=', row.id)
    .execute();
}

export async function deleteLinks(ex: Executor, ids: readonly string[]): Promise<void> {
  for (const chunk of chunksOf(ids, 1)) await ex.deleteFrom('links').where('id', 'in', chunk).execute();
}
