/** Organisation-wide roles a user holds (one per user). */
export const SYSTEM_ROLES = ['admin', 'pmo', 'project_manager', 'team_member', 'stakeholder'] as const;
/** One of SYSTEM_ROLES. */
export type SystemRole = (typeof SYSTEM_ROLES)[number];

/** How a user relates to one project: its manager, a team member, a stakeholder, or nothing. */
export const PROJECT_RELATIONS = ['manager', 'team_member', 'stakeholder'] as const;
/** One of PROJECT_RELATIONS, or null when the user is not on the project. */
export type ProjectRelation = (typeof PROJECT_RELATIONS)[number] | null;

/** Human labels for the UI and CLI tables. */
export const SYSTEM_ROLE_LABELS: Readonly<Record<SystemRole, string>> = {
  admin: 'Administrator',
  pmo: 'PMO',
  project_manager: 'Project manager',
  team_member: 'Team member',
  stakeholder: 'Stakeholder',
};
