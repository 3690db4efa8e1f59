import type { CostCategoryList } from '../../contracts/index.js';
import { listCostCategories } from '../../store/repos/cost-categories-repo.js';
import type { ServiceContext } from '../context.js';

/** The PMO's cost categories, in their order (anyone signed in reads them: forms pick from them). */
export async function costCategories(ctx: ServiceContext): Promise<CostCategoryList> {
  return {
    items: (await listCostCategories(ctx.store.db)).map((r) => ({
      id: r.id,
      name: r.name,
      position: r.position,
      active: r.active === 1,
      version: r.version,
    })),
  };
}
