import type { CostCategoryRow } from '../schema.js';
import type { Executor } from '../transaction.js';

/** The cost categories in the PMO's order (inactive ones too: old expenses still name them). */
export async function listCostCategories(ex: Executor): Promise<CostCategoryRow[]> {
  return ex.selectFrom('cost_categories').selectAll().orderBy('position').orderBy('id').execute();
}

export async function findCostCategory(ex: Executor, id: string): Promise<CostCategoryRow | undefined> {
  return ex.selectFrom('cost_categories').selectAll().where('id', '=', id).executeTakeFirst();
}
