import type {
  CreatedWebhook,
  CreateWebhookBody,
  DeliveryListQuery,
  Page,
  UpdateWebhookBody,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookList,
  WebhookTestQueued,
} from '../../contracts/index.js';
import { DomainError, invalidField } from '../../core/errors.js';
import type { Actor } from '../../core/permissions.js';
import { webhookPolicy } from '../../core/resource-policies.js';
import * as deliveries from '../../store/repos/deliveries-repo.js';
import { findProjectRow } from '../../store/repos/projects-repo.js';
import * as repo from '../../store/repos/webhooks-repo.js';
import type { WebhookEndpointRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { authoriseOn, requireAllowed, versionConflict } from '../access.js';
import type { ServiceContext } from '../context.js';
import { appendEvents } from '../events/outbox.js';
import { assertPortfolio } from '../project-rules.js';
import { organisationGuard, runWrite, type WriteRequest } from '../write-pipeline.js';
import { deliveryBody } from './delivery-queue.js';
import { newWebhookSecret } from './signature.js';
import { auditedSettings, toAttempt, toDelivery, toWebhook } from './webhook-view.js';

/*
 * Webhook endpoints and their deliveries: admins and the PMO register receivers for the events
 * they choose, watch how deliveries fare, re-send one by hand and send a test event.
 */

/** Every endpoint, oldest first. */
export async function listWebhooks(ctx: ServiceContext, actor: Actor): Promise<WebhookList> {
  requireAllowed(actor, 'webhook.manage');
  const rows = await repo.listWebhooks(ctx.store.db);
  const latest = await deliveries.latestDeliveries(
    ctx.store.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) =>
      toWebhook(
        actor,
        r,
        latest.find((d) => d.endpoint_id === r.id),
      ),
    ),
  };
}

/** One endpoint. */
export async function getWebhook(ctx: ServiceContext, actor: Actor, id: string): Promise<Webhook> {
  requireAllowed(actor, 'webhook.manage');
  return view(actor, ctx.store.db, id);
}

async function view(actor: Actor, ex: Executor, id: string): Promise<Webhook> {
  const row = await findOrThrow(ex, id);
  const [last] = await deliveries.latestDeliveries(ex, [id]);
  return toWebhook(actor, row, last);
}

