import { type Actor, refusalMessage } from '../permissions.js';
import { type ProjectResource, policy } from '../policy.js';
import type { ResourceDecision } from '../resource-policies.js';
import type { ActionStatus } from './corrective-action.js';

/*
 * Who may move a corrective action, and when. The PMO and the project's manager run actions
 * (corrective_action.manage); the owner may start and finish their own; accepting a "done" the
 * finding does not confirm is the PMO's (corrective_action.verify). The status then decides what
 * is possible, for everyone.
 */

/** The actions a corrective action read lists in `allowedActions`. */
export const CORRECTIVE_ACTION_ACTIONS = [
  'corrective_action.update',
  'corrective_action.start',
  'corrective_action.done',
  'corrective_action.verify',
  'corrective_action.cancel',
] as const;
/** One of CORRECTIVE_ACTION_ACTIONS. */
export type CorrectiveActionAction = (typeof CORRECTIVE_ACTION_ACTIONS)[number];

/** A corrective action as policies see it: its project, its status, and whether the caller owns it. */
export interface CorrectiveActionResource {
  readonly project: ProjectResource;
  readonly status: ActionStatus;
  readonly ownedByActor: boolean;
}

/** Statuses each action may start from. */
const FROM: Readonly<Record<CorrectiveActionAction, readonly ActionStatus[]>> = {
  'corrective_action.update': ['open', 'in_progress', 'done'],
  'corrective_action.start': ['open'],
  // Done again re-evaluates the finding: the plan may have been fixed since.
  'corrective_action.done': ['open', 'in_progress', 'done'],
  'corrective_action.verify': ['done'],
  'corrective_action.cancel': ['open', 'in_progress', 'done'],
};

const REFUSED_BY_STATUS: Readonly<Record<CorrectiveActionAction, string>> = {
  'corrective_action.update': 'it no longer changes',
  'corrective_action.start': 'only an open action can be started',
  'corrective_action.done': 'it is already settled',
  'corrective_action.verify': 'only an action marked done can be verified',
  'corrective_action.cancel': 'it is already settled',
};

/** May `actor` do `action` on corrective action `r` now? */
export function correctiveActionPolicy(
  actor: Actor,
  action: CorrectiveActionAction,
  r: CorrectiveActionResource,
): ResourceDecision {
  const needed = action === 'corrective_action.verify' ? 'corrective_action.verify' : 'corrective_action.manage';
  const byOwner = (action === 'corrective_action.start' || action === 'corrective_action.done') && r.ownedByActor;
  const d = policy(actor, needed, r.project);
  if (!d.allowed && !byOwner) {
    const reason = d.allowed ? '' : d.reason;
    return { allowed: false, code: 'forbidden', reason: reason || refusalMessage(needed), byState: false };
  }
  if (!FROM[action].includes(r.status)) {
    return {
      allowed: false,
      code: 'invalid_transition',
      reason: `This action is ${r.status.replace('_', ' ')}: ${REFUSED_BY_STATUS[action]}.`,
      byState: true,
    };
  }
  return { allowed: true };
}

/** What `actor` may do on `r` now, and what its status alone stops (for a disabled control's tooltip). */
export function correctiveActionActions(actor: Actor, r: CorrectiveActionResource) {
  const allowedActions: CorrectiveActionAction[] = [];
  const refusedActions: { action: CorrectiveActionAction; reason: string }[] = [];
  for (const action of CORRECTIVE_ACTION_ACTIONS) {
    const d = correctiveActionPolicy(actor, action, r);
    if (d.allowed) allowedActions.push(action);
    else if (d.byState) refusedActions.push({ action, reason: d.reason });
  }
  return { allowedActions, refusedActions };
}
