import type { Kysely } from 'kysely';

/*
 * Money, first part (issue 12): costs in the plan, time-phased baselines, expenses, and how value is
 * earned.
 *
 * - tasks gain a fixed cost (minor units of the project currency) with its accrual (start,
 *   prorated, end; MS Project's Fixed Cost Accrual, prorated by default), a physical % complete,
 *   and an earned value method (null: the project's, duration % complete unless it says otherwise).
 * - a baseline keeps each task's cost and work, in total and per day (`phased_*`: the first epoch
 *   day and a JSON array of whole minor units or minutes per day, adding up to the total), and the
 *   project's cost per day, so planned value is exact at any status date and a portfolio's curve
 *   reads one row per project. Null for baselines saved before this migration (no cost known).
 * - cost_categories: the PMO's list (labour, material, subcontract, travel, other to begin with);
 *   a category in use is deactivated, not deleted.
 * - expenses: an amount on a date, in a category, optionally on a task; entered by the project's
 *   manager or the PMO it is approved at once, by a team member it waits for approval.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('tasks')
    .addColumn('fixed_cost_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('tasks')
    .addColumn('fixed_cost_accrual', 'text', (c) => c.notNull().defaultTo('prorated'))
    .execute();
  await db.schema
    .alterTable('tasks')
    .addColumn('physical_percent_complete', 'double precision', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('tasks').addColumn('ev_method', 'text').execute();

  for (const column of ['cost_minor', 'work_minutes']) {
    await db.schema.alterTable('baseline_tasks').addColumn(column, 'bigint').execute();
  }
  await db.schema.alterTable('baseline_tasks').addColumn('phased_first_day', 'integer').execute();
  await db.schema.alterTable('baseline_tasks').addColumn('phased_cost', 'text').execute();
  await db.schema.alterTable('baseline_tasks').addColumn('phased_work', 'text').execute();
  await db.schema.alterTable('baselines').addColumn('cost_minor', 'bigint').execute();
  await db.schema.alterTable('baselines').addColumn('phased_first_day', 'integer').execute();
  await db.schema.alterTable('baselines').addColumn('phased_cost', 'text').execute();

  await db.schema
    .createTable('cost_categories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  const now = new Date().toISOString();
  const categories = ['labour', 'material', 'subcontract', 'travel', 'other'];
  await db
    .insertInto('cost_categories' as never)
    .values(
      categories.map((id, position) => ({
        id,
        name: id[0]!.toUpperCase() + id.slice(1),
        position,
        active: 1,
        created_at: now,
        updated_at: now,
        version: 1,
      })) as never,
    )
    .execute();

  await db.schema
    .createTable('expenses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    // No foreign key to tasks: an expense stays when its task is deleted (the money was spent).
    .addColumn('task_id', 'text')
    // YYYY-MM-DD, the day the money was spent.
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('category_id', 'text', (c) => c.notNull().references('cost_categories.id'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    // submitted, approved, rejected
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('expenses_project_date').on('expenses').columns(['project_id', 'date']).execute();
}
