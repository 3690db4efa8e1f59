import type { Action, Actor } from './permissions.js';
import {
  type Decision,
  ORGANISATION,
  type ProjectResource,
  policy,
  type Resource,
  type StateRefusal,
} from './policy.js';

/*
 * Policies of the resources that have no lifecycle of their own (calendars, baselines, users,
 * webhooks, API tokens): each action a read lists in `allowedActions` is the permission it needs
 * (over the organisation or the owning project, so a closed project's calendars and baselines
 * follow its plan) plus what this one resource forbids (the Standard calendar is never deleted, an
 * admin does not deactivate themself, a disabled webhook sends nothing). Writes throw the same
 * refusal, so a read and a write cannot disagree.
 */

/** What this one resource forbids, whoever asks: the error code its write answers and the sentence shown. */
export interface ResourceRefusal {
  readonly code: 'forbidden' | 'conflict' | 'validation_failed' | 'invalid_transition';
  readonly reason: string;
}

/** A policy's answer about one resource (a refusal by the resource itself is `byState`: shown disabled, with its reason). */
export type ResourceDecision =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly code: ResourceRefusal['code'];
      readonly reason: string;
      readonly byState: boolean;
    };

interface Rule<R> {
  /** The permission the action needs, and over what. */
  readonly needs: (r: R) => { readonly action: Action; readonly over: Resource };
  /** What the resource itself forbids, for an actor the permission allows. */
  readonly refuse?: (actor: Actor, r: R) => ResourceRefusal | null;
}

type Rules<R, A extends string> = { readonly [K in A]: Rule<R> };

function decide<R, A extends string>(rules: Rules<R, A>, actor: Actor, action: A, r: R): ResourceDecision {
  const rule = rules[action];
  const { action: needed, over } = rule.needs(r);
  const d: Decision = policy(actor, needed, over);
  if (!d.allowed) return d;
  const refusal = rule.refuse?.(actor, r);
  return refusal ? { allowed: false, ...refusal, byState: true } : { allowed: true };
}

function listed<R, A extends string>(
  rules: Rules<R, A>,
  actions: readonly A[],
  actor: Actor,
  r: R,
): { allowedActions: A[]; refusedActions: StateRefusal<A>[] } {
  const allowed: A[] = [];
  const refused: StateRefusal<A>[] = [];
  for (const action of actions) {
    const d = decide(rules, actor, action, r);
    if (d.allowed) allowed.push(action);
    else if (d.byState) refused.push({ action, reason: d.reason });
  }
  return { allowedActions: allowed, refusedActions: refused };
}

/**
 * One kind of resource: `policy` decides one action (what its writes throw), `listed` what a read
 * lists in `allowedActions` and `refusedActions`.
 */
function resourceKind<R, A extends string>(actions: readonly A[], rules: Rules<R, A>) {
  return {
    policy: (actor: Actor, action: A, r: R): ResourceDecision => decide(rules, actor, action, r),
    listed: (actor: Actor, r: R) => listed(rules, actions, actor, r),
  };
}

/** A calendar as policies see it: the project it belongs to (null: the organisation's) and whether it is the Standard one. */
export interface CalendarPolicyResource {
  readonly project: ProjectResource | null;
  readonly standard: boolean;
}

export const CALENDAR_ACTIONS = ['calendar.update', 'calendar.delete'] as const;
export type CalendarAction = (typeof CALENDAR_ACTIONS)[number];

/** The refusal of deleting the Standard calendar (409, as before policies named it). */
export const STANDARD_CALENDAR_STAYS: ResourceRefusal = {
  code: 'conflict',
  reason: "The Standard calendar is the organisation's default and cannot be deleted",
};

/** Organisation calendars are the PMO's; a project's own are part of its plan (so frozen with it). */
const calendarNeeds = (c: CalendarPolicyResource) =>
  c.project
    ? { action: 'plan.edit' as const, over: c.project }
    : { action: 'calendar.manage' as const, over: ORGANISATION };
/** Calendars' policy, and the actions a calendar read lists (the Standard one is never deleted). */
export const { policy: calendarPolicy, listed: calendarActions } = resourceKind<CalendarPolicyResource, CalendarAction>(
  CALENDAR_ACTIONS,
  {
    'calendar.update': { needs: calendarNeeds },
    'calendar.delete': { needs: calendarNeeds, refuse: (_a, c) => (c.standard ? STANDARD_CALENDAR_STAYS : null) },
  },
);

