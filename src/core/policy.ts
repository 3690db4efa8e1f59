import { canRequestApproval, PMO_ONLY_TARGETS, PROJECT_STATES, type ProjectState, TRANSITIONS } from './lifecycle.js';
import { type Action, type Actor, isAllowed, refusalMessage } from './permissions.js';
import type { ProjectRelation } from './roles.js';

/*
 * Policies: may this actor do this action on this resource, as it is now? Two tables answer it,
 * read in order: PERMISSIONS (who: system role or relation to the project) and the state rules
 * below (when: what the resource's state forbids, whoever asks). Deny by default: an action
 * missing from PERMISSIONS is refused to everyone but admins, and a state rule binds admins too.
 */

/** A project as policies see it: the caller's relation to it and the state it is in. */
export interface ProjectResource {
  readonly kind: 'project';
  readonly relation: ProjectRelation;
  readonly state: ProjectState;
  /** An approval request is open (only a proposal may have one). */
  readonly approvalRequested: boolean;
  /**
   * The plan's baseline is locked by an accepted handover: plan changes go through a change request
   * (the governance issue sets it; until then no project is locked).
   */
  readonly baselineLocked?: boolean;
}

/** Something that belongs to the organisation rather than to one project (users, portfolios, organisation calendars, webhooks). */
export interface OrganisationResource {
  readonly kind: 'organisation';
}

/** What a policy decides about. */
export type Resource = ProjectResource | OrganisationResource;

/** The organisation, as a resource. */
export const ORGANISATION: OrganisationResource = { kind: 'organisation' };

/** A policy's answer; a refusal carries the error code and the sentence the user reads. */
export type Decision =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      /** `forbidden` (403) for who and for a final state; `invalid_transition` (422) for a lifecycle precondition. */
      readonly code: 'forbidden' | 'invalid_transition';
      readonly reason: string;
      /** True when the actor could do this in another state: the UI shows the control disabled, with `reason`. */
      readonly byState: boolean;
    };

const ALLOWED: Decision = { allowed: true };

/** States in which a project's record is final: its plan, charter and team no longer change, for anyone. */
export const FINAL_STATES: readonly ProjectState[] = ['closed', 'cancelled'];

/**
 * What a final state stops, and what the user reads. Admins included: a closed project's plan is
 * the record of what happened; changing it means reopening the project (a lifecycle transition),
 * not editing history.
 */
export const FROZEN_IN_FINAL_STATES: Readonly<Partial<Record<Action, string>>> = {
  'plan.edit': 'its plan is read-only',
  'plan.progress': 'its plan is read-only',
  'project.update': 'its charter is read-only',
  'project.members.manage': 'its members can no longer change',
  'health.override': 'its health is no longer reported',
  'corrective_action.manage': 'its corrective actions are closed',
  'status_report.write': 'its status reports are read-only',
  'expense.enter': 'its costs are closed',
  'expense.approve': 'its costs are closed',
  'timesheet.approve': 'its costs are closed',
  'budget.edit': 'its budget is closed',
  'budget.approve': 'its budget is closed',
  'budget.management_reserve': 'its budget is closed',
};

/** The actions a project answers in `allowedActions`, in the order the contract documents them. */
export const PROJECT_ACTIONS = [
  'project.update',
  'project.delete',
  'project.transition',
  'project.approve',
  'project.approval.request',
  'project.approval.answer',
  'project.members.manage',
  'plan.edit',
  'plan.progress',
  'corrective_action.manage',
  'decision.create',
  'money.read',
  'expense.enter',
  'expense.approve',
  'timesheet.approve',
  'budget.edit',
  'budget.approve',
] as const satisfies readonly Action[];
/** One of PROJECT_ACTIONS. */
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

/** The actions a portfolio answers in `allowedActions`. */
export const PORTFOLIO_ACTIONS = [
  'portfolio.update',
  'portfolio.delete',
  'portfolio.budget.read',
  'portfolio.budget.edit',
] as const satisfies readonly Action[];
/** One of PORTFOLIO_ACTIONS. */
export type PortfolioAction = (typeof PORTFOLIO_ACTIONS)[number];

