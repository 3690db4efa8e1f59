import type { HealthMetric } from './metric.js';
import { correctiveActionsOverdue, dcmaChecksFailed, statusReportOverdueDays } from './metrics/control-metrics.js';
import { overallocatedCriticalTasks, unstaffedGenericAssignments } from './metrics/resource-metrics.js';
import {
  executingWithoutBaseline,
  finishVarianceDays,
  finishVariancePercent,
  forecastVsCharterDays,
  milestonesSlipped,
  milestoneWorstSlipDays,
  negativeFloatTasks,
  schedulePerformance,
  statusDateAgeDays,
} from './metrics/schedule-metrics.js';

/*
 * Every metric health rules may use. A feature adds its metrics here (one line); the evaluator,
 * the rule editor and the API list them from this registry and know none by name.
 */
const METRICS: readonly HealthMetric[] = [
  finishVarianceDays,
  finishVariancePercent,
  forecastVsCharterDays,
  milestonesSlipped,
  milestoneWorstSlipDays,
  negativeFloatTasks,
  schedulePerformance,
  statusDateAgeDays,
  executingWithoutBaseline,
  statusReportOverdueDays,
  correctiveActionsOverdue,
  dcmaChecksFailed,
  overallocatedCriticalTasks,
  unstaffedGenericAssignments,
];

const BY_KEY = new Map(METRICS.map((m) => [m.key, m]));

/** The registered metrics, in display order. */
export function healthMetrics(): readonly HealthMetric[] {
  return METRICS;
}

/** The metric registered under `key`, or undefined. */
export function healthMetric(key: string): HealthMetric | undefined {
  return BY_KEY.get(key);
}
