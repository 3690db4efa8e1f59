import type { Action, Actor } from '../permissions.js';
import { type Decision, type ProjectResource, policy, type StateRefusal } from '../policy.js';
import { type ReportState, type ReportStep, stepRefusal } from './report-state.js';

/*
 * Who may do what to a status report, as it is now: the permission over its project (the manager
 * writes and submits, the PMO also; only the PMO reviews and returns) and then the workflow state.
 * Reads list `allowedActions` from the same decisions the writes throw.
 */

/** The actions a status report read lists in `allowedActions`. */
export const STATUS_REPORT_ACTIONS = [
  'status_report.update',
  'status_report.submit',
  'status_report.review',
  'status_report.return',
] as const;
/** One of STATUS_REPORT_ACTIONS. */
export type StatusReportAction = (typeof STATUS_REPORT_ACTIONS)[number];

const NEEDS: Readonly<Record<StatusReportAction, { action: Action; step: ReportStep }>> = {
  'status_report.update': { action: 'status_report.write', step: 'update' },
  'status_report.submit': { action: 'status_report.write', step: 'submit' },
  'status_report.review': { action: 'status_report.review', step: 'review' },
  'status_report.return': { action: 'status_report.review', step: 'return' },
};

/** A report as policies see it: its project (with the caller's relation) and its state. */
export interface StatusReportResource {
  readonly project: ProjectResource;
  readonly state: ReportState;
}

/** May `actor` take `action` on the report now? A state refusal is `invalid_transition` (422). */
export function statusReportPolicy(actor: Actor, action: StatusReportAction, r: StatusReportResource): Decision {
  const { action: needed, step } = NEEDS[action];
  const d = policy(actor, needed, r.project);
  if (!d.allowed) return d;
  const refusal = stepRefusal(step, r.state);
  return refusal ? { allowed: false, code: 'invalid_transition', reason: refusal, byState: true } : d;
}

/** What a read of the report lists: allowed actions, and those only its state refuses (with why). */
export function statusReportActions(
  actor: Actor,
  r: StatusReportResource,
): { allowedActions: StatusReportAction[]; refusedActions: StateRefusal<StatusReportAction>[] } {
  const allowedActions: StatusReportAction[] = [];
  const refusedActions: StateRefusal<StatusReportAction>[] = [];
  for (const action of STATUS_REPORT_ACTIONS) {
    const d = statusReportPolicy(actor, action, r);
    if (d.allowed) allowedActions.push(action);
    else if (d.byState) refusedActions.push({ action, reason: d.reason });
  }
  return { allowedActions, refusedActions };
}
