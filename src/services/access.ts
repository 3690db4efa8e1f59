import { DomainError } from '../core/errors.js';
import type { ProjectState } from '../core/lifecycle.js';
import type { Action, Actor } from '../core/permissions.js';
import { ORGANISATION, type ProjectResource, policy, type Resource } from '../core/policy.js';
import type { ResourceDecision } from '../core/resource-policies.js';
import type { ProjectRelation } from '../core/roles.js';

/** Throws the policy's refusal (403, or 422 for a lifecycle precondition) unless `actor` may do `action` on `resource`. */
export function authorise(actor: Actor, action: Action, resource: Resource = ORGANISATION): void {
  const d = policy(actor, action, resource);
  if (!d.allowed) throw new DomainError(d.code, d.reason, { action, ...(d.byState ? { byState: true } : {}) });
}

/** Throws a resource policy's refusal (its own code: the Standard calendar's 409, a disabled webhook's 422) with `details`. */
export function authoriseOn(d: ResourceDecision, details: Readonly<Record<string, unknown>> = {}): void {
  if (!d.allowed) throw new DomainError(d.code, d.reason, details);
}

/** Throws 403 unless `actor` may do `action` on something of the organisation's (users, portfolios, webhooks). */
export function requireAllowed(actor: Actor, action: Action): void {
  authorise(actor, action, ORGANISATION);
}

/** A project row as policies see it, for `actor`. */
export function projectResource(
  actor: Actor,
  project: {
    manager_id: string | null;
    member_relation?: string | null;
    state: string;
    approval_requested_at: string | null;
  },
): ProjectResource {
  return {
    kind: 'project',
    relation: relationOf(actor, project),
    state: project.state as ProjectState,
    approvalRequested: project.approval_requested_at !== null,
  };
}

/** A project the caller cannot read does not exist for them: 404, so its existence does not leak. */
export function projectNotFound(id: string): DomainError {
  return new DomainError('not_found', `Project ${id} not found`, { entity: 'project', id });
}

/** The actor's relation to a project: manager via the project row, else their membership row. */
export function relationOf(
  actor: Actor,
  project: { manager_id: string | null; member_relation?: string | null },
): ProjectRelation {
  if (project.manager_id === actor.userId) return 'manager';
  const r = project.member_relation;
  return r === 'team_member' || r === 'stakeholder' ? r : null;
}

/** The 409 for a write based on an old version; carries the current one so the client can reload. */
export function versionConflict(entity: string, id: string, currentVersion: number): DomainError {
  return new DomainError(
    'version_conflict',
    `${entity} ${id} was changed by someone else (now version ${currentVersion}); reload and try again`,
    { entity, id, currentVersion },
  );
}
