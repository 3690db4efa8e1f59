import { z } from 'zod';
import { Id, PageQuery, pageOf, Timestamp } from './common.js';

/** Every action the audit log records; services can only write these, the UI offers them as filters. */
export const AUDIT_ACTIONS = [
  'auth.login',
  'project.create',
  'project.update',
  'project.transition',
  'project.approval.request',
  'project.approval.decline',
  'project.approval.withdraw',
  'project.delete',
  'project.member.put',
  'project.member.remove',
  'portfolio.create',
  'portfolio.update',
  'portfolio.delete',
  'user.create',
  'user.update',
  'token.create',
  'token.revoke',
  'plan.tasks.create',
  'plan.tasks.update',
  'plan.tasks.progress',
  'plan.tasks.move',
  'plan.tasks.indent',
  'plan.tasks.outdent',
  'plan.tasks.delete',
  'plan.links.create',
  'plan.links.update',
  'plan.links.delete',
  'plan.settings.update',
  'plan.undo',
  'plan.redo',
  'plan.import',
  'scenario.create',
  'scenario.rename',
  'scenario.discard',
  'scenario.apply',
  'calendar.create',
  'calendar.update',
  'calendar.delete',
  'baseline.save',
  'baseline.delete',
  'job.done',
  'job.failed',
  'job.cancelled',
  'webhook.create',
  'webhook.update',
  'webhook.delete',
  'webhook.disable',
  'webhook.test',
  'webhook.delivery.resend',
  'health.rules.update',
  'health.override.set',
  'health.override.clear',
  'corrective_action.create',
  'corrective_action.update',
  'corrective_action.start',
  'corrective_action.done',
  'corrective_action.verify',
  'corrective_action.cancel',
  'decision.record',
] as const;
/** One of AUDIT_ACTIONS. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** How people read each action in the log ("Tasks updated"); an unknown action shows as recorded. */
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  'auth.login': 'Signed in',
  'project.create': 'Project created',
  'project.update': 'Charter changed',
  'project.transition': 'State changed',
  'project.approval.request': 'Approval requested',
  'project.approval.decline': 'Approval request declined',
  'project.approval.withdraw': 'Approval request withdrawn',
  'project.delete': 'Project deleted',
  'project.member.put': 'Member added or changed',
  'project.member.remove': 'Member removed',
  'portfolio.create': 'Portfolio created',
  'portfolio.update': 'Portfolio changed',
  'portfolio.delete': 'Portfolio deleted',
  'user.create': 'User created',
  'user.update': 'User changed',
  'token.create': 'API token created',
  'token.revoke': 'API token revoked',
  'plan.tasks.create': 'Tasks added',
  'plan.tasks.update': 'Tasks updated',
  'plan.tasks.progress': 'Progress recorded',
  'plan.tasks.move': 'Tasks moved',
  'plan.tasks.indent': 'Tasks indented',
  'plan.tasks.outdent': 'Tasks outdented',
  'plan.tasks.delete': 'Tasks deleted',
  'plan.links.create': 'Links added',
  'plan.links.update': 'Link changed',
  'plan.links.delete': 'Links deleted',
  'plan.settings.update': 'Plan settings changed',
  'plan.undo': 'Edit undone',
  'plan.redo': 'Edit redone',
  'scenario.create': 'Scenario opened',
  'scenario.rename': 'Scenario renamed',
  'scenario.discard': 'Scenario discarded',
  'scenario.apply': 'Scenario applied',
  'plan.import': 'Plan imported',
  'calendar.create': 'Calendar created',
  'calendar.update': 'Calendar changed',
  'calendar.delete': 'Calendar deleted',
  'baseline.save': 'Baseline saved',
  'baseline.delete': 'Baseline deleted',
  'job.done': 'Background job finished',
  'job.failed': 'Background job failed',
  'job.cancelled': 'Background job cancelled',
  'webhook.create': 'Webhook registered',
  'webhook.update': 'Webhook changed',
  'webhook.delete': 'Webhook deleted',
  'webhook.disable': 'Webhook disabled after failing',
  'webhook.test': 'Webhook test event sent',
  'webhook.delivery.resend': 'Webhook delivery re-sent',
  'health.rules.update': 'Health rules changed',
  'health.override.set': 'Health overridden by the manager',
  'health.override.clear': 'Health override removed',
  'corrective_action.create': 'Corrective action raised',
  'corrective_action.update': 'Corrective action changed',
  'corrective_action.start': 'Corrective action started',
  'corrective_action.done': 'Corrective action done (finding re-evaluated)',
  'corrective_action.verify': 'Corrective action accepted by the PMO',
  'corrective_action.cancel': 'Corrective action cancelled',
  'decision.record': 'Decision recorded',
};

/** Kinds of entity the audit log names, with labels for people. */
export const AUDIT_ENTITY_TYPES = {
  project: 'Project',
  project_member: 'Project member',
  portfolio: 'Portfolio',
  user: 'User',
  api_token: 'API token',
  plan: 'Plan',
  calendar: 'Calendar',
  baseline: 'Baseline',
  job: 'Background job',
  webhook: 'Webhook',
  scenario: 'Scenario',
  health_rules: 'Health rules',
  health_override: 'Health override',
  corrective_action: 'Corrective action',
  decision: 'Decision',
} as const;
/** A key of AUDIT_ENTITY_TYPES. */
export type AuditEntityType = keyof typeof AUDIT_ENTITY_TYPES;

/** One audited write: who did what to which entity, when, and what changed. */
export const AuditEntry = z
  .object({
    id: Id,
    at: Timestamp,
    actorId: Id.nullable(),
    actorName: z.string().nullable(),
    action: z.string().meta({ example: 'project.update' }),
    entityType: z.string().meta({ example: 'project' }),
    entityId: z.string(),
    entityLabel: z
      .string()
      .nullable()
      .meta({ description: 'What the entry is about as people name it (task names for plan writes); null if unknown' }),
    projectId: Id.nullable().meta({ description: 'The project the entry belongs to, if any' }),
    projectCode: z.string().nullable().meta({ example: 'PRJ-0001' }),
    projectName: z.string().nullable(),
    changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
  })
  .meta({ id: 'AuditEntry' });
/** An audit entry. */
export type AuditEntry = z.infer<typeof AuditEntry>;

/** Query of GET /api/audit. `from`/`to` bound `at` (inclusive, ISO). */
export const AuditListQuery = PageQuery.extend({
  actorId: Id.optional(),
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(100).optional(),
  projectId: Id.optional().meta({ description: 'Only entries of this project (its charter, members, plan…)' }),
  action: z.string().max(60).optional(),
  from: Timestamp.optional(),
  to: Timestamp.optional(),
});
/** Parsed audit query. */
export type AuditListQuery = z.infer<typeof AuditListQuery>;

/** A page of audit entries, newest first. */
export const AuditPage = pageOf(AuditEntry).meta({ id: 'AuditPage' });
/** A page of AuditEntry. */
export type AuditPage = z.infer<typeof AuditPage>;
