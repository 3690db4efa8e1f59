import type { HealthRulesUpdate, HealthRulesView } from '../../contracts/index.js';
import { invalidField } from '../../core/errors.js';
import { DEFAULT_HEALTH_RULES } from '../../core/health/default-rules.js';
import { healthMetrics } from '../../core/health/metric-registry.js';
import { checkRules, effectiveRules } from '../../core/health/rule-set.js';
import { type Actor, isAllowed } from '../../core/permissions.js';
import * as repo from '../../store/repos/health-repo.js';
import { findPortfolioRow } from '../../store/repos/portfolios-repo.js';
import type { HealthRuleSetRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { requireAllowed, versionConflict } from '../access.js';
import type { ServiceContext } from '../context.js';
import { organisationGuard, runWrite, type WriteRequest } from '../write-pipeline.js';
import { rulesOf } from './health-rules.js';

type RuleSetView = HealthRulesView['organisation'];

function view(row: HealthRuleSetRow | undefined, fallback: HealthRulesView['effective']): RuleSetView {
  return {
    rules: [...(rulesOf(row, fallback) as HealthRulesView['effective'])],
    version: row?.version ?? 0,
    updatedAt: row?.updated_at ?? null,
  };
}

async function requirePortfolio(ex: Executor, id: string): Promise<void> {
  if (!(await findPortfolioRow(ex, id))) throw invalidField('portfolioId', 'no portfolio has this id');
}

/** GET /api/health-rules: the organisation's rules, a portfolio's own, what applies, and the metrics to choose from. */
export async function getHealthRules(
  ctx: ServiceContext,
  actor: Actor,
  portfolioId: string | undefined,
): Promise<HealthRulesView> {
  requireAllowed(actor, 'portfolio.read');
  const db = ctx.store.db;
  const organisation = view(await repo.findRuleSet(db, repo.ORGANISATION_RULES), [...DEFAULT_HEALTH_RULES]);
  let portfolio: RuleSetView | null = null;
  if (portfolioId) {
    await requirePortfolio(db, portfolioId);
    portfolio = view(await repo.findRuleSet(db, repo.portfolioRulesId(portfolioId)), []);
  }
  return {
    organisation,
    portfolio,
    effective: [...effectiveRules(organisation.rules, portfolio?.rules ?? null)] as HealthRulesView['effective'],
    metrics: healthMetrics().map(({ key, name, unit, dimension, description }) => ({
      key,
      name,
      unit,
      dimension,
      description,
    })),
    allowedActions: isAllowed(actor, 'health.rules.manage') ? ['health.rules.manage'] : [],
  };
}

/**
 * PUT /api/health-rules: replaces the organisation's rule set, or a portfolio's. Every project is
 * marked for evaluation in the same transaction, so the dashboard follows within a round.
 */
export async function putHealthRules(req: WriteRequest, input: HealthRulesUpdate): Promise<HealthRulesView> {
  const { ctx, actor } = req;
  const portfolioId = input.portfolioId ?? null;
  const id = portfolioId ? repo.portfolioRulesId(portfolioId) : repo.ORGANISATION_RULES;
  await runWrite(req, {
    ...organisationGuard(actor, 'health.rules.manage'),
    async load(trx) {
      if (portfolioId) await requirePortfolio(trx, portfolioId);
      return repo.findRuleSet(trx, id);
    },
    async apply(trx, before) {
      checkRules(input.rules);
      const current = before?.version ?? 0;
      if (current !== input.version) throw versionConflict('health rules', id, current);
      const now = ctx.now().toISOString();
      const row: HealthRuleSetRow = {
        id,
        portfolio_id: portfolioId,
        rules: JSON.stringify(input.rules),
        version: current + 1,
        updated_at: now,
        updated_by: actor.userId,
      };
      if (!(await repo.saveRuleSet(trx, row, current))) throw versionConflict('health rules', id, current + 1);
      await repo.markAllStale(trx, now);
      return row;
    },
    audit: (before, after) => ({
      action: 'health.rules.update',
      entityType: 'health_rules',
      entityId: id,
      before: { rules: before ? JSON.parse(before.rules) : portfolioId ? [] : DEFAULT_HEALTH_RULES },
      after: { rules: JSON.parse(after.rules) },
    }),
  });
  return getHealthRules(ctx, actor, portfolioId ?? undefined);
}
