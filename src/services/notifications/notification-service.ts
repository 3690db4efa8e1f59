import type { Notification, NotificationListQuery, NotificationPage, UnreadCount } from '../../contracts/index.js';
import { DomainError } from '../../core/errors.js';
import { type Actor, isAllowed } from '../../core/permissions.js';
import * as repo from '../../store/repos/notifications-repo.js';
import type { NotificationRow } from '../../store/schema.js';
import type { ServiceContext } from '../context.js';

/*
 * A user's own notifications. Each is filtered again when read: one about a project the user may
 * no longer read is hidden (a notification must not outlive the right to know of it).
 */

const readerOf = (actor: Actor): repo.Reader => ({
  userId: actor.userId,
  readsAllProjects: isAllowed(actor, 'project.read'),
});

/** The caller's notifications, newest first, with their unread count. */
export async function listNotifications(
  ctx: ServiceContext,
  actor: Actor,
  q: NotificationListQuery,
): Promise<NotificationPage> {
  const { rows, total, unread } = await repo.listNotifications(ctx.store.db, readerOf(actor), {
    unreadOnly: q.unread === true,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(toNotification), total, unread, page: q.page, pageSize: q.pageSize };
}

/** How many of the caller's notifications are unread. */
export async function unreadCount(ctx: ServiceContext, actor: Actor): Promise<UnreadCount> {
  return { unread: await repo.countUnread(ctx.store.db, readerOf(actor)) };
}

/** Marks one of the caller's notifications read (again is fine); someone else's is a 404. */
export async function markRead(ctx: ServiceContext, actor: Actor, id: string): Promise<Notification> {
  const reader = readerOf(actor);
  const row = await repo.findNotification(ctx.store.db, reader, id);
  if (!row) throw new DomainError('not_found', `Notification ${id} not found`, { entity: 'notification', id });
  await repo.markRead(ctx.store.db, actor.userId, id, ctx.now().toISOString());
  return toNotification((await repo.findNotification(ctx.store.db, reader, id)) as NotificationRow);
}

/** Marks every notification of the caller read. */
export async function markAllRead(ctx: ServiceContext, actor: Actor): Promise<UnreadCount> {
  await repo.markAllRead(ctx.store.db, actor.userId, ctx.now().toISOString());
  return unreadCount(ctx, actor);
}

function toNotification(r: NotificationRow): Notification {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    body: r.body,
    link: r.link,
    projectId: r.project_id,
    createdAt: r.created_at,
    readAt: r.read_at,
  };
}
