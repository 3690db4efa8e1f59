import type { ProjectFacts } from './facts.js';
import type { Dimension, Measurement } from './model.js';

/** The unit a metric's value is in (thresholds are in the same unit). */
export type MetricUnit = 'days' | 'percent' | 'count' | 'ratio';

/**
 * A measurable quantity of a project that health rules compare with thresholds. Each feature
 * registers its metrics in `metric-registry.ts`; the evaluator knows none of them by name.
 */
export interface HealthMetric {
  readonly key: string;
  readonly name: string;
  readonly unit: MetricUnit;
  /** The dimension a rule on this metric feeds unless the rule says otherwise. */
  readonly dimension: Dimension;
  readonly description: string;
  /** Measures one project; a null value means "does not apply" and fires no rule. */
  measure(facts: ProjectFacts): Measurement;
}

/** A measurement that does not apply. */
export const NOT_APPLICABLE: Measurement = { value: null };
