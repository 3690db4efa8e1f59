import { evaluateHealth } from '../health/evaluate.js';
import type { ProjectFacts } from '../health/facts.js';
import { healthMetric } from '../health/metric-registry.js';
import type { HealthRule } from '../health/model.js';
import type { Reevaluation } from './corrective-action.js';

/**
 * A health rule measured again on one project's facts, for the action that addresses it: fires
 * when it turns its dimension amber or red (value and threshold of that level); otherwise the
 * value measured and the amber threshold (red when it has none). `at` is an ISO timestamp.
 */
export function reevaluateHealthRule(facts: ProjectFacts, rule: HealthRule | undefined, at: string): Reevaluation {
  if (!rule) return { at, fires: null, value: null, threshold: null, message: 'the health rule no longer exists' };
  const metric = healthMetric(rule.metric);
  if (!metric) return { at, fires: null, value: null, threshold: null, message: `unknown metric ${rule.metric}` };
  // Disabled or not, the rule's own thresholds say whether the finding is still there.
  const health = evaluateHealth(facts, [{ ...rule, enabled: true }], [], at);
  const reason = health.dimensions.find((d) => d.key === rule.dimension)?.reasons.find((r) => r.ruleId === rule.id);
  if (reason) return { at, fires: true, value: reason.value, threshold: reason.threshold, message: reason.message };
  const value = metric.measure(facts).value;
  const threshold = rule.amber ?? rule.red;
  if (value === null) {
    return { at, fires: null, value: null, threshold, message: `${metric.name} does not apply to this project now` };
  }
  return { at, fires: false, value, threshold, message: `${metric.name}: ${value}` };
}

/** A DCMA check's result as the schedule quality assessment reports it; pass null = does not apply. */
export interface DcmaCheckResult {
  readonly id: number;
  readonly name: string;
  readonly value: number | null;
  readonly threshold: number | null;
  readonly pass: boolean | null;
}

/** A DCMA check measured again, for the action that addresses it. `at` is an ISO timestamp. */
export function reevaluateDcmaCheck(check: DcmaCheckResult | undefined, at: string): Reevaluation {
  if (!check) return { at, fires: null, value: null, threshold: null, message: 'the check was not found' };
  const { value, threshold } = check;
  if (check.pass === null)
    return { at, fires: null, value, threshold, message: `${check.name} does not apply to this plan` };
  return { at, fires: !check.pass, value, threshold, message: `${check.name}: ${check.pass ? 'passes' : 'fails'}` };
}
