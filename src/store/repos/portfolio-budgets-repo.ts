import type { PortfolioBudgetLineRow, PortfolioBudgetRow } from '../schema.js';
import type { Executor } from '../transaction.js';

/** A portfolio budget's header with the name of who last changed it. */
export interface PortfolioBudgetView extends PortfolioBudgetRow {
  updated_by_name: string | null;
}

/** A portfolio's budget header, or undefined before its first write. */
export async function findPortfolioBudget(ex: Executor, portfolioId: string): Promise<PortfolioBudgetView | undefined> {
  return ex
    .selectFrom('portfolio_budgets')
    .leftJoin('users', 'users.id', 'portfolio_budgets.updated_by')
    .selectAll('portfolio_budgets')
    .select('users.name as updated_by_name')
    .where('portfolio_budgets.portfolio_id', '=', portfolioId)
    .executeTakeFirst();
}

/** Makes the header if the portfolio has none (version 1, what a portfolio without one reads). */
export async function ensurePortfolioBudget(
  ex: Executor,
  portfolioId: string,
  currency: string,
  at: string,
): Promise<void> {
  await ex
    .insertInto('portfolio_budgets')
    .values({ portfolio_id: portfolioId, currency, updated_by: null, updated_at: at, version: 1 })
    .onConflict((oc) => oc.column('portfolio_id').doNothing())
    .execute();
}

/** Writes `patch` only if the budget is still at `expected`; false means a concurrent write won. */
export async function updatePortfolioBudget(
  ex: Executor,
  portfolioId: string,
  expected: number,
  patch: Pick<PortfolioBudgetRow, 'currency' | 'updated_by' | 'updated_at'>,
): Promise<boolean> {
  const r = await ex
    .updateTable('portfolio_budgets')
    .set({ ...patch, version: expected + 1 })
    .where('portfolio_id', '=', portfolioId)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The budget's amounts by year and category. */
export async function listPortfolioBudgetLines(ex: Executor, portfolioId: string): Promise<PortfolioBudgetLineRow[]> {
  return ex
    .selectFrom('portfolio_budget_lines')
    .selectAll()
    .where('portfolio_id', '=', portfolioId)
    .orderBy('year')
    .orderBy('category_id')
    .execute();
}

/** Replaces the budget's amounts. */
export async function replacePortfolioBudgetLines(
  ex: Executor,
  portfolioId: string,
  lines: readonly PortfolioBudgetLineRow[],
): Promise<void> {
  await ex.deleteFrom('portfolio_budget_lines').where('portfolio_id', '=', portfolioId).execute();
  for (let i = 0; i < lines.length; i += 1000) {
    await ex
      .insertInto('portfolio_budget_lines')
      .values(lines.slice(i, i + 1000))
      .execute();
  }
}

/** The portfolio's projects as its budget counts them: identity, state, currency, charter dates, the plan's start. */
export async function listPortfolioProjects(ex: Executor, portfolioId: string) {
  return ex
    .selectFrom('projects')
    .leftJoin('plans', 'plans.project_id', 'projects.id')
    .select([
      'projects.id',
      'projects.code',
      'projects.name',
      'projects.state',
      'projects.currency',
      'projects.planned_start',
      'projects.planned_finish',
      'plans.project_start',
    ])
    .where('projects.portfolio_id', '=', portfolioId)
    .orderBy('projects.code')
    .execute();
}
