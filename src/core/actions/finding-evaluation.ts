import type { HealthRule, ProjectHealth } from '../health/model.js';
import type { Reevaluation } from './corrective-action.js';

/**
 * A health rule measured again, from the project's health just evaluated, for the action that
 * addresses it: fires when the rule is among the reasons (value and threshold of that level);
 * otherwise the value its metric measured and the rule's amber threshold (red when it has none).
 * A rule that no longer exists, or whose metric does not apply now, cannot be re-evaluated (null).
 * `at` is an ISO timestamp.
 */
export function reevaluateHealthRule(health: ProjectHealth, rule: HealthRule | undefined, at: string): Reevaluation {
  if (!rule) return { at, fires: null, value: null, threshold: null, message: 'the health rule no longer exists' };
  const reason = health.dimensions.flatMap((d) => d.reasons).find((r) => r.ruleId === rule.id);
  if (reason) return { at, fires: true, value: reason.value, threshold: reason.threshold, message: reason.message };
  const value = health.metrics[rule.metric] ?? null;
  const threshold = rule.amber ?? rule.red;
  if (!rule.enabled) return { at, fires: false, value, threshold, message: 'the rule is disabled' };
  if (value === null) return { at, fires: null, value: null, threshold, message: `${rule.metric} does not apply now` };
  return { at, fires: false, value, threshold, message: `${rule.metric}: ${value}` };
}

/** A DCMA check's outcome as the schedule quality assessment reports it; pass null = does not apply; value in percent (a ratio for CPLI, BEI). */
export interface DcmaCheckResult {
  readonly id: number;
  readonly name: string;
  readonly value: number | null;
  readonly threshold: { readonly operator: '<=' | '>='; readonly value: number } | null;
  readonly pass: boolean | null;
}

/** A DCMA check measured again, for the action that addresses it. `at` is an ISO timestamp. */
export function reevaluateDcmaCheck(check: DcmaCheckResult | undefined, at: string): Reevaluation {
  if (!check) return { at, fires: null, value: null, threshold: null, message: 'the check was not found' };
  const value = check.value;
  const threshold = check.threshold?.value ?? null;
  if (check.pass === null)
    return { at, fires: null, value, threshold, message: `${check.name} does not apply to this plan` };
  return { at, fires: !check.pass, value, threshold, message: `${check.name}: ${check.pass ? 'passes' : 'fails'}` };
}