/** Registers an endpoint; its signing secret is in this answer and never again. */
export async function createWebhook(req: WriteRequest, body: CreateWebhookBody): Promise<CreatedWebhook> {
  const { ctx, actor } = req;
  const now = ctx.now().toISOString();
  const row: WebhookEndpointRow = {
    id: ctx.newId(),
    url: body.url,
    description: body.description ?? '',
    event_types: JSON.stringify(body.eventTypes),
    project_id: body.projectId ?? null,
    portfolio_id: body.portfolioId ?? null,
    secret: newWebhookSecret(),
    active: 1,
    disabled_reason: null,
    failing_since: null,
    owner_id: actor.userId,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await runWrite(req, {
    ...organisationGuard(actor, 'webhook.manage'),
    load: async () => undefined,
    async apply(trx) {
      await assertFilters(trx, row.project_id, row.portfolio_id);
      await repo.insertWebhook(trx, row);
    },
    audit: () => ({
      action: 'webhook.create',
      entityType: 'webhook',
      entityId: row.id,
      before: null,
      after: auditedSettings(row),
    }),
  });
  return { webhook: await view(actor, ctx.store.db, row.id), secret: row.secret };
}

/** The endpoint a write works on, for an actor the role already allows. */
function webhookWrite(req: WriteRequest, id: string) {
  return {
    ...organisationGuard(req.actor, 'webhook.manage'),
    load: (trx: Executor) => findOrThrow(trx, id),
    version: { entity: 'webhook', id, of: (before: WebhookEndpointRow) => before.version },
  };
}

/** Changes an endpoint; `active: true` re-enables a disabled one with a clean record of failures. */
export async function updateWebhook(req: WriteRequest, id: string, body: UpdateWebhookBody): Promise<Webhook> {
  const { ctx } = req;
  return runWrite(req, {
    ...webhookWrite(req, id),
    async apply(trx, before) {
      const patch: Partial<WebhookEndpointRow> = { updated_at: ctx.now().toISOString() };
      if (body.url !== undefined) patch.url = body.url;
      if (body.description !== undefined) patch.description = body.description;
      if (body.eventTypes !== undefined) patch.event_types = JSON.stringify(body.eventTypes);
      if (body.projectId !== undefined) patch.project_id = body.projectId;
      if (body.portfolioId !== undefined) patch.portfolio_id = body.portfolioId;
      if (body.active !== undefined && (body.active ? 1 : 0) !== before.active) {
        patch.active = body.active ? 1 : 0;
        patch.disabled_reason = body.active ? null : 'Disabled by hand';
        patch.failing_since = null;
      }
      const after = { ...before, ...patch };
      if (after.project_id && after.portfolio_id) {
        throw invalidField('portfolioId', 'filter by a project or by a portfolio, not both');
      }
      await assertFilters(trx, body.projectId ?? null, body.portfolioId ?? null);
      if (!(await repo.updateWebhook(trx, id, before.version, patch)))
        throw versionConflict('webhook', id, before.version);
      if (patch.active === 0)
        await deliveries.failPendingOf(trx, id, 'Not sent: the endpoint was disabled', after.updated_at);
      return { after, webhook: await view(req.actor, trx, id) };
    },
    audit: (before, { after }) => ({
      action: 'webhook.update',
      entityType: 'webhook',
      entityId: id,
      before: auditedSettings(before),
      after: auditedSettings(after),
    }),
  }).then((r) => r.webhook);
}

/** Deletes an endpoint and its delivery history. */
export async function deleteWebhook(req: WriteRequest, id: string): Promise<void> {
  await runWrite(req, {
    ...webhookWrite(req, id),
    apply: (trx) => repo.deleteWebhook(trx, id),
    audit: (before) => ({
      action: 'webhook.delete',
      entityType: 'webhook',
      entityId: id,
      before: auditedSettings(before),
      after: null,
    }),
  });
}

/** An endpoint's deliveries, newest event first. */
export async function listDeliveries(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  q: DeliveryListQuery,
): Promise<Page<WebhookDelivery>> {
  requireAllowed(actor, 'webhook.manage');
  await findOrThrow(ctx.store.db, id);
  const { rows, total } = await deliveries.listDeliveries(ctx.store.db, id, {
    state: q.state,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(toDelivery), total, page: q.page, pageSize: q.pageSize };
}

/** One delivery with every attempt and the exact body it sends. */
export async function getDelivery(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  deliveryId: string,
): Promise<WebhookDeliveryDetail> {
  requireAllowed(actor, 'webhook.manage');
  const d = await findDeliveryOrThrow(ctx.store.db, id, deliveryId);
  const history = await deliveries.listAttempts(ctx.store.db, deliveryId);
  return { ...toDelivery(d), history: history.map(toAttempt), body: deliveryBody(d) };
}

/** The active endpoint a hand-started send works on (not versioned: sending changes none of its settings). */
function activeEndpoint(req: WriteRequest, id: string, action: 'webhook.test' | 'webhook.resend') {
  return {
    ...organisationGuard(req.actor, 'webhook.manage'),
    load: (trx: Executor) => findOrThrow(trx, id),
    authorise: (endpoint: WebhookEndpointRow) => assertSends(req.actor, action, endpoint),
  };
}

/**
 * Sends a delivery again as soon as the dispatcher can, with a fresh 24-hour retry window; it
 * still waits behind an earlier pending event of the same project, so order holds.
 */
export async function resendDelivery(req: WriteRequest, id: string, deliveryId: string): Promise<WebhookDelivery> {
  const { ctx } = req;
  const endpoint = activeEndpoint(req, id, 'webhook.resend');
  const result = await runWrite(req, {
    ...endpoint,
    load: async (trx) => ({
      endpoint: await endpoint.load(trx),
      before: await findDeliveryOrThrow(trx, id, deliveryId),
    }),
    authorise: (loaded) => endpoint.authorise(loaded.endpoint),
    async apply(trx) {
      if (!(await deliveries.requeueDelivery(trx, deliveryId, ctx.now().toISOString()))) {
        throw new DomainError('conflict', 'This delivery is being sent right now; wait for its outcome', {
          deliveryId,
        });
      }
      return toDelivery((await deliveries.findDelivery(trx, id, deliveryId)) as deliveries.DeliveryView);
    },
    audit: ({ before }) => ({
      action: 'webhook.delivery.resend',
      entityType: 'webhook',
      entityId: id,
      projectId: before.project_id,
      before: { delivery: deliveryId, event: before.event_type, state: before.state },
      after: { delivery: deliveryId, event: before.event_type, state: 'pending' },
    }),
  });
  ctx.events?.deliveryQueued();
  return result;
}

/** Queues a `webhook.test` event for this endpoint alone. */
export async function sendTestEvent(req: WriteRequest, id: string): Promise<WebhookTestQueued> {
  const [eventId] = await runWrite(req, {
    ...activeEndpoint(req, id, 'webhook.test'),
    // The event is the write: appended here (rather than by `events`) so its id can be answered.
    apply: (trx) =>
      appendEvents(req.ctx, trx, req.actor.userId, [
        {
          type: 'webhook.test',
          projectId: null,
          portfolioId: null,
          payload: { v: 1, endpointId: id, message: 'A test event sent from Gantry' },
        },
      ]),
    audit: (endpoint) => ({
      action: 'webhook.test',
      entityType: 'webhook',
      entityId: id,
      before: null,
      after: { url: endpoint.url },
    }),
  });
  return { eventId: eventId as string, delivery: 'queued' };
}

async function findOrThrow(ex: Executor, id: string): Promise<repo.WebhookView> {
  const row = await repo.findWebhook(ex, id);
  if (!row) throw new DomainError('not_found', `Webhook ${id} not found`, { entity: 'webhook', id });
  return row;
}

async function findDeliveryOrThrow(ex: Executor, id: string, deliveryId: string) {
  const d = await deliveries.findDelivery(ex, id, deliveryId);
  if (!d) {
    throw new DomainError('not_found', `Delivery ${deliveryId} not found for this webhook`, {
      entity: 'webhook_delivery',
      id: deliveryId,
    });
  }
  return d;
}

/** A test event or a re-send goes only to an enabled endpoint (the policy that lists `webhook.test` / `webhook.resend`). */
function assertSends(actor: Actor, action: 'webhook.test' | 'webhook.resend', endpoint: WebhookEndpointRow): void {
  authoriseOn(webhookPolicy(actor, action, { active: endpoint.active === 1 }), { webhookId: endpoint.id });
}

async function assertFilters(ex: Executor, projectId: string | null, portfolioId: string | null): Promise<void> {
  if (projectId !== null && !(await findProjectRow(ex, projectId))) {
    throw invalidField('projectId', 'no project with this id');
  }
  await assertPortfolio(ex, portfolioId);
}
