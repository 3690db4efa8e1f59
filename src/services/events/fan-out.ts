import type { Store } from '../../store/db.js';
import { insertDeliveries } from '../../store/repos/deliveries-repo.js';
import { markStale } from '../../store/repos/health-repo.js';
import { markDispatched, tryFanOutLock, undispatchedEvents } from '../../store/repos/outbox-repo.js';
import { activeEndpoints } from '../../store/repos/webhooks-repo.js';
import type { OutboxEventRow, WebhookDeliveryRow, WebhookEndpointRow } from '../../store/schema.js';
import { inTransaction } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { notifyEvents } from '../notifications/notify-events.js';

/**
 * Events fanned out per transaction. The dispatcher runs in the server's thread, and on SQLite a
 * transaction runs there without a pause: 50 events take about 0.3 ms, short enough not to show
 * in the writes' p99 (bench/events), and the dispatcher lets waiting requests run between batches.
 */
export const FAN_OUT_BATCH = 50;

/**
 * Fans the oldest events of the outbox out, in one transaction: a delivery for every active
 * webhook endpoint that wants each one, and the notifications each gives rise to; then marks them
 * dispatched. A crash anywhere leaves the batch as it was, to be fanned out again, and never
 * half-done. On PostgreSQL one process at a time does it (see tryFanOutLock). `store` is the
 * connection to work on (the dispatcher's own). Answers how many events it fanned out and how
 * many deliveries that made.
 */
export async function fanOutEvents(
  ctx: ServiceContext,
  store: Store,
  limit = FAN_OUT_BATCH,
): Promise<{ events: number; deliveries: number }> {
  return inTransaction(store.db, async (trx) => {
    if (!(await tryFanOutLock(trx, store.dialect))) return { events: 0, deliveries: 0 };
    const events = await undispatchedEvents(trx, limit);
    if (events.length === 0) return { events: 0, deliveries: 0 };
    const now = ctx.now().toISOString();
    const endpoints = await activeEndpoints(trx);
    const deliveries: WebhookDeliveryRow[] = [];
    for (const event of events) {
      for (const endpoint of endpoints) {
        if (receives(endpoint, event)) deliveries.push(newDelivery(ctx.newId(), endpoint.id, event, now));
      }
    }
    await insertDeliveries(trx, deliveries);
    await notifyEvents(ctx, trx, events);
    // Every change to a project may change its health: the dispatcher evaluates these next.
    await markStale(
      trx,
      events.flatMap((e) => (e.project_id ? [e.project_id] : [])),
      now,
    );
    await markDispatched(
      trx,
      events.map((e) => e.seq),
      now,
    );
    return { events: events.length, deliveries: deliveries.length };
  });
}

/** Whether an endpoint wants an event: its types, then its project or portfolio filter. A test event goes to its endpoint alone. */
export function receives(endpoint: WebhookEndpointRow, event: OutboxEventRow): boolean {
  if (event.type === 'webhook.test')
    return (JSON.parse(event.payload) as { endpointId?: string }).endpointId === endpoint.id;
  const types = JSON.parse(endpoint.event_types) as string[];
  if (!types.includes('*') && !types.includes(event.type)) return false;
  if (endpoint.project_id !== null && endpoint.project_id !== event.project_id) return false;
  if (endpoint.portfolio_id !== null && endpoint.portfolio_id !== event.portfolio_id) return false;
  return true;
}

function newDelivery(id: string, endpointId: string, event: OutboxEventRow, now: string): WebhookDeliveryRow {
  return {
    id,
    endpoint_id: endpointId,
    event_seq: event.seq,
    project_key: event.project_id ?? '',
    state: 'pending',
    attempts: 0,
    next_attempt_at: now,
    first_attempt_at: null,
    last_attempt_at: null,
    response_status: null,
    duration_ms: null,
    error: null,
    locked_by: null,
    locked_until: null,
    created_at: now,
    updated_at: now,
  };
}

/** Marks every event in the outbox dispatched without fanning it out (the demo's set-up is history, not news). */
export async function settleOutbox(ctx: ServiceContext): Promise<void> {
  await inTransaction(ctx.store.db, async (trx) => {
    for (;;) {
      const events = await undispatchedEvents(trx, 10_000);
      if (events.length === 0) return;
      await markDispatched(
        trx,
        events.map((e) => e.seq),
        ctx.now().toISOString(),
      );
    }
  });
}
