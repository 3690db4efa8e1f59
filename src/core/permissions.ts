import type { ProjectRelation, SystemRole } from './roles.js';

/** Every action Gantry authorises. Deny by default: an action missing from PERMISSIONS is allowed to nobody. */
export type Action =
  | 'user.list'
  | 'user.manage'
  | 'audit.read'
  | 'portfolio.read'
  | 'portfolio.create'
  | 'portfolio.update'
  | 'portfolio.delete'
  | 'project.create'
  | 'project.read'
  | 'project.update'
  | 'project.delete'
  | 'project.transition'
  | 'project.approve'
  | 'project.members.manage'
  | 'plan.edit'
  | 'plan.progress'
  | 'calendar.manage';

/**
 * Who may do what. `roles` grants the action everywhere to holders of those system roles;
 * `relations` grants it on one project to users with that relation to it.
 * Admins are the superuser: they may do everything, so they are listed nowhere.
 */
interface Rule {
  readonly roles: readonly SystemRole[];
  readonly relations: readonly Exclude<ProjectRelation, null>[];
}

const READERS = ['manager', 'team_member', 'stakeholder'] as const;

/** The one permission table. The permission-matrix test walks every route against it. */
export const PERMISSIONS: Readonly<Record<Action, Rule>> = {
  'user.list': { roles: ['pmo', 'project_manager'], relations: [] },
  'user.manage': { roles: [], relations: [] },
  'audit.read': { roles: ['pmo'], relations: [] },
  'portfolio.read': { roles: ['pmo', 'project_manager', 'team_member', 'stakeholder'], relations: [] },
  'portfolio.create': { roles: ['pmo'], relations: [] },
  'portfolio.update': { roles: ['pmo'], relations: [] },
  'portfolio.delete': { roles: ['pmo'], relations: [] },
  'project.create': { roles: ['pmo', 'project_manager'], relations: [] },
  'project.read': { roles: ['pmo'], relations: READERS },
  'project.update': { roles: ['pmo'], relations: ['manager'] },
  'project.delete': { roles: ['pmo'], relations: [] },
  'project.transition': { roles: ['pmo'], relations: ['manager'] },
  // Choosing which projects go ahead (approve, cancel) is the PMO's call, not the manager's.
  'project.approve': { roles: ['pmo'], relations: [] },
  'project.members.manage': { roles: ['pmo'], relations: ['manager'] },
  // The plan (tasks, links, project calendars, baselines) is the manager's to shape; the PMO may step in.
  'plan.edit': { roles: ['pmo'], relations: ['manager'] },
  // Team members record progress, but only on tasks they are responsible for (checked by the service).
  'plan.progress': { roles: ['pmo'], relations: ['manager', 'team_member'] },
  // Organisation-wide calendars are a standard the PMO keeps.
  'calendar.manage': { roles: ['pmo'], relations: [] },
};

/** The acting user as far as authorisation cares. */
export interface Actor {
  readonly userId: string;
  readonly role: SystemRole;
}

/** True when `actor` may perform `action`, given their relation to the project in question (null if none or n/a). */
export function isAllowed(actor: Actor, action: Action, relation: ProjectRelation = null): boolean {
  if (actor.role === 'admin') return true;
  const rule = PERMISSIONS[action];
  if (rule.roles.includes(actor.role)) return true;
  return relation !== null && rule.relations.includes(relation);
}
