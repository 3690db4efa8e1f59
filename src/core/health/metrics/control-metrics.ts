import { type HealthMetric, NOT_APPLICABLE } from '../metric.js';
import { isControlled } from './schedule-metrics.js';

/*
 * Metrics of the PMO's own controls: status reports, corrective actions and schedule quality. Each
 * reads the facts section its feature loads; without that section it measures nothing.
 */

/** Days the oldest unsubmitted status report is overdue. */
export const statusReportOverdueDays: HealthMetric = {
  key: 'statusReportOverdueDays',
  name: 'Status report overdue',
  unit: 'days',
  dimension: 'reporting',
  description: "Days past the due date of the project's oldest status report not yet submitted (0: none overdue).",
  measure: (f) => {
    if (!f.reporting || !isControlled(f.state) || f.reporting.nextDue === null) return NOT_APPLICABLE;
    const id = f.reporting.overdueReportId;
    return {
      value: f.reporting.overdueDays,
      links: f.reporting.overdueDays > 0 && id ? [{ kind: 'report', id, label: 'Overdue status report' }] : [],
    };
  },
};

/** Corrective actions past their due date and not done. */
export const correctiveActionsOverdue: HealthMetric = {
  key: 'correctiveActionsOverdue',
  name: 'Corrective actions overdue',
  unit: 'count',
  dimension: 'quality',
  description: 'Open or in-progress corrective actions whose due date has passed.',
  measure: (f) => {
    if (!f.actions) return NOT_APPLICABLE;
    return {
      value: f.actions.overdue.length,
      links: f.actions.overdue.slice(0, 50).map((a) => ({ kind: 'action' as const, id: a.id, label: a.title })),
    };
  },
};

/** DCMA 14-point checks the plan fails. */
export const dcmaChecksFailed: HealthMetric = {
  key: 'dcmaChecksFailed',
  name: 'DCMA checks failed',
  unit: 'count',
  dimension: 'quality',
  description: 'How many of the DCMA 14-point schedule checks that apply to the plan it fails.',
  measure: (f) => {
    if (!f.scheduleQuality || !isControlled(f.state)) return NOT_APPLICABLE;
    return {
      value: f.scheduleQuality.failed.length,
      links: f.scheduleQuality.failed.map((c) => ({ kind: 'check' as const, id: String(c.id), label: c.name })),
    };
  },
};
