import type { Executor } from '../transaction.js';

/**
 * Deletes of old event bookkeeping, a batch at a time: each statement is short, so on SQLite the
 * write lock is held for milliseconds and requests between batches are not kept waiting.
 */
export const PRUNE_BATCH = 1000;

/** Deliveries that are finished (sent, or given up) and last touched before `before`; their attempts go with them. */
export async function deleteFinishedDeliveries(ex: Executor, before: string): Promise<number> {
  const res = await ex
    .deleteFrom('webhook_deliveries')
    .where('id', 'in', (q) =>
      q
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('state', 'in', ['succeeded', 'failed'])
        .where('updated_at', '<', before)
        .limit(PRUNE_BATCH),
    )
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}

/**
 * Events fanned out before `before` that no delivery refers to any more (a pending or recent
 * delivery keeps its event, which its body is built from), except the newest. Oldest first:
 * sequence order is creation order, so the scan stops within the first rows.
 */
export async function deleteDispatchedEvents(ex: Executor, before: string): Promise<number> {
  const res = await ex
    .deleteFrom('outbox_events')
    .where('seq', 'in', (q) =>
      q
        .selectFrom('outbox_events as e')
        .select('e.seq')
        .where('e.dispatched_at', 'is not', null)
        .where('e.dispatched_at', '<', before)
        // The newest event stays, whatever its age: on SQLite the next `seq` is the largest plus
        // one, and an emptied table would hand out numbers receivers have already seen.
        .where('e.seq', '<', (q) => q.selectFrom('outbox_events').select((eb) => eb.fn.max('seq').as('top')))
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('webhook_deliveries as d').select('d.id').whereRef('d.event_seq', '=', 'e.seq'))),
        )
        .orderBy('e.seq')
        .limit(PRUNE_BATCH),
    )
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** Notifications read before `readBefore`, and any (read or not) created before `createdBefore`. */
export async function deleteOldNotifications(ex: Executor, readBefore: string, createdBefore: string): Promise<number> {
  const res = await ex
    .deleteFrom('notifications')
    .where('id', 'in', (q) =>
      q
        .selectFrom('notifications')
        .select('id')
        .where((eb) => eb.or([eb('read_at', '<', readBefore), eb('created_at', '<', createdBefore)]))
        .limit(PRUNE_BATCH),
    )
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
