import type { Kysely } from 'kysely';

/*
 * Status reports.
 * - `reporting_settings`: the PMO's cadence and section template, per portfolio or per project
 *   (a project's row overrides its portfolio's; no row: the portfolio's, else no reports due).
 *   `sections` is a JSON list of { key, title }; `effective_from` (ISO date) is the day the cadence
 *   was last set: reports are owed only for periods ending on or after it.
 * - `status_reports`: one per project and period (unique). `sections` JSON list of
 *   { key, title, text }; `rags` JSON { dimension: { rag, reason } }; `snapshot` JSON of the figures
 *   frozen at the last submit, and `submissions` JSON list of every submit's { at, byId, snapshot,
 *   rags } so a report returned and resubmitted keeps what the PMO was first shown; `comments` JSON
 *   list of review and return comments.
 * - `status_report_reminders`: one row per project, period and kind of reminder (due_soon,
 *   overdue): the primary key makes the hourly sweep idempotent on any number of processes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reporting_settings')
    .addColumn('scope_type', 'text', (c) => c.notNull())
    .addColumn('scope_id', 'text', (c) => c.notNull())
    .addColumn('cadence', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text')
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('reporting_settings_pk', ['scope_type', 'scope_id'])
    .execute();

  await db.schema
    .createTable('status_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('rags', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text')
    .addColumn('submissions', 'text', (c) => c.notNull())
    .addColumn('comments', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('status_reports_period')
    .on('status_reports')
    .columns(['project_id', 'period_start'])
    .unique()
    .execute();
  // The PMO's queue: submitted reports across projects.
  await db.schema.createIndex('status_reports_state').on('status_reports').columns(['state', 'submitted_at']).execute();

  await db.schema
    .createTable('status_report_reminders')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('status_report_reminders_pk', ['project_id', 'period_start', 'kind'])
    .execute();
}
