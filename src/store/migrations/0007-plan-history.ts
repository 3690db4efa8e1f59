import type { Kysely } from 'kysely';

/*
 * The plan's edit history: every batch of plan ops a user applied, with the ops that undo it, so
 * undo and redo survive a reload and another user's session. A row is one step of one user's
 * undo stack on one plan: `done` (undo would take it back) or `undone` (redo would apply it again).
 * `seq` is the plan version the edit first produced; it orders a user's steps (ids made in the
 * same millisecond do not sort by time). `image` holds the fields the step's last application left
 * behind, so a later undo or redo can tell whether someone changed them since.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('ops', 'text', (c) => c.notNull())
    .addColumn('inverse', 'text', (c) => c.notNull())
    .addColumn('image', 'text', (c) => c.notNull())
    .addColumn('version_before', 'integer', (c) => c.notNull())
    .addColumn('version_after', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Undo and redo ask for one user's newest done (or oldest undone) step on one plan.
  await db.schema
    .createIndex('plan_history_user_steps')
    .on('plan_history')
    .columns(['project_id', 'user_id', 'state', 'seq'])
    .execute();
}
