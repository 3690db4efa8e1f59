import { invalidField } from '../errors.js';
import { healthMetric } from './metric-registry.js';
import type { Comparison, HealthRule } from './model.js';

/**
 * The rules that apply in a portfolio: the organisation's, with each portfolio rule replacing the
 * organisation rule of the same id there (a disabled copy switches it off) and new ids added.
 */
export function effectiveRules(
  organisation: readonly HealthRule[],
  portfolio: readonly HealthRule[] | null,
): readonly HealthRule[] {
  if (!portfolio || portfolio.length === 0) return organisation;
  const own = new Map(portfolio.map((r) => [r.id, r]));
  const merged = organisation.map((r) => own.get(r.id) ?? r);
  const known = new Set(organisation.map((r) => r.id));
  return [...merged, ...portfolio.filter((r) => !known.has(r.id))];
}

function ordered(comparison: Comparison, amber: number, red: number): boolean {
  return comparison === 'gt' || comparison === 'gte' ? red >= amber : red <= amber;
}

/** Refuses a rule set the evaluator could not apply, naming the field (`rules[2].red`). */
export function checkRules(rules: readonly HealthRule[]): void {
  const ids = new Set<string>();
  rules.forEach((r, i) => {
    const at = `rules[${i}]`;
    if (ids.has(r.id)) throw invalidField(`${at}.id`, `"${r.id}" is used by another rule`);
    ids.add(r.id);
    if (!healthMetric(r.metric)) throw invalidField(`${at}.metric`, `"${r.metric}" is not a known metric`);
    if (r.amber === null && r.red === null) throw invalidField(`${at}.amber`, 'set an amber or a red threshold');
    if (r.amber !== null && r.red !== null && !ordered(r.comparison, r.amber, r.red)) {
      const word = r.comparison.startsWith('g') ? 'at least' : 'at most';
      throw invalidField(`${at}.red`, `must be ${word} the amber threshold for "${r.comparison}"`);
    }
  });
}
