import type { NotificationChannelName } from '../../contracts/index.js';
import { insertNotifications } from '../../store/repos/notifications-repo.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import type { NotificationDraft } from './notification-rules.js';

/**
 * A way of reaching people. Each channel receives the drafts its users chose for it, inside the
 * transaction that fans their event out, so a notification exists exactly once per event and
 * channel whatever crashes. A channel must not call out from there: one that talks to another
 * system (email, with the governance issue) queues its messages here, in a table of its own, and
 * sends them from the job runner, the way webhook deliveries are sent.
 */
export interface NotificationChannel {
  readonly name: NotificationChannelName;
  deliver(ctx: ServiceContext, trx: Executor, drafts: readonly NotificationDraft[]): Promise<void>;
}

/** The bell in the web app: one row per notification, read through /api/notifications. */
export const inAppChannel: NotificationChannel = {
  name: 'in_app',
  async deliver(ctx, trx, drafts) {
    const at = ctx.now().toISOString();
    await insertNotifications(
      trx,
      drafts.map((d) => ({
        id: ctx.newId(),
        user_id: d.userId,
        kind: d.kind,
        title: d.title,
        body: d.body,
        link: d.link,
        project_id: d.projectId,
        event_seq: d.eventSeq,
        created_at: at,
        read_at: null,
      })),
    );
  },
};

/** Every channel notifications go out on. */
export const NOTIFICATION_CHANNEL_LIST: readonly NotificationChannel[] = [inAppChannel];
