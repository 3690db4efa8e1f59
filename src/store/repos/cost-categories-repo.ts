import type { CostCategoryRow } from '../schema.js';
import type { Executor } from '../transaction.js';

/** The cost categories in the PMO's order (inactive ones too: old expenses still name them). */
export async function listCostCategories(ex: Executor): Promise<CostCategoryRow[]> {
  return ex.selectFrom('cost_categories').selectAll().orderBy('position').orderBy('id').execute();
}

export async function findCostCategory(ex: Executor, id: string): Promise<CostCategoryRow | undefined> {
  return ex.selectFrom('cost_categories').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A category whose name matches `name` whatever its case ("Travel" and "travel" would confuse people picking one). */
export async function findCostCategoryByName(ex: Executor, name: string): Promise<CostCategoryRow | undefined> {
  return ex
    .selectFrom('cost_categories')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
}

export async function insertCostCategory(ex: Executor, row: CostCategoryRow): Promise<void> {
  await ex.insertInto('cost_categories').values(row).execute();
}

/** Writes `patch` only if the category is still at `expected`; false means a concurrent write won. */
export async function updateCostCategory(
  ex: Executor,
  id: string,
  expected: number,
  patch: Partial<Pick<CostCategoryRow, 'name' | 'active' | 'updated_at'>>,
): Promise<boolean> {
  const r = await ex
    .updateTable('cost_categories')
    .set({ ...patch, version: expected + 1 })
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Stores the list's order: each category's position, for those that moved. */
export async function setCostCategoryPositions(
  ex: Executor,
  positions: readonly { readonly id: string; readonly position: number }[],
): Promise<void> {
  for (const p of positions) {
    await ex.updateTable('cost_categories').set({ position: p.position }).where('id', '=', p.id).execute();
  }
}

export async function deleteCostCategory(ex: Executor, id: string): Promise<void> {
  await ex.deleteFrom('cost_categories').where('id', '=', id).execute();
}

/** How many expenses and budget lines (working, approved, portfolio) name a category. */
export async function costCategoryUses(ex: Executor, id: string): Promise<{ expenses: number; budgetLines: number }> {
  const count = async (
    table: 'expenses' | 'project_budget_lines' | 'budget_version_lines' | 'portfolio_budget_lines',
  ) =>
    Number(
      (
        await ex
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('category_id', '=', id)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const budgetLines =
    (await count('project_budget_lines')) +
    (await count('budget_version_lines')) +
    (await count('portfolio_budget_lines'));
  return { expenses: await count('expenses'), budgetLines };
}