/** A baseline is part of its project's plan: policies see the project. */
export const BASELINE_ACTIONS = ['baseline.replace', 'baseline.delete'] as const;
export type BaselineAction = (typeof BASELINE_ACTIONS)[number];

/** What `actor` may do on a baseline of this project now (plan.edit: a closed project's baselines are read-only). */
export const { listed: baselineActions } = resourceKind<ProjectResource, BaselineAction>(BASELINE_ACTIONS, {
  'baseline.replace': { needs: (p) => ({ action: 'plan.edit', over: p }) },
  'baseline.delete': { needs: (p) => ({ action: 'plan.edit', over: p }) },
});

/** A user account as policies see it: whose it is. */
export interface UserPolicyResource {
  readonly id: string;
}

export const USER_ACTIONS = ['user.update', 'user.deactivate'] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

/** An admin cannot lock themself out: the refusal of deactivating (or demoting) one's own account. */
export const NOT_ON_ONESELF: ResourceRefusal = {
  code: 'validation_failed',
  reason: 'You cannot deactivate yourself or remove your own admin role',
};

const byAdmins = () => ({ action: 'user.manage' as const, over: ORGANISATION });
/** User accounts' policy, and the actions a user read lists. */
export const { policy: userPolicy, listed: userActions } = resourceKind<UserPolicyResource, UserAction>(USER_ACTIONS, {
  'user.update': { needs: byAdmins },
  'user.deactivate': { needs: byAdmins, refuse: (actor, u) => (u.id === actor.userId ? NOT_ON_ONESELF : null) },
});

/** A webhook endpoint as policies see it: whether it is enabled. */
export interface WebhookPolicyResource {
  readonly active: boolean;
}

export const WEBHOOK_ACTIONS = ['webhook.update', 'webhook.delete', 'webhook.test', 'webhook.resend'] as const;
export type WebhookAction = (typeof WEBHOOK_ACTIONS)[number];

/** A disabled endpoint is sent nothing, by hand either (422, as before policies named it). */
export const WEBHOOK_DISABLED: ResourceRefusal = {
  code: 'invalid_transition',
  reason: 'This webhook is disabled: enable it before sending to it',
};

const webhookManagers = () => ({ action: 'webhook.manage' as const, over: ORGANISATION });
const sendsOnlyWhenActive = (_a: Actor, w: WebhookPolicyResource) => (w.active ? null : WEBHOOK_DISABLED);
/** Webhook endpoints' policy, and the actions a webhook read lists. */
export const { policy: webhookPolicy, listed: webhookActions } = resourceKind<WebhookPolicyResource, WebhookAction>(
  WEBHOOK_ACTIONS,
  {
    'webhook.update': { needs: webhookManagers },
    'webhook.delete': { needs: webhookManagers },
    'webhook.test': { needs: webhookManagers, refuse: sendsOnlyWhenActive },
    'webhook.resend': { needs: webhookManagers, refuse: sendsOnlyWhenActive },
  },
);

export const TOKEN_ACTIONS = ['token.revoke'] as const;
export type TokenAction = (typeof TOKEN_ACTIONS)[number];

/**
 * What the owner may do on their own token (only they read it): revoke it while it is live. A
 * revoked or expired token already opens nothing; revoking it stays a harmless no-op (204), so the
 * action is absent rather than refused.
 */
export function tokenActions(token: { readonly revoked: boolean; readonly expired: boolean }): TokenAction[] {
  return token.revoked || token.expired ? [] : ['token.revoke'];
}

/** A resource of the pool as policies see it: whose record it is, and whether plans or requests still name it. */
export interface PoolResourcePolicyResource {
  /** The user the resource is (a person linked to an account), else null. */
  readonly userId: string | null;
  /** Assignments or resource requests reference it: it can be deactivated, not deleted. */
  readonly inUse: boolean;
}

export const POOL_RESOURCE_ACTIONS = ['resource.update', 'resource.delete'] as const;
export type PoolResourceAction = (typeof POOL_RESOURCE_ACTIONS)[number];

/** A resource that plans still use keeps their history: it is deactivated instead (409). */
export const RESOURCE_IN_USE: ResourceRefusal = {
  code: 'conflict',
  reason: 'This resource is assigned to tasks or named in resource requests: deactivate it instead of deleting it',
};

const poolKeepers = () => ({ action: 'resource.manage' as const, over: ORGANISATION });
/** The pool's policy (the PMO keeps it), and the actions a resource read lists. */
export const { policy: poolResourcePolicy, listed: poolResourceActions } = resourceKind<
  PoolResourcePolicyResource,
  PoolResourceAction
