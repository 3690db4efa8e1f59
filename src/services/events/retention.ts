import {
  deleteDispatchedEvents,
  deleteFinishedDeliveries,
  deleteOldNotifications,
  PRUNE_BATCH,
} from '../../store/repos/retention-repo.js';
import type { Executor } from '../../store/transaction.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long event bookkeeping is kept. Every write appends an event, so without an end these
 * tables grow for ever. The audit log is the permanent record and is never pruned; these are
 * working tables: a delivery's history is for debugging a receiver (30 days, as Stripe keeps
 * events), a notification is news (a read one goes after 90 days, any after a year).
 */
export const RETENTION = {
  deliveriesDays: 30,
  eventsDays: 30,
  readNotificationsDays: 90,
  notificationsDays: 365,
} as const;

/** Rows removed by one prune. */
export interface Pruned {
  readonly deliveries: number;
  readonly events: number;
  readonly notifications: number;
}

/**
 * Removes what is past its retention, batch by batch, each batch its own short statement (so the
 * dispatcher's connection never holds SQLite's write lock for long). Deliveries go first, since a
 * delivery keeps its event.
 */
export async function pruneEventTables(ex: Executor, now: Date): Promise<Pruned> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  const drain = async (step: () => Promise<number>) => {
    let total = 0;
    for (;;) {
      const n = await step();
      total += n;
      // A short batch means the backlog is gone (a negated test, so nothing odd can spin here).
      if (!(n >= PRUNE_BATCH)) return total;
    }
  };
  const deliveries = await drain(() => deleteFinishedDeliveries(ex, ago(RETENTION.deliveriesDays)));
  const events = await drain(() => deleteDispatchedEvents(ex, ago(RETENTION.eventsDays)));
  const notifications = await drain(() =>
    deleteOldNotifications(ex, ago(RETENTION.readNotificationsDays), ago(RETENTION.notificationsDays)),
  );
  return { deliveries, events, notifications };
}
