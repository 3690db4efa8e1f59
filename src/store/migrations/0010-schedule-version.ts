import { type Kysely, sql } from 'kysely';

/*
 * The plan version whose schedule the tasks' computed columns (early_start … critical, summary,
 * summaries' rolled-up percent complete) hold. An edit writes only the rows whose inputs it
 * changed, so the other rows' computed columns may lag behind `version`; readers then derive the
 * dates from the inputs (see docs/ARCHITECTURE.md, "Plan"). Every stored plan was written whole
 * until now, so its columns are those of its current version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('plans')
    .addColumn('schedule_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update plans set schedule_version = version`.execute(db);
}
