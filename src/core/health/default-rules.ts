import type { HealthRule } from './model.js';

function rule(r: Omit<HealthRule, 'enabled'>): HealthRule {
  return { ...r, enabled: true };
}

/**
 * The organisation's rules until the PMO changes them. Thresholds follow common PMO practice: a
 * week of slip is worth a look, a month is a problem; an SPI under 0.95 is amber, under 0.85 red
 * (the usual earned-value bands); the DCMA bands reflect that a plan failing several checks cannot
 * be trusted to forecast.
 */
export const DEFAULT_HEALTH_RULES: readonly HealthRule[] = [
  rule({
    id: 'finish-variance',
    metric: 'finishVarianceDays',
    comparison: 'gt',
    amber: 5,
    red: 20,
    dimension: 'schedule',
    message: 'Forecast finish is {value} working days behind the baseline (threshold {threshold}).',
  }),
  rule({
    id: 'finish-variance-percent',
    metric: 'finishVariancePercent',
    comparison: 'gt',
    amber: 5,
    red: 10,
    dimension: 'schedule',
    message: "Finish variance is {value} % of the baseline's duration (threshold {threshold} %).",
  }),
  rule({
    id: 'charter-finish',
    metric: 'forecastVsCharterDays',
    comparison: 'gt',
    amber: 0,
    red: 10,
    dimension: 'schedule',
    message: "Forecast finish is {value} working days after the charter's planned finish (threshold {threshold}).",
  }),
  rule({
    id: 'milestones-slipped',
    metric: 'milestonesSlipped',
    comparison: 'gte',
    amber: 1,
    red: 5,
    dimension: 'schedule',
    message: '{value} milestones slipped or overdue (threshold {threshold}).',
  }),
  rule({
    id: 'milestone-worst-slip',
    metric: 'milestoneWorstSlipDays',
    comparison: 'gt',
    amber: 5,
    red: 15,
    dimension: 'schedule',
    message: 'A milestone slipped {value} working days (threshold {threshold}).',
  }),
  rule({
    id: 'negative-float',
    metric: 'negativeFloatTasks',
    comparison: 'gte',
    amber: 1,
    red: 10,
    dimension: 'schedule',
    message: '{value} tasks have negative float (threshold {threshold}).',
  }),
  rule({
    id: 'schedule-performance',
    metric: 'schedulePerformance',
    comparison: 'lt',
    amber: 0.95,
    red: 0.85,
    dimension: 'schedule',
    message: 'Schedule performance from progress is {value} (threshold {threshold}).',
  }),
  rule({
    id: 'no-baseline',
    metric: 'executingWithoutBaseline',
    comparison: 'gte',
    amber: null,
    red: 1,
    dimension: 'scope',
    message: 'The project is executing without a baseline.',
  }),
  rule({
    id: 'status-date-age',
    metric: 'statusDateAgeDays',
    comparison: 'gt',
    amber: 14,
    red: 30,
    dimension: 'reporting',
    message: 'Progress was last recorded {value} days ago (threshold {threshold}).',
  }),
  rule({
    id: 'report-overdue',
    metric: 'statusReportOverdueDays',
    comparison: 'gt',
    amber: 0,
    red: 7,
    dimension: 'reporting',
    message: 'The status report is {value} days overdue (threshold {threshold}).',
  }),
  rule({
    id: 'dcma-failed',
    metric: 'dcmaChecksFailed',
    comparison: 'gte',
    amber: 3,
    red: 6,
    dimension: 'quality',
    message: 'The plan fails {value} DCMA schedule checks (threshold {threshold}).',
  }),
  rule({
    id: 'actions-overdue',
    metric: 'correctiveActionsOverdue',
    comparison: 'gte',
    amber: 1,
    red: 3,
    dimension: 'quality',
    message: '{value} corrective actions are overdue (threshold {threshold}).',
  }),
  // One critical task whose people are overbooked already threatens the finish; several mean the
  // plan cannot be delivered as staffed.
  rule({
    id: 'overallocated-critical',
    metric: 'overallocatedCriticalTasks',
    comparison: 'gte',
    amber: 1,
    red: 3,
    dimension: 'resources',
    message: '{value} critical tasks have over-allocated resources (threshold {threshold}).',
  }),
  rule({
    id: 'unstaffed-roles',
    metric: 'unstaffedGenericAssignments',
    comparison: 'gte',
    amber: 1,
    red: 5,
    dimension: 'resources',
    message: '{value} assignments starting soon are still held by a generic role (threshold {threshold}).',
  }),
];
