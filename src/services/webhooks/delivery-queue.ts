import type { WebhookEnvelope } from '../../contracts/index.js';
import { retryDelayMs, retryWindowOver } from '../../core/webhook-retry.js';
import type { Store } from '../../store/db.js';
import {
  type ClaimedDelivery,
  claimDeliveries,
  failPendingOf,
  insertAttempt,
  loadClaimed,
  recordOutcome,
  releaseDeliveries,
} from '../../store/repos/deliveries-repo.js';
import { disableEndpoint, markAnswering, markFailing } from '../../store/repos/webhooks-repo.js';
import type { WebhookDeliveryRow } from '../../store/schema.js';
import { type Executor, inTransaction } from '../../store/transaction.js';
import { recordAudit } from '../audit-service.js';
import type { ServiceContext } from '../context.js';
import { appendEvents } from '../events/outbox.js';
import { SIGNATURE_HEADER, signatureHeader } from './signature.js';

/*
 * The dispatcher's side of webhook deliveries. `store` is the connection it works on (its own).
 * Sending happens between claiming and recording, outside any transaction: a receiver that takes
 * ten seconds to answer must not hold a database lock for ten seconds.
 */

/** What one HTTP attempt gave: the status (null when no answer came), how long it took, why it failed. */
export interface AttemptOutcome {
  readonly status: number | null;
  readonly durationMs: number;
  readonly error: string | null;
  /** The first bytes of the answer. */
  readonly excerpt: string;
}

/** Claims up to `limit` due deliveries for `runnerId` (see claimDeliveries), with what sending them needs. */
export function claimDueDeliveries(
  ctx: ServiceContext,
  store: Store,
  runnerId: string,
  leaseMs: number,
  limit: number,
): Promise<ClaimedDelivery[]> {
  const now = ctx.now();
  const until = new Date(now.getTime() + leaseMs).toISOString();
  return inTransaction(store.db, async (trx) => {
    const claimed = await claimDeliveries(trx, store.dialect, runnerId, now.toISOString(), until, limit);
    return loadClaimed(
      trx,
      claimed.map((d) => d.id),
    );
  });
}

/** The JSON body of a delivery: the same bytes on every attempt, so a receiver may compare them. */
export function deliveryBody(d: {
  event_id: string;
  event_seq: number;
  event_type: string;
  event_created_at: string;
  project_id: string | null;
  portfolio_id: string | null;
  actor_id: string | null;
  payload: string;
}): string {
  const envelope: WebhookEnvelope = {
    id: d.event_id,
    sequence: Number(d.event_seq),
    type: d.event_type as WebhookEnvelope['type'],
    createdAt: d.event_created_at,
    projectId: d.project_id,
    portfolioId: d.portfolio_id,
    actorId: d.actor_id,
    data: JSON.parse(d.payload),
  };
  return JSON.stringify(envelope);
}

/** The headers of one attempt, signed at `now`. */
export function deliveryHeaders(
  d: ClaimedDelivery,
  body: string,
  now: Date,
  userAgent: string,
): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': userAgent,
    'gantry-event-id': d.event_id,
    'gantry-event-type': d.event_type,
    'gantry-delivery-id': d.id,
    [SIGNATURE_HEADER.toLowerCase()]: signatureHeader(d.secret, Math.floor(now.getTime() / 1000), body),
  };
}

/**
 * Records an attempt and what follows from it, in one transaction: delivered; or tried again after
 * a backoff; or given up once it has failed for 24 hours. An endpoint whose attempts have all
 * failed for 24 hours is disabled, its pending deliveries given up, and a `webhook.disabled`
 * event tells its owner. False when `runnerId` no longer holds the delivery (nothing is written).
 */
export function recordAttempt(
  ctx: ServiceContext,
  store: Store,
  runnerId: string,
  d: ClaimedDelivery,
  outcome: AttemptOutcome,
  random: number,
): Promise<boolean> {
  return inTransaction(store.db, async (trx) => {
    const now = ctx.now();
    const at = now.toISOString();
    const delivered = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
    const attempts = d.attempts + 1;
    const firstAt = d.first_attempt_at ?? at;
    const patch: Partial<WebhookDeliveryRow> = {
      attempts,
      first_attempt_at: firstAt,
      last_attempt_at: at,
      response_status: outcome.status,
      duration_ms: outcome.durationMs,
      error: outcome.error,
      updated_at: at,
    };
    if (delivered) patch.state = 'succeeded';
    else if (retryWindowOver(Date.parse(firstAt), now.getTime())) patch.state = 'failed';
    else patch.next_attempt_at = new Date(now.getTime() + retryDelayMs(attempts, random)).toISOString();
    if (!(await recordOutcome(trx, d.id, runnerId, patch))) return false;
    await insertAttempt(trx, {
      id: ctx.newId(),
      delivery_id: d.id,
      at,
      response_status: outcome.status,
      duration_ms: outcome.durationMs,
      error: outcome.error,
      response_excerpt: outcome.excerpt,
      // A re-send by hand starts a new round (attempts 0) on a delivery that was tried before.
      manual: d.attempts === 0 && d.last_attempt_at !== null ? 1 : 0,
    });
    if (delivered) await markAnswering(trx, d.endpoint_id);
    // The context of the connection this transaction is on: events appended here must join it.
    else await noteFailure({ ...ctx, store }, trx, d.endpoint_id, outcome.error, at, now.getTime());
    return true;
  });
}

async function noteFailure(
  ctx: ServiceContext,
  trx: Executor,
  endpointId: string,
  error: string | null,
  at: string,
  nowMs: number,
) {
  const endpoint = await markFailing(trx, endpointId, at);
  if (!endpoint?.failing_since || !retryWindowOver(Date.parse(endpoint.failing_since), nowMs)) return;
  const reason = `Every attempt failed for 24 hours (since ${endpoint.failing_since}); the last: ${error ?? 'no answer'}`;
  if (!(await disableEndpoint(trx, endpoint.id, reason, at))) return;
  await failPendingOf(trx, endpoint.id, 'Not sent: the endpoint was disabled', at);
  await recordAudit(ctx, trx, null, {
    action: 'webhook.disable',
    entityType: 'webhook',
    entityId: endpoint.id,
    before: { active: true },
    after: { active: false, reason },
  });
  await appendEvents(ctx, trx, null, [
    {
      type: 'webhook.disabled',
      projectId: null,
      portfolioId: null,
      payload: { v: 1, endpointId: endpoint.id, url: endpoint.url, ownerId: endpoint.owner_id, reason },
    },
  ]);
}

/** Gives deliveries `runnerId` claimed but did not send back to the queue. */
export function releaseClaimed(store: Store, runnerId: string, ids: readonly string[]): Promise<void> {
  return releaseDeliveries(store.db, ids, runnerId);
}
