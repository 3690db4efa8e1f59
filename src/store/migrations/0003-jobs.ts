import type { Kysely } from 'kysely';

/*
 * Background jobs. A row is the job's whole truth, so any Gantry process on the database can
 * answer for it, claim it or re-queue it: `locked_by`/`locked_until` form a lease that the running
 * process renews; a lease that runs out means that process died, and the next runner re-queues the
 * job (or fails it once `attempts` reaches `max_attempts`). The uploaded input of a job lives in
 * `job_files`, apart from the row, so polling a job never drags 50 MB along.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('project_id', 'text', (c) => c.references('projects.id').onDelete('set null'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('progress', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('input', 'text', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('error', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('cancel_requested', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The runner's two questions: the oldest queued job, and running jobs whose lease ran out.
  await db.schema.createIndex('jobs_state_created').on('jobs').columns(['state', 'created_at']).execute();
  await db.schema.createIndex('jobs_owner').on('jobs').columns(['owner_id', 'created_at']).execute();

  await db.schema
    .createTable('job_files')
    .addColumn('job_id', 'text', (c) => c.primaryKey().references('jobs.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .execute();
}
