import type { DialectName } from '../db.js';
import type { WebhookAttemptRow, WebhookDeliveryRow } from '../schema.js';
import type { Executor } from '../transaction.js';
import { chunksOf } from './chunks.js';

/** A delivery with the event it carries, as the API lists it. */
export interface DeliveryView extends WebhookDeliveryRow {
  event_id: string;
  event_type: string;
  project_id: string | null;
}

/** A claimed delivery with what sending it needs: the endpoint's URL and secret, and the event. */
export interface ClaimedDelivery extends DeliveryView {
  url: string;
  secret: string;
  portfolio_id: string | null;
  actor_id: string | null;
  payload: string;
  event_created_at: string;
}

export async function insertDeliveries(ex: Executor, rows: readonly WebhookDeliveryRow[]): Promise<void> {
  for (const chunk of chunksOf(rows, 17)) await ex.insertInto('webhook_deliveries').values(chunk).execute();
}

/**
 * Takes up to `limit` deliveries that are due, each the oldest pending one of its stream (its
 * endpoint and project): a later event of a project waits while an earlier one is pending, so a
 * receiver gets each project's events in order. One statement, as for jobs: SQLite runs it under
 * its write lock; on PostgreSQL the inner select locks the rows it picks and skips rows another
 * process is taking, and a claimed delivery stays pending (so it still holds its stream) until its
 * outcome is recorded. The lease (`locked_until`) lets another process take it over only once the
 * claimer has stopped, so one event is never sent twice at the same time.
 */
export async function claimDeliveries(
  ex: Executor,
  dialect: DialectName,
  runnerId: string,
  now: string,
  lockedUntil: string,
  limit: number,
): Promise<WebhookDeliveryRow[]> {
  let next = ex
    .selectFrom('webhook_deliveries as d')
    .select('d.id')
    .where('d.state', '=', 'pending')
    .where('d.next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('d.locked_until', 'is', null), eb('d.locked_until', '<', now)]))
    .where('d.endpoint_id', 'in', (eb) => eb.selectFrom('webhook_endpoints').select('id').where('active', '=', 1))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('webhook_deliveries as e')
            .select('e.id')
            .whereRef('e.endpoint_id', '=', 'd.endpoint_id')
            .whereRef('e.project_key', '=', 'd.project_key')
            .where('e.state', '=', 'pending')
            .whereRef('e.event_seq', '<', 'd.event_seq'),
        ),
      ),
    )
    .orderBy('d.next_attempt_at')
    .orderBy('d.event_seq')
    .limit(limit);
  if (dialect === 'postgres') next = next.forUpdate().skipLocked();
  return ex
    .updateTable('webhook_deliveries')
    .set({ locked_by: runnerId, locked_until: lockedUntil, updated_at: now })
    .where('id', 'in', next)
    .where('state', '=', 'pending')
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .returningAll()
    .execute();
}

/** The claimed deliveries with their endpoint and event, in event order. */
export async function loadClaimed(ex: Executor, ids: readonly string[]): Promise<ClaimedDelivery[]> {
  if (ids.length === 0) return [];
  return ex
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_endpoints as w', 'w.id', 'd.endpoint_id')
    .innerJoin('outbox_events as o', 'o.seq', 'd.event_seq')
    .selectAll('d')
    .select([
      'w.url',
      'w.secret',
      'o.id as event_id',
      'o.type as event_type',
      'o.project_id',
      'o.portfolio_id',
      'o.actor_id',
      'o.payload',
      'o.created_at as event_created_at',
    ])
    .where('d.id', 'in', ids)
    .orderBy('d.event_seq')
    .execute();
}

