import type { Project, ProjectAccess } from '../contracts/index.js';
import { canTransition, PMO_ONLY_TARGETS, PROJECT_STATES, type ProjectState } from '../core/lifecycle.js';
import { type Actor, isAllowed } from '../core/permissions.js';
import type { ProjectView } from '../store/repos/projects-repo.js';
import type { ProjectRow } from '../store/schema.js';
import { relationOf } from './access.js';

/** What `actor` may do on this project, for the API's `access` block and the UI's controls. */
export function accessOf(actor: Actor, row: ProjectView): ProjectAccess {
  const relation = relationOf(actor, row);
  const state = row.state as ProjectState;
  const mayTransition = isAllowed(actor, 'project.transition', relation);
  const mayApprove = isAllowed(actor, 'project.approve', relation);
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
