import type { Kysely } from 'kysely';

/*
 * What-if scenarios: a user's private branch of a project's plan. A row holds no copy of the
 * plan, only the edits (`steps`: JSON list of { label, ops, base }), so a scenario of a 10,000-task
 * plan costs a few kilobytes; its plan is the live plan with the steps' ops applied, computed on
 * read. `base` records the live values each step's ops were based on, for the conflict check at
 * apply time. `base_version` is the live plan version the scenario was opened on; `version`
 * guards the scenario itself (adding ops, renaming, applying).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('scenarios')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('base_version', 'integer', (c) => c.notNull())
    .addColumn('steps', 'text', (c) => c.notNull())
    .addColumn('op_count', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Names are unique per project and owner (a scenario is private, so two people may both have "Plan B").
  await db.schema
    .createIndex('scenarios_owner_name')
    .on('scenarios')
    .columns(['project_id', 'owner_id', 'name'])
    .unique()
    .execute();
}
