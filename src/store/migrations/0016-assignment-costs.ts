import { type Kysely, PostgresAdapter } from 'kysely';

/*
 * The costs an imported assignment brings (issue 11: SP10's assignments import "with their units and
 * costs"): budget (MS Project Cost, P6 target cost), actual and remaining, in integer minor units of
 * the resource's currency. Null where the file had none or the assignment was made in Gantry; the
 * money issue computes costs from rates and uses these as the imported baseline.
 *
 * Work in minutes widens to bigint on PostgreSQL: a cost-loaded P6 schedule counts money as its
 * quantity (SP10 has assignments of 36 million "hours", over 2^31 minutes). SQLite's integers are
 * 64-bit already (and it cannot alter a column's type).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['budget_cost_minor', 'actual_cost_minor', 'remaining_cost_minor']) {
    await db.schema.alterTable('assignments').addColumn(column, 'bigint').execute();
  }
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    for (const column of ['work_minutes', 'actual_work_minutes', 'remaining_work_minutes']) {
      await db.schema
        .alterTable('assignments')
        .alterColumn(column, (c) => c.setDataType('bigint'))
        .execute();
    }
  }
}
