/** A project's lifecycle states, in their usual order. */
export const PROJECT_STATES = [
  'proposed',
  'approved',
  'planning',
  'executing',
  'closing',
  'closed',
  'cancelled',
  'on_hold',
] as const;
/** One of PROJECT_STATES. */
export type ProjectState = (typeof PROJECT_STATES)[number];

/** Allowed moves. Closed and cancelled are final; on hold resumes into any active state. */
export const TRANSITIONS: Readonly<Record<ProjectState, readonly ProjectState[]>> = {
  proposed: ['approved', 'cancelled', 'on_hold'],
  approved: ['planning', 'cancelled', 'on_hold'],
  planning: ['executing', 'cancelled', 'on_hold'],
  executing: ['closing', 'cancelled', 'on_hold'],
  closing: ['closed', 'executing'],
  closed: [],
  cancelled: [],
  on_hold: ['approved', 'planning', 'executing', 'cancelled'],
};

/** Moves that commit or withdraw the organisation's investment, reserved to the PMO. */
export const PMO_ONLY_TARGETS: readonly ProjectState[] = ['approved', 'cancelled'];

/** Moves that stop or pause a project: each needs a reason, which the decisions log keeps. */
export const REASON_REQUIRED_TARGETS: readonly ProjectState[] = ['cancelled', 'on_hold'];

/** True when a project in `from` may move to `to`. */
export function canTransition(from: ProjectState, to: ProjectState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Human labels for states. */
export const PROJECT_STATE_LABELS: Readonly<Record<ProjectState, string>> = {
  proposed: 'Proposed',
  approved: 'Approved',
  planning: 'Planning',
  executing: 'Executing',
  closing: 'Closing',
  closed: 'Closed',
  cancelled: 'Cancelled',
  on_hold: 'On hold',
};

/** States in which a manager may ask the PMO to approve the project: only a proposal awaits that decision. */
export const APPROVAL_REQUEST_STATES: readonly ProjectState[] = ['proposed'];

/** True when a project in `state` with (or without) an open request may get a new approval request. */
export function canRequestApproval(state: ProjectState, requested: boolean): boolean {
  return !requested && APPROVAL_REQUEST_STATES.includes(state);
}

/**
 * True when moving `from` -> `to` settles an open approval request: any move out of the proposal
 * (approved, cancelled, put on hold) is the PMO's answer, so the request must not linger.
 */
export function settlesApprovalRequest(from: ProjectState, to: ProjectState): boolean {
  return APPROVAL_REQUEST_STATES.includes(from) && !APPROVAL_REQUEST_STATES.includes(to);
}
