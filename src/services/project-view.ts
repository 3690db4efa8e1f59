import type { Project, ProjectAccess } from '../contracts/index.js';
import {
  canRequestApproval,
  canTransition,
  PMO_ONLY_TARGETS,
  PROJECT_STATES,
  type ProjectState,
} from '../core/lifecycle.js';
import { type Actor, isAllowed } from '../core/permissions.js';
import type { ProjectRelation } from '../core/roles.js';
import type { ProjectView } from '../store/repos/projects-repo.js';
import type { ProjectRow } from '../store/schema.js';
import { relationOf } from './access.js';

/** What `actor` may do on this project, for the API's `access` block and the UI's controls. */
export function accessOf(actor: Actor, row: ProjectView): ProjectAccess {
  const relation = relationOf(actor, row);
  const state = row.state as ProjectState;
  const mayTransition = isAllowed(actor, 'project.transition', relation);
  const mayApprove = isAllowed(actor, 'project.approve', relation);
  const requested = row.approval_requested_at !== null;
  return {
    relation,
    canEdit: isAllowed(actor, 'project.update', relation),
    canDelete: isAllowed(actor, 'project.delete', relation),
    canManageMembers: isAllowed(actor, 'project.members.manage', relation),
    canEditPlan: isAllowed(actor, 'plan.edit', relation),
    canRecordProgress: isAllowed(actor, 'plan.progress', relation),
    transitions: PROJECT_STATES.filter(
      (to) => canTransition(state, to) && mayTransition && (mayApprove || !PMO_ONLY_TARGETS.includes(to)),
    ),
    canRequestApproval: canRequestApproval(state, requested) && isAllowed(actor, 'project.approval.request', relation),
    canAnswerApprovalRequest: requested && mayAnswerApprovalRequest(actor, relation),
  };
}

/** The PMO may decline an open request; the manager who can request one may withdraw it. */
export function mayAnswerApprovalRequest(actor: Actor, relation: ProjectRelation): boolean {
  return isAllowed(actor, 'project.approve', relation) || isAllowed(actor, 'project.approval.request', relation);
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
    access: accessOf(actor, r),
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
