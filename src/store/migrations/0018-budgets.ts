import type { Kysely } from 'kysely';

/*
 * Budgets (issue 12, "Budget"): a project's working budget, its approved versions, and a
 * portfolio's budget by year and category. Amounts are whole minor units of the project's (or the
 * portfolio budget's) currency.
 *
 * - project_budgets: the working budget of a project (one row, made by its first write: a project
 *   without one has an empty draft at version 1), its reserves, whether it waits for the PMO, who
 *   submitted it and why, and the PMO's last comment when returning it.
 * - project_budget_lines: its lines, one per cost category and WBS element (task_id null: the
 *   project as a whole). No foreign key to tasks: a line outlives its task's deletion, and the
 *   budget read shows it as on an element gone from the plan until the manager moves it.
 * - budget_versions: each approved budget, numbered per project; `kind` is 'original' (the first
 *   approved), 'revision' (approved later through the budget's own submit and approve) or 'change'
 *   (made by change control, which names its request in change_request_id; no foreign key until
 *   that table exists). Immutable once written.
 * - budget_version_lines: a version's lines, with the WBS code and name of their element as they
 *   were at approval, so a version reads the same after the plan changes.
 * - portfolio_budgets / portfolio_budget_lines: a portfolio's budget by year and category, in one
 *   currency (projects in another are listed by the read, never converted).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('project_budgets')
    .addColumn('project_id', 'text', (c) => c.primaryKey().references('projects.id').onDelete('cascade'))
    // draft, submitted
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('contingency_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('management_reserve_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('submitted_by', 'text', (c) => c.references('users.id'))
    .addColumn('submitted_at', 'text')
    .addColumn('submit_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('returned_by', 'text', (c) => c.references('users.id'))
    .addColumn('returned_at', 'text')
    .addColumn('return_comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('project_budget_lines')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('category_id', 'text', (c) => c.notNull().references('cost_categories.id'))
    .addColumn('task_id', 'text')
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('project_budget_lines_pk', ['project_id', 'position'])
    .execute();
  await db.schema
    .createIndex('project_budget_lines_category')
    .on('project_budget_lines')
    .column('category_id')
    .execute();

  await db.schema
    .createTable('budget_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    // original, revision, change
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('change_request_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.references('users.id'))
    .addColumn('submitted_at', 'text')
    .addColumn('approved_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .addColumn('approval_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('lines_minor', 'bigint', (c) => c.notNull())
    .addColumn('contingency_minor', 'bigint', (c) => c.notNull())
    .addColumn('management_reserve_minor', 'bigint', (c) => c.notNull())
    .addColumn('total_minor', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('budget_versions_project_number', ['project_id', 'number'])
    .execute();
  await db.schema
    .createTable('budget_version_lines')
    .addColumn('version_id', 'text', (c) => c.notNull().references('budget_versions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('category_id', 'text', (c) => c.notNull().references('cost_categories.id'))
    .addColumn('task_id', 'text')
    .addColumn('wbs', 'text')
    .addColumn('task_name', 'text')
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('budget_version_lines_pk', ['version_id', 'position'])
    .execute();
  await db.schema
    .createIndex('budget_version_lines_category')
    .on('budget_version_lines')
    .column('category_id')
    .execute();

  await db.schema
    .createTable('portfolio_budgets')
    .addColumn('portfolio_id', 'text', (c) => c.primaryKey().references('portfolios.id').onDelete('cascade'))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('portfolio_budget_lines')
    .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('category_id', 'text', (c) => c.notNull().references('cost_categories.id'))
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('portfolio_budget_lines_pk', ['portfolio_id', 'year', 'category_id'])
    .execute();
  await db.schema
    .createIndex('portfolio_budget_lines_category')
    .on('portfolio_budget_lines')
    .column('category_id')
    .execute();
}
