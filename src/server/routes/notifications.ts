import { createRoute } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import {
  Notification,
  NotificationListQuery,
  NotificationPage,
  NotificationPreferences,
  PutNotificationPreferencesBody,
  UnreadCount,
} from '../../contracts/index.js';
import * as preferences from '../../services/notifications/notification-preferences.js';
import * as notifications from '../../services/notifications/notification-service.js';
import { caller } from '../call.js';
import { ERRORS, IdParam, jsonBody, ok, router } from '../openapi.js';

const tags = ['Notifications'];
/** How often the event stream counts unread notifications: one indexed count per open tab. */
const STREAM_POLL_MS = 2_000;
/** A stream ends after this long and the browser reconnects, so no connection lives for ever. */
const STREAM_LIFETIME_MS = 10 * 60_000;

/** /api/notifications: the caller's own notifications, their unread count (also as a stream) and preferences. */
export function notificationRoutes(shutdown: AbortSignal) {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/notifications',
      tags,
      summary: 'Your notifications, newest first, with your unread count',
      request: { query: NotificationListQuery },
      responses: { 200: ok(NotificationPage), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await notifications.listNotifications(ctx, actor, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/notifications/unread',
      tags,
      summary: 'How many of your notifications are unread',
      responses: { 200: ok(UnreadCount), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await notifications.unreadCount(ctx, actor), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/notifications/events',
      tags,
      summary: 'Your unread count as server-sent events (`event: unread`, data: UnreadCount), sent when it changes',
      responses: {
        200: { description: 'An event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } },
        ...ERRORS,
      },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return streamSSE(c, async (stream) => {
        let open = true;
        stream.onAbort(() => {
          open = false;
        });
        const ends = Date.now() + STREAM_LIFETIME_MS;
        let last = -1;
        let sentAt = 0;
        while (open && !shutdown.aborted && Date.now() < ends) {
          const { unread } = await notifications.unreadCount(ctx, actor);
          // Sent when it changes, and now and then anyway: a proxy may close a silent connection.
          if (unread !== last || Date.now() - sentAt > 30_000) {
            await stream.writeSSE({ event: 'unread', data: JSON.stringify({ unread }) });
            last = unread;
            sentAt = Date.now();
          }
          await stream.sleep(STREAM_POLL_MS);
        }
      });
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/notifications/{id}/read',
      tags,
      summary: 'Mark one of your notifications read',
      request: { params: IdParam },
      responses: { 200: ok(Notification), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await notifications.markRead(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/notifications/read-all',
      tags,
      summary: 'Mark all your notifications read',
      responses: { 200: ok(UnreadCount), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await notifications.markAllRead(ctx, actor), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/notifications/preferences',
      tags,
      summary: 'Which kinds of notification you receive, per channel',
      responses: { 200: ok(NotificationPreferences), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await preferences.getPreferences(ctx, actor), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/notifications/preferences',
      tags,
      summary: 'Choose which kinds of notification you receive (the kinds not named stay as they are)',
      request: jsonBody(PutNotificationPreferencesBody),
      responses: { 200: ok(NotificationPreferences), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await preferences.putPreferences(ctx, actor, c.req.valid('json')), 200);
    },
  );
  return app;
}
