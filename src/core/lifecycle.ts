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
