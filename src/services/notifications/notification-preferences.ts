import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
  type NotificationChannelName,
  type NotificationPreferences,
  type PutNotificationPreferencesBody,
} from '../../contracts/index.js';
import type { Actor } from '../../core/permissions.js';
import { preferencesOf, putPreference } from '../../store/repos/notifications-repo.js';
import type { NotificationPreferenceRow } from '../../store/schema.js';
import { inTransaction } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';

/**
 * Whether a kind goes out on a channel when its user has not chosen. Every kind is on in the app:
 * each is about the user's own work. (Email, when it comes, may start with fewer.)
 */
export function defaultChoice(_kind: string, _channel: NotificationChannelName): boolean {
  return true;
}

/** The user's choice for a kind on a channel: what they stored, else the default. */
export function choiceOf(
  rows: readonly NotificationPreferenceRow[],
  userId: string,
  kind: string,
  channel: NotificationChannelName,
): boolean {
  const row = rows.find((r) => r.user_id === userId && r.kind === kind && r.channel === channel);
  return row ? row.enabled === 1 : defaultChoice(kind, channel);
}

/** The caller's choices, every kind and channel. */
export async function getPreferences(ctx: ServiceContext, actor: Actor): Promise<NotificationPreferences> {
  const rows = await preferencesOf(ctx.store.db, [actor.userId]);
  return {
    channels: [...NOTIFICATION_CHANNELS],
    kinds: NOTIFICATION_KINDS.map((kind) => ({
      kind,
      ...NOTIFICATION_KIND_LABELS[kind],
      channels: { in_app: choiceOf(rows, actor.userId, kind, 'in_app') },
    })),
  };
}

/** Stores the caller's choices for the kinds named; the others stay. A user's own settings: not audited. */
export async function putPreferences(
  ctx: ServiceContext,
  actor: Actor,
  body: PutNotificationPreferencesBody,
): Promise<NotificationPreferences> {
  await inTransaction(ctx.store.db, async (trx) => {
    for (const k of body.kinds) {
      for (const channel of NOTIFICATION_CHANNELS) {
        await putPreference(trx, {
          user_id: actor.userId,
          kind: k.kind,
          channel,
          enabled: k.channels[channel] ? 1 : 0,
        });
      }
    }
  });
  return getPreferences(ctx, actor);
}
