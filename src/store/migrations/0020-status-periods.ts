import type { Kysely } from 'kysely';

/*
 * Status periods (issue 12): the PMO reports in weeks (Monday to Sunday) or calendar months, and
 * closes them in order. Closing a period freezes a snapshot of every project's earned value at its
 * end, so trends are read from frozen values, and from then on nothing dated in it changes
 * (expenses, timesheet hours).
 *
 * - status_period_settings: one row ('organisation'): the cadence.
 * - closed_periods: the periods closed so far, contiguous and in order (start and end dates
 *   inclusive, YYYY-MM-DD), with who closed them and when.
 * - evm_snapshots: per closed period and project, the figures at the period's end (the sums as
 *   columns for trend queries; the whole report summary as JSON).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('status_period_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cadence', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db
    .insertInto('status_period_settings' as never)
    .values({ id: 'organisation', cadence: 'week', updated_at: new Date().toISOString(), version: 1 } as never)
    .execute();
  await db.schema
    .createTable('closed_periods')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cadence', 'text', (c) => c.notNull())
    .addColumn('start', 'text', (c) => c.notNull())
    .addColumn('end', 'text', (c) => c.notNull().unique())
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .addColumn('closed_by', 'text', (c) => c.notNull().references('users.id'))
    .execute();
  await db.schema
    .createTable('evm_snapshots')
    .addColumn('period_id', 'text', (c) => c.notNull().references('closed_periods.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    // Minutes since 1970 local: the end of the period's last day.
    .addColumn('status_date', 'bigint', (c) => c.notNull())
    .addColumn('bac', 'bigint', (c) => c.notNull())
    .addColumn('pv', 'bigint', (c) => c.notNull())
    .addColumn('ev', 'bigint', (c) => c.notNull())
    .addColumn('ac', 'bigint', (c) => c.notNull())
    .addColumn('figures', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evm_snapshots_pk', ['period_id', 'project_id'])
    .execute();
  await db.schema
    .createIndex('evm_snapshots_project')
    .on('evm_snapshots')
    .columns(['project_id', 'status_date'])
    .execute();
}
