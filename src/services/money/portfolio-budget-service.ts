import type { PortfolioBudget, UpdatePortfolioBudgetBody } from '../../contracts/index.js';
import { DomainError, invalidField } from '../../core/errors.js';
import { MAX_BUDGET_MINOR } from '../../core/money/budget.js';
import { type ApprovedProjectBudget, comparePortfolioBudget } from '../../core/money/portfolio-budget.js';
import type { Actor } from '../../core/permissions.js';
import { MINUTES_PER_DAY, parseLocalDateTime } from '../../core/schedule/time.js';
import { latestBudgetVersions, versionTotalsByCategory } from '../../store/repos/budgets-repo.js';
import { listCostCategories } from '../../store/repos/cost-categories-repo.js';
import * as repo from '../../store/repos/portfolio-budgets-repo.js';
import { findPortfolioRow } from '../../store/repos/portfolios-repo.js';
import type { BudgetVersionRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { requireAllowed, versionConflict } from '../access.js';
import type { ServiceContext } from '../context.js';
import { organisationGuard, runWrite, type WriteRequest } from '../write-pipeline.js';

/*
 * A portfolio's budget by year and cost category (issue 12), kept by the PMO, against its
 * projects' latest approved budgets. A project counts unless it is cancelled, has no approved
 * budget, or is in another currency than the portfolio budget's (listed, never converted). Its
 * amounts are spread over the years from its planned start to its planned finish by calendar days
 * (core/money/portfolio-budget.ts); without a planned start its plan's start is used, and without
 * a planned finish everything falls in the start year.
 */

type PortfolioProject = Awaited<ReturnType<typeof repo.listPortfolioProjects>>[number];

const notFound = (id: string) => new DomainError('not_found', `Portfolio ${id} not found`, { entity: 'portfolio', id });

/** The portfolio's budget and its projects' approved budgets against it (the PMO). */
export async function getPortfolioBudget(
  ctx: ServiceContext,
  actor: Actor,
  portfolioId: string,
): Promise<PortfolioBudget> {
  requireAllowed(actor, 'portfolio.budget.read');
  const db = ctx.store.db;
  if (!(await findPortfolioRow(db, portfolioId))) throw notFound(portfolioId);
  const header = await repo.findPortfolioBudget(db, portfolioId);
  const lines = await repo.listPortfolioBudgetLines(db, portfolioId);
  const projects = await repo.listPortfolioProjects(db, portfolioId);
  const currency = header?.currency ?? commonCurrency(projects);
  const versions = new Map(
    (
      await latestBudgetVersions(
        db,
        projects.map((p) => p.id),
      )
    ).map((v) => [v.project_id, v]),
  );
  const byCategory = new Map<string, { category: string; amountMinor: number }[]>();
  for (const t of await versionTotalsByCategory(
    db,
    [...versions.values()].map((v) => v.id),
  )) {
    const list = byCategory.get(t.version_id) ?? [];
    list.push({ category: t.category_id, amountMinor: t.amount_minor });
    byCategory.set(t.version_id, list);
  }
  const counted = projects.filter((p) => p.state !== 'cancelled' && versions.has(p.id));
  const approved = counted.map((p) => approvedBudgetOf(p, versions.get(p.id) as BudgetVersionRow, byCategory));
  const categories = await listCostCategories(db);
  const budget = lines.map((l) => ({ year: l.year, category: l.category_id, amountMinor: Number(l.amount_minor) }));
  const comparison = comparePortfolioBudget(
    currency,
    budget,
    approved,
    categories.map((c) => c.id),
  );
  const totalOf = (id: string) => Number(versions.get(id)?.total_minor ?? 0);
  return {
    portfolioId,
    currency,
    lines: budget,
    cells: comparison.cells,
    years: comparison.years,
    budgetMinor: budget.reduce((s, l) => s + l.amountMinor, 0),
    projectsMinor: approved.filter((p) => p.currency === currency).reduce((s, p) => s + totalOf(p.projectId), 0),
    projects: projects.map((p) => {
      const v = versions.get(p.id);
      return {
        id: p.id,
        code: p.code,
        name: p.name,
        currency: p.currency,
        approvedTotalMinor: v ? Number(v.total_minor) : null,
        approvedVersion: v?.number ?? null,
        counted: !v
          ? 'no_approved_budget'
          : p.state === 'cancelled'
            ? 'cancelled'
            : p.currency !== currency
              ? 'other_currency'
              : 'counted',
      };
    }),
    unsummed: comparison.unsummed.map((u) => ({
      ...u,
      approvedTotalMinor: u.projectIds.reduce((s, id) => s + totalOf(id), 0),
    })),
    updatedBy: header?.updated_by ? { id: header.updated_by, name: header.updated_by_name ?? '' } : null,
    updatedAt: header?.updated_by ? header.updated_at : null,
    version: header?.version ?? 1,
  };
}

/** Replaces the portfolio's budget amounts (one per year and category), guarded by its version (the PMO). */
export async function updatePortfolioBudget(
  req: WriteRequest,
  portfolioId: string,
  body: UpdatePortfolioBudgetBody,
): Promise<PortfolioBudget> {
  const { ctx, actor } = req;
  await runWrite(req, {
    ...organisationGuard(actor, 'portfolio.budget.edit'),
    async load(trx) {
      if (!(await findPortfolioRow(trx, portfolioId))) throw notFound(portfolioId);
      return {
        header: await repo.findPortfolioBudget(trx, portfolioId),
        lines: await repo.listPortfolioBudgetLines(trx, portfolioId),
      };
    },
    version: { entity: 'portfolio_budget', id: portfolioId, of: ({ header }) => header?.version ?? 1 },
    async apply(trx, { header, lines: current }) {
      const lines = await checkedLines(trx, portfolioId, body, new Set(current.map((l) => l.category_id)));
      const currency =
        body.currency ?? header?.currency ?? commonCurrency(await repo.listPortfolioProjects(trx, portfolioId));
      const now = ctx.now().toISOString();
      await repo.ensurePortfolioBudget(trx, portfolioId, currency, now);
      const expected = header?.version ?? 1;
      const patch = { currency, updated_by: actor.userId, updated_at: now };
      if (!(await repo.updatePortfolioBudget(trx, portfolioId, expected, patch)))
        throw versionConflict('portfolio_budget', portfolioId, expected);
      await repo.replacePortfolioBudgetLines(trx, portfolioId, lines);
      return { currency, lineCount: lines.length, budgetMinor: lines.reduce((s, l) => s + l.amount_minor, 0) };
    },
    audit: ({ header, lines }, after) => ({
      action: 'portfolio_budget.update',
      entityType: 'portfolio_budget',
      entityId: portfolioId,
      before: header
        ? {
            currency: header.currency,
            lineCount: lines.length,
            budgetMinor: lines.reduce((s, l) => s + Number(l.amount_minor), 0),
          }
        : null,
      after,
    }),
    events: (_l, after) => [
      {
        type: 'portfolio_budget.updated',
        projectId: null,
        portfolioId,
        payload: { v: 1, portfolioId, currency: after.currency, budgetMinor: after.budgetMinor },
      },
    ],
  });
  return getPortfolioBudget(ctx, actor, portfolioId);
}

/** The body's amounts as rows: active categories (or ones already in this budget), one per year and category. */
async function checkedLines(
  trx: Executor,
  portfolioId: string,
  body: UpdatePortfolioBudgetBody,
  kept: ReadonlySet<string>,
) {
  const categories = new Map((await listCostCategories(trx)).map((c) => [c.id, c]));
  const seen = new Set<string>();
  let total = 0;
  const rows = body.lines.map((l, i) => {
    const category = categories.get(l.category);
    if (!category || (category.active !== 1 && !kept.has(l.category)))
      throw invalidField(`lines.${i}.category`, 'is not an active cost category');
    const key = `${l.year}\u0000${l.category}`;
    if (seen.has(key))
      throw invalidField(`lines.${i}`, 'repeats a year and category: one amount per year and category');
    seen.add(key);
    total += l.amountMinor;
    return { portfolio_id: portfolioId, year: l.year, category_id: l.category, amount_minor: l.amountMinor };
  });
  if (total > MAX_BUDGET_MINOR) throw invalidField('lines', `add up to more than ${MAX_BUDGET_MINOR} minor units`);
  return rows;
}

/** The currency most of the projects use (the first in alphabetical order on a tie), EUR when there are none. */
function commonCurrency(projects: readonly Pick<PortfolioProject, 'currency'>[]): string {
  const counts = new Map<string, number>();
  for (const p of projects) counts.set(p.currency, (counts.get(p.currency) ?? 0) + 1);
  return (
    [...counts.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([currency]) => currency)[0] ??
    'EUR'
  );
}

/** A project's approved budget as the comparison counts it, with its span in epoch days. */
function approvedBudgetOf(
  p: PortfolioProject,
  v: BudgetVersionRow,
  byCategory: ReadonlyMap<string, { category: string; amountMinor: number }[]>,
): ApprovedProjectBudget {
  const day = (text: string | null) => {
    const minutes = text === null ? null : parseLocalDateTime(text);
    return minutes === null ? null : Math.floor(minutes / MINUTES_PER_DAY);
  };
  // Every project has a plan with a start; the approval's day stands in should one not.
  const start =
    day(p.planned_start) ??
    (p.project_start === null ? null : Math.floor(Number(p.project_start) / MINUTES_PER_DAY)) ??
    (day(v.approved_at.slice(0, 10)) as number);
  return {
    projectId: p.id,
    currency: p.currency,
    start,
    finish: day(p.planned_finish),
    byCategory: byCategory.get(v.id) ?? [],
    contingencyMinor: Number(v.contingency_minor),
    managementReserveMinor: Number(v.management_reserve_minor),
  };
}
