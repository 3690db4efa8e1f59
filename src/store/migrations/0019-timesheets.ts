import type { Kysely } from 'kysely';

/*
 * Timesheets (issue 12, "Actuals"): a person's week (Monday first), one line per task they worked
 * on, minutes per day (a JSON array of seven whole numbers, Monday to Sunday) and a note.
 *
 * Lines carry their own status because one week spans projects and each project's manager decides
 * on theirs: draft (the person edits), submitted, approved (posted to the plan as actual work; the
 * cost is the person's rate in force each day), returned (with the approver's comment; editable
 * again). A line's assignment is the person's assignment on that task when they had one (null for
 * a task they are only responsible for: its hours count as cost, not as the plan's actual work).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('timesheets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // YYYY-MM-DD, a Monday.
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('timesheets_user_week', ['user_id', 'week_start'])
    .execute();
  await db.schema
    .createTable('timesheet_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('timesheet_id', 'text', (c) => c.notNull().references('timesheets.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    // No foreign keys to tasks and assignments: approved hours stay when the plan changes.
    .addColumn('task_id', 'text', (c) => c.notNull())
    .addColumn('assignment_id', 'text')
    .addColumn('minutes', 'text', (c) => c.notNull())
    .addColumn('total_minutes', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    // draft, submitted, approved, returned
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    // The approved line's cost (the person's rates, day by day), in the project currency's minor units.
    .addColumn('cost_minor', 'bigint')
    .addUniqueConstraint('timesheet_lines_task', ['timesheet_id', 'task_id'])
    .execute();
  await db.schema
    .createIndex('timesheet_lines_project_status')
    .on('timesheet_lines')
    .columns(['project_id', 'status'])
    .execute();
}