/**
 * The organisation-level actions the current user's `allowedActions` lists (GET /api/me): what the
 * web app shows navigation and "new …" controls from.
 */
export const ORGANISATION_ACTIONS = [
  'user.list',
  'user.directory',
  'user.manage',
  'audit.read',
  'portfolio.create',
  'project.create',
  'calendar.manage',
  'webhook.manage',
  'decision.read',
  'decision.create',
  'resource.read',
  'resource.manage',
  'capacity.read',
  'timesheet.enter',
] as const satisfies readonly Action[];
/** One of ORGANISATION_ACTIONS. */
export type OrganisationAction = (typeof ORGANISATION_ACTIONS)[number];

/** May `actor` do `action` on `resource` as it is now? */
export function policy(actor: Actor, action: Action, resource: Resource): Decision {
  const relation = resource.kind === 'project' ? resource.relation : null;
  if (!isAllowed(actor, action, relation)) {
    return { allowed: false, code: 'forbidden', reason: refusalMessage(action), byState: false };
  }
  return resource.kind === 'project' ? projectStateRule(actor, action, resource) : ALLOWED;
}

/** The state rules of a project, for an actor whom PERMISSIONS already allows. */
function projectStateRule(actor: Actor, action: Action, p: ProjectResource): Decision {
  const state = stateName(p.state);
  const frozen = FROZEN_IN_FINAL_STATES[action];
  if (frozen && FINAL_STATES.includes(p.state)) return byState('forbidden', `This project is ${state}: ${frozen}.`);
  if (action === 'plan.edit' && p.baselineLocked) {
    return byState(
      'forbidden',
      "This project's baseline is locked by an accepted handover: its plan changes through a change request.",
    );
  }
  if (action === 'project.transition' && transitionsFor(actor, p).length === 0) {
    return byState('invalid_transition', `This project is ${state}: it cannot move to another state.`);
  }
  if (action === 'project.approval.request' && !canRequestApproval(p.state, p.approvalRequested)) {
    return byState(
      'invalid_transition',
      p.approvalRequested
        ? 'Approval has already been requested for this project'
        : 'Only a proposed project can be submitted for approval',
    );
  }
  if (action === 'project.approval.answer' && !p.approvalRequested) {
    return byState('invalid_transition', 'No approval has been requested for this project');
  }
  return ALLOWED;
}

function byState(code: 'forbidden' | 'invalid_transition', reason: string): Decision {
  return { allowed: false, code, reason, byState: true };
}

/** "closed", "on hold": a state as a sentence names it. */
export function stateName(state: ProjectState): string {
  return state.replace('_', ' ');
}

/** The states `actor` may move the project to now: the lifecycle's moves, approving and cancelling for the PMO. */
export function transitionsFor(actor: Actor, p: ProjectResource): ProjectState[] {
  if (!isAllowed(actor, 'project.transition', p.relation)) return [];
  const mayApprove = isAllowed(actor, 'project.approve', p.relation);
  return PROJECT_STATES.filter(
    (to) => TRANSITIONS[p.state].includes(to) && (mayApprove || !PMO_ONLY_TARGETS.includes(to)),
  );
}

/** An action refused only by the resource's state, with the reason the UI shows beside its disabled control. */
export interface StateRefusal<A extends string = Action> {
  readonly action: A;
  readonly reason: string;
}

/** What `actor` may do on `resource` now, and what its state alone stops (for a disabled control's tooltip). */
export function allowedActions<A extends Action>(
  actor: Actor,
  actions: readonly A[],
  resource: Resource,
): { allowed: A[]; refused: StateRefusal<A>[] } {
  const allowed: A[] = [];
  const refused: StateRefusal<A>[] = [];
  for (const action of actions) {
    const d = policy(actor, action, resource);
    if (d.allowed) allowed.push(action);
    else if (d.byState) refused.push({ action, reason: d.reason });
  }
  return { allowed, refused };
}
