import { DEFAULT_HEALTH_RULES } from '../../core/health/default-rules.js';
import type { HealthRule } from '../../core/health/model.js';
import { effectiveRules } from '../../core/health/rule-set.js';
import * as repo from '../../store/repos/health-repo.js';
import type { HealthRuleSetRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';

/** A stored rule set's rules (the defaults while the organisation has none stored). */
export function rulesOf(
  row: HealthRuleSetRow | undefined,
  fallback: readonly HealthRule[] = [],
): readonly HealthRule[] {
  return row ? (JSON.parse(row.rules) as HealthRule[]) : fallback;
}

/** The rules in force, per portfolio: one read of every rule set. */
export async function ruleBook(db: Executor): Promise<(portfolioId: string | null) => readonly HealthRule[]> {
  const rows = await repo.listRuleSets(db);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const organisation = rulesOf(byId.get(repo.ORGANISATION_RULES), DEFAULT_HEALTH_RULES);
  const cache = new Map<string, readonly HealthRule[]>();
  return (portfolioId) => {
    if (!portfolioId) return organisation;
    let rules = cache.get(portfolioId);
    if (!rules) {
      const own = byId.get(repo.portfolioRulesId(portfolioId));
      rules = effectiveRules(organisation, own ? rulesOf(own) : null);
      cache.set(portfolioId, rules);
    }
    return rules;
  };
}
