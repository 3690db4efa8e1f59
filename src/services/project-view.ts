import type { Project } from '../contracts/index.js';
import type { ProjectState } from '../core/lifecycle.js';
import type { Actor } from '../core/permissions.js';
import { allowedActions, PROJECT_ACTIONS, transitionsFor } from '../core/policy.js';
import type { ProjectView } from '../store/repos/projects-repo.js';
import type { ProjectRow } from '../store/schema.js';
import { projectResource } from './access.js';

/** What `actor` may do on this project now, by the policies the writes obey: the UI shows controls from it. */
export function accessOf(actor: Actor, row: ProjectView) {
  const resource = projectResource(actor, row);
  const { allowed, refused } = allowedActions(actor, PROJECT_ACTIONS, resource);
  return {
    relation: resource.relation,
    allowedActions: allowed,
    refusedActions: refused,
    allowedTransitions: transitionsFor(actor, resource),
  };
}

/** The open approval request of a project row, in API shape. */
export function approvalRequestOf(r: ProjectView): Project['approvalRequest'] {
  if (r.approval_requested_at === null) return null;
  return {
    requestedAt: r.approval_requested_at,
    requestedById: r.approval_requested_by,
    requestedByName: r.approval_requested_by_name,
    note: r.approval_note,
  };
}

/** A project row as the API shows it to `actor`. */
export function toProject(actor: Actor, r: ProjectView): Project {
  return {
    ...charterOf(r),
    id: r.id,
    managerName: r.manager_name,
    portfolioName: r.portfolio_name,
    state: r.state as ProjectState,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
    approvalRequest: approvalRequestOf(r),
    ...accessOf(actor, r),
  };
}

/** The charter fields of a row in API naming: what the audit log compares. */
export function charterOf(r: ProjectRow) {
  return {
    code: r.code,
    name: r.name,
    objective: r.objective,
    inScope: r.in_scope,
    outOfScope: r.out_of_scope,
    client: r.client,
    sponsor: r.sponsor,
    managerId: r.manager_id,
    portfolioId: r.portfolio_id,
    plannedStart: r.planned_start,
    plannedFinish: r.planned_finish,
    budgetMinor: Number(r.budget_minor),
    currency: r.currency,
    priority: r.priority,
    tags: JSON.parse(r.tags) as string[],
  };
}

/** API field name -> column name, for building a patch from a validated body. */
export const CHARTER_COLUMNS = {
  code: 'code',
  name: 'name',
  objective: 'objective',
  inScope: 'in_scope',
  outOfScope: 'out_of_scope',
  client: 'client',
  sponsor: 'sponsor',
  managerId: 'manager_id',
  portfolioId: 'portfolio_id',
  plannedStart: 'planned_start',
  plannedFinish: 'planned_finish',
  budgetMinor: 'budget_minor',
  currency: 'currency',
  priority: 'priority',
  tags: 'tags',
} as const satisfies Record<string, keyof ProjectRow>;
