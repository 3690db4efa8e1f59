import { type Kysely, sql } from 'kysely';
import { STANDARD_CALENDAR, STANDARD_CALENDAR_ID } from '../standard-calendar.js';

/*
 * The planning workspace: calendars, one plan per project, its tasks and links, and baselines.
 * Plan dates are integer minutes since 1970-01-01T00:00 local time (the engine's EpochMinute), so
 * they sort and compare in SQL without parsing; the scheduled dates are stored beside the inputs
 * because every change reschedules, and readers (the Gantt, portfolio milestones) need them
 * without running the engine.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calendars')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.references('projects.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('calendars_project').on('calendars').column('project_id').execute();

  await db.schema
    .createTable('plans')
    .addColumn('project_id', 'text', (c) => c.primaryKey().references('projects.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('project_start', 'integer', (c) => c.notNull())
    .addColumn('status_date', 'integer')
    .addColumn('default_calendar_id', 'text', (c) => c.notNull().references('calendars.id'))
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('project_finish', 'integer')
    .addColumn('task_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('parent_id', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('elapsed', 'integer', (c) => c.notNull())
    .addColumn('milestone', 'integer', (c) => c.notNull())
    .addColumn('calendar_id', 'text')
    .addColumn('constraint_type', 'text', (c) => c.notNull())
    .addColumn('constraint_date', 'integer')
    .addColumn('deadline', 'integer')
    .addColumn('actual_start', 'integer')
    .addColumn('actual_finish', 'integer')
    .addColumn('percent_complete', 'double precision', (c) => c.notNull())
    .addColumn('remaining_minutes', 'integer')
    .addColumn('responsible_id', 'text', (c) => c.references('users.id'))
    .addColumn('early_start', 'integer')
    .addColumn('early_finish', 'integer')
    .addColumn('late_start', 'integer')
    .addColumn('late_finish', 'integer')
    .addColumn('total_float', 'double precision')
    .addColumn('free_float', 'double precision')
    .addColumn('critical', 'integer', (c) => c.notNull())
    .addColumn('summary', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tasks_project_position').on('tasks').columns(['project_id', 'position']).execute();
  await db.schema.createIndex('tasks_milestones').on('tasks').columns(['milestone', 'project_id']).execute();

  await db.schema
    .createTable('links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('predecessor_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('successor_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('lag_kind', 'text', (c) => c.notNull())
    .addColumn('lag', 'double precision', (c) => c.notNull())
    // Primavera allows two links of different types between one pair (SS and FF together); MS Project does not.
    .addUniqueConstraint('links_pair', ['predecessor_id', 'successor_id', 'type'])
    .execute();
  await db.schema.createIndex('links_project').on('links').column('project_id').execute();
  await db.schema.createIndex('links_successor').on('links').column('successor_id').execute();

  await db.schema
    .createTable('baselines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'text', (c) => c.references('users.id'))
    .addColumn('project_start', 'integer')
    .addColumn('project_finish', 'integer')
    .addColumn('task_count', 'integer', (c) => c.notNull())
    .addUniqueConstraint('baselines_number', ['project_id', 'number'])
    .execute();

  // No foreign key to tasks: a baseline keeps the tasks deleted since it was saved.
  await db.schema
    .createTable('baseline_tasks')
    .addColumn('baseline_id', 'text', (c) => c.notNull().references('baselines.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('wbs', 'text', (c) => c.notNull())
    .addColumn('milestone', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer')
    .addColumn('finish', 'integer')
    .addColumn('duration_minutes', 'double precision')
    .addPrimaryKeyConstraint('baseline_tasks_pk', ['baseline_id', 'task_id'])
    .execute();

  const now = new Date().toISOString();
  await sql`insert into calendars (id, project_id, name, definition, created_at, updated_at, version)
    values (${STANDARD_CALENDAR_ID}, null, ${STANDARD_CALENDAR.name}, ${JSON.stringify(STANDARD_CALENDAR)}, ${now}, ${now}, 1)`.execute(
    db,
  );
  // Every existing project gets an empty plan starting on its planned start (or creation day) at 08:00.
  const projects = await sql<{ id: string; planned_start: string | null; created_at: string }>`
    select id, planned_start, created_at from projects`.execute(db);
  for (const p of projects.rows) {
    const day = (p.planned_start ?? p.created_at).slice(0, 10);
    const start = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 8) / 60000;
    await sql`insert into plans (project_id, version, project_start, status_date, default_calendar_id, options, project_finish, task_count, updated_at)
      values (${p.id}, 1, ${start}, null, ${STANDARD_CALENDAR_ID}, '{}', null, 0, ${now})`.execute(db);
  }
}
