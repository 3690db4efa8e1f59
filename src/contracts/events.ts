/*
 * Domain events: what every committed write appends to the outbox, and what webhooks deliver.
 * Payloads are small and versioned (`v`); a receiver that meets a higher `v` than it knows should
 * read the fields it knows and ignore the rest. Times are ISO 8601; plan dates are minutes since
 * 1970-01-01T00:00 local time, as in the plan API, and shifts are calendar minutes.
 */

/** Every event type Gantry emits. */
export const EVENT_TYPES = [
  'project.created',
  'project.updated',
  'project.transitioned',
  'project.deleted',
  'project.approval_requested',
  'project.approval_declined',
  'project.approval_withdrawn',
  'project.member_added',
  'project.member_changed',
  'project.member_removed',
  'plan.changed',
  'baseline.saved',
  'baseline.deleted',
  'project.health_overridden',
  'status_report.submitted',
  'status_report.reviewed',
  'status_report.returned',
  'reporting.changed',
  'webhook.disabled',
  'webhook.test',
  'corrective_action.created',
  'corrective_action.updated',
  'corrective_action.status_changed',
  'decision.recorded',
  'resource.created',
  'resource.updated',
  'resource.deleted',
  'resource_request.created',
  'resource_request.answered',
  'expense.entered',
  'expense.decided',
  'expense.deleted',
  'timesheet.submitted',
  'timesheet.approved',
  'timesheet.returned',
  'status_period.closed',
  'cost_category.changed',
  'budget.updated',
  'budget.submitted',
  'budget.approved',
  'budget.returned',
  'portfolio_budget.updated',
] as const;
/** One of EVENT_TYPES. */
export type EventType = (typeof EVENT_TYPES)[number];

/** What each event type means, for people choosing what a webhook receives. */
export const EVENT_TYPE_LABELS: Readonly<Record<EventType, string>> = {
  'project.created': 'A project was created (by hand or by an import)',
  'project.updated': "A project's charter changed",
  'project.transitioned': 'A project moved to another lifecycle state',
  'project.deleted': 'A project was deleted',
  'project.approval_requested': 'A manager asked the PMO to approve a proposal',
  'project.approval_declined': 'The PMO declined an approval request',
  'project.approval_withdrawn': 'A manager withdrew an approval request',
  'project.member_added': 'Someone joined a project',
  'project.member_changed': "A member's relation to a project changed",
  'project.member_removed': 'Someone left a project',
  'plan.changed': 'Tasks or links of a plan changed (with the tasks whose dates moved)',
  'baseline.saved': 'A baseline was saved',
  'baseline.deleted': 'A baseline was deleted',
  'project.health_overridden': "A manager set or removed their own RAG for one of a project's health dimensions",
  'status_report.submitted': 'A manager submitted a status report',
  'status_report.reviewed': 'The PMO reviewed a status report',
  'status_report.returned': 'The PMO returned a status report to its manager with a comment',
  'reporting.changed': "A portfolio's or project's reporting cadence or template changed",
  'webhook.disabled': 'A webhook endpoint was disabled after failing for 24 hours',
  'webhook.test': 'A test event sent by hand to one endpoint',
  'corrective_action.created': 'A corrective action was raised on a project',
  'corrective_action.updated': "A corrective action's title, owner, due date or finding changed",
  'corrective_action.status_changed': 'A corrective action was started, done, verified or cancelled',
  'decision.recorded': 'A decision was recorded in the decisions log (by hand or by a lifecycle move)',
  'resource.created': 'A resource was added to the pool',
  'resource.updated': 'A resource of the pool changed (deactivated and reactivated included)',
  'resource.deleted': 'A resource was deleted from the pool',
  'resource_request.created': 'A manager requested a resource for a project',
  'resource_request.answered': 'A resource request was fulfilled, declined or withdrawn',
  'expense.entered': 'An expense was entered on a project (approved at once when its manager or the PMO entered it)',
  'expense.decided': 'An expense was approved or rejected',
  'expense.deleted': 'An expense was withdrawn or deleted',
  'timesheet.submitted': "Someone submitted hours booked on a project's tasks",
  'timesheet.approved': "A project's manager approved booked hours (posted to the plan as actual work)",
  'timesheet.returned': "A project's manager returned booked hours with a comment",
  'status_period.closed': "The PMO closed status periods (each project's earned value frozen at their end)",
  'cost_category.changed': 'The PMO created, renamed, moved, deactivated or deleted a cost category',
  'budget.updated': "A project's working budget was edited",
  'budget.submitted': "A project's budget was submitted to the PMO for approval",
  'budget.approved': "The PMO approved a project's budget: a new version, and the charter's budget",
  'budget.returned': "The PMO returned a project's budget to its manager with a comment",
  'portfolio_budget.updated': "A portfolio's budget by year and category changed",
};

/** Event types an endpoint may subscribe to (`webhook.test` goes only to the endpoint it is sent to). */
export const SUBSCRIBABLE_EVENT_TYPES = EVENT_TYPES.filter((t) => t !== 'webhook.test');

/** How far one task's dates moved in a plan change: calendar minutes (positive = later). */
export interface TaskMovement {
  readonly id: string;
  readonly name: string;
  readonly responsibleId: string | null;
  /** Early start after the change, minutes since 1970-01-01T00:00 local; null when unscheduled. */
  readonly start: number | null;
  readonly finish: number | null;
  readonly startShiftMinutes: number;
  readonly finishShiftMinutes: number;
}

/** A task whose responsible person changed in a plan change. */
export interface TaskAssignment {
  readonly id: string;
  readonly name: string;
  readonly from: string | null;
  readonly to: string | null;
}

/** Payload of `plan.changed`; lists are capped at PLAN_EVENT_LIST_LIMIT entries (`truncated` says so). */
export interface PlanChangedPayload {
  readonly v: 1;
  readonly projectId: string;
  readonly planVersion: number;
  /** The audited action that made the change, e.g. plan.tasks.update. */
  readonly action: string;
  readonly changedTaskIds: readonly string[];
  readonly deletedTaskIds: readonly string[];
  readonly moved: readonly TaskMovement[];
  readonly assigned: readonly TaskAssignment[];
  readonly truncated: boolean;
}

/** The largest number of entries in each list of a `plan.changed` payload. */
export const PLAN_EVENT_LIST_LIMIT = 1000;

/** The JSON body of every webhook delivery. */
export interface WebhookEnvelope {
  /** The event's id (also in the Gantry-Event-Id header): receivers de-duplicate on it. */
  readonly id: string;
  /** The outbox sequence number: increasing, so a receiver can tell a project's events apart in order. */
  readonly sequence: number;
  readonly type: EventType;
  readonly createdAt: string;
  readonly projectId: string | null;
  readonly portfolioId: string | null;
  readonly actorId: string | null;
  readonly data: { readonly v: number } & Readonly<Record<string, unknown>>;
}
