import type { Kysely } from 'kysely';

/*
 * Corrective actions and the decisions log.
 *
 * An action's finding, its last re-evaluation and its verification are JSON in text: each is read
 * and written whole with its action, and the finding's shape depends on its kind. `finding_kind`
 * is a column of its own so lists can filter on it.
 *
 * Decisions are a log: written once, never updated, so no version. `decision_links` names what a
 * decision is about (projects, approval requests, corrective actions, status reports); a link's
 * `project_id` is the project whose readers may read the decision. No foreign key to projects: a
 * decision stays in the log after its project is deleted (then only the PMO reads it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('corrective_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    // YYYY-MM-DD: sortable as text, compared with today's date for "overdue".
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('finding_kind', 'text', (c) => c.notNull())
    .addColumn('finding', 'text', (c) => c.notNull())
    .addColumn('reevaluation', 'text')
    .addColumn('verification', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('corrective_actions_project')
    .on('corrective_actions')
    .columns(['project_id', 'status'])
    .execute();
  await db.schema
    .createIndex('corrective_actions_owner')
    .on('corrective_actions')
    .columns(['owner_id', 'status'])
    .execute();
  await db.schema
    .createIndex('corrective_actions_due')
    .on('corrective_actions')
    .columns(['status', 'due_date'])
    .execute();

  await db.schema
    .createTable('decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // manual, approval, rejection, cancellation, hold.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('context', 'text', (c) => c.notNull().defaultTo(''))
    // JSON array of strings.
    .addColumn('options', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decided_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('decisions_decided_at').on('decisions').columns(['decided_at', 'id']).execute();

  await db.schema
    .createTable('decision_links')
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions.id').onDelete('cascade'))
    // project, approval_request, corrective_action, status_report.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text')
    .addPrimaryKeyConstraint('decision_links_pk', ['decision_id', 'kind', 'item_id'])
    .execute();
  await db.schema.createIndex('decision_links_project').on('decision_links').columns(['project_id']).execute();
}