>(POOL_RESOURCE_ACTIONS, {
  'resource.update': { needs: poolKeepers },
  'resource.delete': { needs: poolKeepers, refuse: (_a, r) => (r.inUse ? RESOURCE_IN_USE : null) },
});

/**
 * Who reads a resource: those who staff projects read the whole pool; anyone reads their own
 * record (a team member sees their calendar exceptions, units and skills as the PMO keeps them).
 */
export function mayReadPoolResource(actor: Actor, r: Pick<PoolResourcePolicyResource, 'userId'>): boolean {
  return policy(actor, 'resource.read', ORGANISATION).allowed || (r.userId !== null && r.userId === actor.userId);
}

/** An expense as policies see it: its project, its status, and who entered it. */
export interface ExpensePolicyResource {
  readonly project: ProjectResource;
  readonly status: 'submitted' | 'approved' | 'rejected';
  readonly enteredBy: string;
}

export const EXPENSE_ACTIONS = ['expense.approve', 'expense.reject', 'expense.delete'] as const;
export type ExpenseAction = (typeof EXPENSE_ACTIONS)[number];

const decided = (e: ExpensePolicyResource): ResourceRefusal | null =>
  e.status === 'submitted' ? null : { code: 'invalid_transition', reason: `This expense is already ${e.status}` };

/**
 * Expenses: the project's manager or the PMO approve or reject one waiting for approval; whoever
 * entered it may withdraw (delete) it while it waits, an approver may delete any (a mistake). A
 * closed project's costs are final (expense.enter / expense.approve are frozen there).
 */
export const { policy: expensePolicy, listed: expenseActions } = resourceKind<ExpensePolicyResource, ExpenseAction>(
  EXPENSE_ACTIONS,
  {
    'expense.approve': {
      needs: (e) => ({ action: 'expense.approve', over: e.project }),
      refuse: (_a, e) => decided(e),
    },
    'expense.reject': { needs: (e) => ({ action: 'expense.approve', over: e.project }), refuse: (_a, e) => decided(e) },
    'expense.delete': {
      needs: (e) => ({ action: 'expense.enter', over: e.project }),
      refuse: (actor, e) => {
        if (policy(actor, 'expense.approve', e.project).allowed) return null;
        if (e.enteredBy !== actor.userId)
          return { code: 'forbidden', reason: 'Only whoever entered this expense may withdraw it' };
        return decided(e);
      },
    },
  },
);

/** A project's working budget as policies see it: its project, and whether it waits for the PMO's approval. */
export interface BudgetPolicyResource {
  readonly project: ProjectResource;
  readonly status: 'draft' | 'submitted';
}

export const BUDGET_ACTIONS = [
  'budget.edit',
  'budget.management_reserve',
  'budget.submit',
  'budget.approve',
  'budget.return',
] as const;
export type BudgetAction = (typeof BUDGET_ACTIONS)[number];

const waiting = (b: BudgetPolicyResource): ResourceRefusal | null =>
  b.status === 'submitted'
    ? { code: 'invalid_transition', reason: 'This budget waits for approval: the PMO approves or returns it first' }
    : null;
const notSubmitted = (b: BudgetPolicyResource): ResourceRefusal | null =>
  b.status === 'submitted' ? null : { code: 'invalid_transition', reason: 'This budget has not been submitted' };

/**
 * A project's budget: the manager (or the PMO) edits the working budget and submits it with a
 * reason; the PMO approves or returns it. A submitted budget is frozen until then, so what the PMO
 * approves is what was submitted. The management reserve is the PMO's alone. A closed project's
 * budget is final (the budget actions are frozen there).
 */
export const { policy: budgetPolicy, listed: budgetActions } = resourceKind<BudgetPolicyResource, BudgetAction>(
  BUDGET_ACTIONS,
  {
    'budget.edit': { needs: (b) => ({ action: 'budget.edit', over: b.project }), refuse: (_a, b) => waiting(b) },
    'budget.management_reserve': {
      needs: (b) => ({ action: 'budget.management_reserve', over: b.project }),
      refuse: (_a, b) => waiting(b),
    },
    'budget.submit': { needs: (b) => ({ action: 'budget.edit', over: b.project }), refuse: (_a, b) => waiting(b) },
    'budget.approve': {
      needs: (b) => ({ action: 'budget.approve', over: b.project }),
      refuse: (_a, b) => notSubmitted(b),
    },
    'budget.return': {
      needs: (b) => ({ action: 'budget.approve', over: b.project }),
      refuse: (_a, b) => notSubmitted(b),
    },
  },
);