/** Writes an attempt's outcome if `runnerId` still holds the delivery; false when it no longer does. */
export async function recordOutcome(
  ex: Executor,
  id: string,
  runnerId: string,
  patch: Partial<WebhookDeliveryRow>,
): Promise<boolean> {
  const res = await ex
    .updateTable('webhook_deliveries')
    .set({ ...patch, locked_by: null, locked_until: null })
    .where('id', '=', id)
    .where('locked_by', '=', runnerId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertAttempt(ex: Executor, row: WebhookAttemptRow): Promise<void> {
  await ex.insertInto('webhook_attempts').values(row).execute();
}

/** Gives up every pending delivery of an endpoint (it was disabled). */
export async function failPendingOf(ex: Executor, endpointId: string, reason: string, at: string): Promise<void> {
  await ex
    .updateTable('webhook_deliveries')
    .set({ state: 'failed', error: reason, locked_by: null, locked_until: null, updated_at: at })
    .where('endpoint_id', '=', endpointId)
    .where('state', '=', 'pending')
    .execute();
}

function viewQuery(ex: Executor) {
  return ex
    .selectFrom('webhook_deliveries as d')
    .innerJoin('outbox_events as o', 'o.seq', 'd.event_seq')
    .selectAll('d')
    .select(['o.id as event_id', 'o.type as event_type', 'o.project_id']);
}

/** An endpoint's deliveries, newest event first. */
export async function listDeliveries(
  ex: Executor,
  endpointId: string,
  q: { state?: string | undefined; limit: number; offset: number },
): Promise<{ rows: DeliveryView[]; total: number }> {
  let base = ex.selectFrom('webhook_deliveries').where('endpoint_id', '=', endpointId);
  if (q.state) base = base.where('state', '=', q.state);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  let rows = viewQuery(ex).where('d.endpoint_id', '=', endpointId);
  if (q.state) rows = rows.where('d.state', '=', q.state);
  return {
    rows: await rows.orderBy('d.event_seq', 'desc').orderBy('d.id', 'desc').limit(q.limit).offset(q.offset).execute(),
    total: Number(total.n),
  };
}

/** One delivery of an endpoint, with the event's payload and envelope fields. */
export async function findDelivery(
  ex: Executor,
  endpointId: string,
  id: string,
): Promise<
  | (DeliveryView & { payload: string; portfolio_id: string | null; actor_id: string | null; event_created_at: string })
  | undefined
> {
  return viewQuery(ex)
    .select(['o.payload', 'o.portfolio_id', 'o.actor_id', 'o.created_at as event_created_at'])
    .where('d.endpoint_id', '=', endpointId)
    .where('d.id', '=', id)
    .executeTakeFirst();
}

/** The latest delivery of each of these endpoints (by event order). */
export async function latestDeliveries(ex: Executor, endpointIds: readonly string[]): Promise<WebhookDeliveryRow[]> {
  if (endpointIds.length === 0) return [];
  return ex
    .selectFrom('webhook_deliveries as d')
    .selectAll('d')
    .where('d.endpoint_id', 'in', endpointIds)
    .where('d.event_seq', '=', (eb) =>
      eb
        .selectFrom('webhook_deliveries as n')
        .select((e) => e.fn.max('n.event_seq').as('m'))
        .whereRef('n.endpoint_id', '=', 'd.endpoint_id'),
    )
    .execute();
}

export async function listAttempts(ex: Executor, deliveryId: string): Promise<WebhookAttemptRow[]> {
  return ex
    .selectFrom('webhook_attempts')
    .selectAll()
    .where('delivery_id', '=', deliveryId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/**
 * Queues a delivery again, to be sent at `now` with a fresh 24-hour retry window (its attempts
 * count again from 0; the attempts table keeps them all); false when it is
 * being sent right now (its lease is live) and so cannot be queued twice.
 */
export async function requeueDelivery(ex: Executor, id: string, now: string): Promise<boolean> {
  const res = await ex
    .updateTable('webhook_deliveries')
    .set({
      state: 'pending',
      next_attempt_at: now,
      attempts: 0,
      first_attempt_at: null,
      locked_by: null,
      locked_until: null,
      updated_at: now,
    })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Gives claimed deliveries back unsent (the claimer is shutting down), so any process may send them at once. */
export async function releaseDeliveries(ex: Executor, ids: readonly string[], runnerId: string): Promise<void> {
  if (ids.length === 0) return;
  await ex
    .updateTable('webhook_deliveries')
    .set({ locked_by: null, locked_until: null })
    .where('id', 'in', ids)
    .where('locked_by', '=', runnerId)
    .execute();
}
