import type { ProjectRelation, SystemRole } from './roles.js';

/** Every action Gantry authorises. Deny by default: an action missing from PERMISSIONS is allowed to nobody. */
export type Action =
  | 'user.list'
  | 'user.manage'
  | 'user.directory'
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
  | 'project.approval.request'
  | 'project.approval.answer'
  | 'project.members.manage'
  | 'plan.edit'
  | 'plan.progress'
  | 'calendar.manage'
  | 'webhook.manage'
  | 'health.override'
  | 'health.rules.manage'
  | 'corrective_action.manage'
  | 'corrective_action.verify'
  | 'decision.read'
  | 'decision.create'
  | 'reporting.configure'
  | 'status_report.write'
  | 'status_report.review'
  | 'resource.read'
  | 'resource.manage'
  | 'resource.request'
  | 'resource.request.answer'
  | 'capacity.read'
  | 'capacity.project.read'
  | 'resource.settings.manage'
  | 'money.read'
  | 'expense.enter'
  | 'expense.approve'
  | 'cost_category.manage'
  | 'timesheet.enter'
  | 'timesheet.approve'
  | 'status_period.manage'
  | 'budget.edit'
  | 'budget.approve'
  | 'budget.management_reserve'
  | 'portfolio.budget.read'
  | 'portfolio.budget.edit';

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
  // The Users page: the PMO keeps track of who works here; managers only pick people (user.list).
  'user.directory': { roles: ['pmo'], relations: [] },
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
  // The manager hands a proposal to the PMO for that decision (the PMO may note one on their behalf).
  'project.approval.request': { roles: ['pmo'], relations: ['manager'] },
  // An open request is declined by the PMO, or withdrawn by the manager who may make one.
  'project.approval.answer': { roles: ['pmo'], relations: ['manager'] },
  'project.members.manage': { roles: ['pmo'], relations: ['manager'] },
  // The plan (tasks, links, project calendars, baselines) is the manager's to shape; the PMO may step in.
  'plan.edit': { roles: ['pmo'], relations: ['manager'] },
  // Team members record progress, but only on tasks they are responsible for (checked by the service).
  'plan.progress': { roles: ['pmo'], relations: ['manager', 'team_member'] },
  // Organisation-wide calendars are a standard the PMO keeps.
  'calendar.manage': { roles: ['pmo'], relations: [] },
  // Webhooks send every matching event out of Gantry: an organisation-level decision.
  'webhook.manage': { roles: ['pmo'], relations: [] },
  // A RAG is the manager's call on their project (with a justification); the PMO sees both and reviews.
  'health.override': { roles: [], relations: ['manager'] },
  // Health rules are a standard the PMO keeps.
  'health.rules.manage': { roles: ['pmo'], relations: [] },
  // Corrective actions are run by the PMO and the project's manager; an owner moves only their own (core/actions).
  'corrective_action.manage': { roles: ['pmo'], relations: ['manager'] },
  // Accepting an action whose finding still fires overrides the measurement: the PMO's call.
  'corrective_action.verify': { roles: ['pmo'], relations: [] },
  // The decisions log: the PMO reads all of it; people on a project read its decisions.
  'decision.read': { roles: ['pmo'], relations: READERS },
  // The PMO records decisions; a manager records their own project's.
  'decision.create': { roles: ['pmo'], relations: ['manager'] },
  // The reporting cadence and template are a standard the PMO sets; managers read them.
  'reporting.configure': { roles: ['pmo'], relations: [] },
  // The manager reports on their project; the PMO may write one on their behalf.
  'status_report.write': { roles: ['pmo'], relations: ['manager'] },
  // Reviewing (or returning) a report is the PMO's control over the manager's account of it.
  'status_report.review': { roles: ['pmo'], relations: [] },
  // The pool is read by those who staff projects; a team member reads only their own record (service).
  'resource.read': { roles: ['pmo', 'project_manager'], relations: [] },
  // The pool is the PMO's to keep.
  'resource.manage': { roles: ['pmo'], relations: [] },
  // A manager asks for people for their project; the PMO decides who.
  'resource.request': { roles: ['pmo'], relations: ['manager'] },
  'resource.request.answer': { roles: ['pmo'], relations: [] },
  // Capacity against demand across every project is the PMO's view.
  'capacity.read': { roles: ['pmo'], relations: [] },
  // A manager sees the load of the resources on their own project (across projects, for those resources).
  'capacity.project.read': { roles: ['pmo'], relations: ['manager'] },
  // How proposed projects count in capacity, and the staffing look-ahead, are PMO standards.
  'resource.settings.manage': { roles: ['pmo'], relations: [] },
  // A project's costs and earned value: its manager, its sponsor's side (stakeholders) and the PMO.
  'money.read': { roles: ['pmo'], relations: ['manager', 'stakeholder'] },
  // Anyone working on a project records what they spent on it; the team member's expense waits for approval.
  'expense.enter': { roles: ['pmo'], relations: ['manager', 'team_member'] },
  // The manager approves their project's expenses, the PMO any; theirs are approved as they enter them.
  'expense.approve': { roles: ['pmo'], relations: ['manager'] },
  // The list of cost categories is a PMO standard.
  'cost_category.manage': { roles: ['pmo'], relations: [] },
  // Whoever works on projects books their hours (on the tasks they are assigned to or responsible for).
  'timesheet.enter': { roles: ['pmo', 'project_manager', 'team_member'], relations: [] },
  // The project's manager approves (or returns) the hours booked on it; the PMO may too.
  'timesheet.approve': { roles: ['pmo'], relations: ['manager'] },
  // Reporting periods, and closing them (which freezes what is dated in them), are the PMO's.
  'status_period.manage': { roles: ['pmo'], relations: [] },
  // The manager shapes their project's working budget (lines, contingency) and submits it; the PMO may too.
  'budget.edit': { roles: ['pmo'], relations: ['manager'] },
  // Approving a budget (it becomes a version and the charter's budget) is the PMO's financial control.
  'budget.approve': { roles: ['pmo'], relations: [] },
  // The management reserve is held by the PMO, for unknown unknowns: the manager reads it, never sets it.
  'budget.management_reserve': { roles: ['pmo'], relations: [] },
  // A portfolio's budget by year and category, against its projects' approved budgets: the PMO's view.
  'portfolio.budget.read': { roles: ['pmo'], relations: [] },
  'portfolio.budget.edit': { roles: ['pmo'], relations: [] },
};

