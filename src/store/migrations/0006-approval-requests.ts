import type { Kysely } from 'kysely';

/*
 * A manager's request that the PMO approve a proposed project: who asked, when, and their note.
 * Kept on the project row (at most one open request per project); a transition out of `proposed`
 * clears it, and the audit log keeps the history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('projects').addColumn('approval_requested_at', 'text').execute();
  await db.schema.alterTable('projects').addColumn('approval_requested_by', 'text').execute();
  await db.schema
    .alterTable('projects')
    .addColumn('approval_note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}
