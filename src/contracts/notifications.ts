import { z } from 'zod';
import { Id, PageQuery, pageOf, Timestamp } from './common.js';

/** The kinds of notification a user may receive, each derived from domain events. */
export const NOTIFICATION_KINDS = [
  'task.assigned',
  'task.moved',
  'project.transitioned',
  'approval.requested',
  'approval.declined',
  'member.added',
  'webhook.disabled',
  'action.assigned',
  'report.due',
  'report.overdue',
  'report.submitted',
  'report.reviewed',
  'report.returned',
  'resource.requested',
  'resource.request_answered',
] as const;
/** One of NOTIFICATION_KINDS. */
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How people read each kind in their preferences. */
export const NOTIFICATION_KIND_LABELS: Readonly<Record<NotificationKind, { label: string; description: string }>> = {
  'task.assigned': { label: 'Task assigned to me', description: 'Someone made you responsible for a task' },
  'task.moved': {
    label: 'My task moved',
    description: 'A task you are responsible for now starts or finishes more than a day earlier or later',
  },
  'project.transitioned': {
    label: 'My project changed state',
    description: 'Someone else moved a project you manage through its lifecycle',
  },
  'approval.requested': {
    label: 'Approval requested',
    description: 'A manager submitted a proposal for the PMO to approve',
  },
  'approval.declined': { label: 'Approval declined', description: 'The PMO declined your approval request' },
  'member.added': { label: 'Added to a project', description: 'You joined a project team or its stakeholders' },
  'report.due': {
    label: 'Status report due soon',
    description: 'A status report of a project you manage is due within two days',
  },
  'report.overdue': {
    label: 'Status report overdue',
    description: 'A status report of a project you manage is past its due date',
  },
  'report.submitted': {
    label: 'Status report submitted',
    description: 'A manager submitted a status report for the PMO to review',
  },
  'report.reviewed': { label: 'My status report reviewed', description: 'The PMO reviewed your status report' },
  'report.returned': {
    label: 'My status report returned',
    description: 'The PMO returned your status report with a comment saying what to change',
  },
  'webhook.disabled': {
    label: 'Webhook disabled',
    description: 'A webhook endpoint you registered failed for 24 hours and was disabled',
  },
  'action.assigned': {
    label: 'Corrective action assigned to me',
    description: 'Someone made you the owner of a corrective action',
  },
  'resource.requested': {
    label: 'Resource requested',
    description: 'A manager asked the PMO for a resource (PMO)',
  },
  'resource.request_answered': {
    label: 'Resource request answered',
    description: 'The PMO fulfilled or declined your resource request',
  },
};

/**
 * Where notifications go. In-app now; email joins with the governance issue as another channel,
 * chosen per kind like this one.
 */
export const NOTIFICATION_CHANNELS = ['in_app'] as const;
/** One of NOTIFICATION_CHANNELS. */
export type NotificationChannelName = (typeof NOTIFICATION_CHANNELS)[number];

/** One in-app notification; `link` is a path of the web app. */
export const Notification = z
  .object({
    id: Id,
    kind: z.string().meta({ example: 'task.moved' }),
    title: z.string(),
    body: z.string(),
    link: z.string().meta({ example: '/projects/0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10/plan' }),
    projectId: Id.nullable(),
    createdAt: Timestamp,
    readAt: Timestamp.nullable(),
  })
  .meta({ id: 'Notification' });
/** A notification. */
export type Notification = z.infer<typeof Notification>;

/** Query of GET /api/notifications, newest first; `unread=true` lists only unread ones. */
export const NotificationListQuery = PageQuery.extend({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});
/** Parsed notification query. */
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

/** How many notifications the caller has not read. */
export const UnreadCount = z.object({ unread: z.number().int().nonnegative() }).meta({ id: 'UnreadCount' });
/** An unread count. */
export type UnreadCount = z.infer<typeof UnreadCount>;

/** A page of notifications, with the caller's unread count. */
export const NotificationPage = pageOf(Notification)
  .extend({ unread: z.number().int().nonnegative() })
  .meta({ id: 'NotificationPage' });
/** A page of Notification. */
export type NotificationPage = z.infer<typeof NotificationPage>;

const channelChoices = z.object({ in_app: z.boolean() });

/** The caller's choices: per kind, which channels deliver it. */
export const NotificationPreferences = z
  .object({
    channels: z.array(z.enum(NOTIFICATION_CHANNELS)),
    kinds: z.array(
      z.object({
        kind: z.enum(NOTIFICATION_KINDS),
        label: z.string(),
        description: z.string(),
        channels: channelChoices,
      }),
    ),
  })
  .meta({ id: 'NotificationPreferences' });
/** Notification preferences. */
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

/** Body of PUT /api/notifications/preferences: the kinds to change (others stay as they are). */
export const PutNotificationPreferencesBody = z
  .object({
    kinds: z
      .array(z.object({ kind: z.enum(NOTIFICATION_KINDS), channels: channelChoices }))
      .min(1, 'name at least one kind')
      .max(NOTIFICATION_KINDS.length * 2),
  })
  .meta({ id: 'PutNotificationPreferences' });
/** Preference changes. */
export type PutNotificationPreferencesBody = z.infer<typeof PutNotificationPreferencesBody>;