/**
 * What each action lets one do, as the end of "You are not allowed to …", so a refusal reads as a
 * sentence rather than an identifier.
 */
export const ACTION_PHRASES: Readonly<Record<Action, string>> = {
  'user.list': 'see the list of users',
  'user.manage': 'create or change user accounts',
  'user.directory': 'browse the user directory',
  'audit.read': 'read the audit log',
  'portfolio.read': 'see portfolios',
  'portfolio.create': 'create portfolios',
  'portfolio.update': 'change portfolios',
  'portfolio.delete': 'delete portfolios',
  'project.create': 'create projects',
  'project.read': 'see this project',
  'project.update': "change this project's charter",
  'project.delete': 'delete projects',
  'project.transition': "change this project's state",
  'project.approve': 'approve or cancel projects',
  'project.approval.request': 'request approval for this project',
  'project.approval.answer': "answer this project's approval request",
  'project.members.manage': "change this project's members",
  'plan.edit': "change this project's plan",
  'plan.progress': "record progress on this project's tasks",
  'calendar.manage': 'change organisation calendars',
  'webhook.manage': 'manage webhooks',
  'health.override': "override this project's health",
  'health.rules.manage': 'change health rules',
  'corrective_action.manage': "manage this project's corrective actions",
  'corrective_action.verify': 'accept corrective actions as verified',
  'decision.read': 'read the decisions log',
  'decision.create': 'record decisions',
  'reporting.configure': 'set the reporting cadence and template',
  'status_report.write': "write this project's status reports",
  'status_report.review': 'review or return status reports',
  'resource.read': 'see the resource pool',
  'resource.manage': 'change the resource pool',
  'resource.request': 'request resources for this project',
  'resource.request.answer': 'answer resource requests',
  'capacity.read': 'see capacity across projects',
  'capacity.project.read': "see this project's resource load",
  'resource.settings.manage': 'change the capacity settings',
  'money.read': "see this project's costs and earned value",
  'expense.enter': 'record expenses on this project',
  'expense.approve': "approve this project's expenses",
  'cost_category.manage': 'change the cost categories',
  'timesheet.enter': 'book hours in a timesheet',
  'timesheet.approve': 'approve the hours booked on this project',
  'status_period.manage': 'set or close status periods',
  'budget.edit': "change this project's budget",
  'budget.approve': "approve or return this project's budget",
  'budget.management_reserve': "change this project's management reserve",
  'portfolio.budget.read': "see portfolios' budgets",
  'portfolio.budget.edit': "change portfolios' budgets",
};

/** The sentence a user reads when `action` is refused. */
export function refusalMessage(action: Action): string {
  return `You are not allowed to ${ACTION_PHRASES[action]}.`;
}

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
