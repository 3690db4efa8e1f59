import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  CreatedWebhook,
  CreateWebhookBody,
  DeliveryListQuery,
  UpdateWebhookBody,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookDeliveryPage,
  WebhookList,
  WebhookTestQueued,
} from '../../contracts/index.js';
import * as webhooks from '../../services/webhooks/webhook-service.js';
import { caller, versionedWrite, write } from '../call.js';
import { ERRORS, IdParam, IfMatchHeader, jsonBody, ok, router } from '../openapi.js';

const tags = ['Webhooks'];
const DeliveryParams = z.object({
  id: z.uuid({ message: 'must be a UUID' }),
  deliveryId: z.uuid({ message: 'must be a UUID' }),
});

/** /api/webhooks: endpoints, their deliveries, re-sending and test events (admins and the PMO). */
export function webhookRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/webhooks',
      tags,
      summary: 'List webhook endpoints',
      responses: { 200: ok(WebhookList), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await webhooks.listWebhooks(ctx, actor), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/webhooks',
      tags,
      summary: 'Register a webhook endpoint; the answer holds its signing secret, shown only once',
      request: jsonBody(CreateWebhookBody),
      responses: { 201: ok(CreatedWebhook, 'Created'), ...ERRORS },
    }),
    async (c) => {
      return c.json(await webhooks.createWebhook(write(c), c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/webhooks/{id}',
      tags,
      summary: 'One webhook endpoint',
      request: { params: IdParam },
      responses: { 200: ok(Webhook), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await webhooks.getWebhook(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/webhooks/{id}',
      tags,
      summary: 'Change a webhook endpoint; active: true re-enables a disabled one',
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(UpdateWebhookBody) },
      responses: { 200: ok(Webhook), ...ERRORS },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await webhooks.updateWebhook(versionedWrite(c, body), c.req.valid('param').id, body), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/webhooks/{id}',
      tags,
      summary: 'Delete a webhook endpoint and its delivery history',
      request: { params: IdParam, headers: IfMatchHeader },
      responses: { 204: { description: 'Deleted' }, ...ERRORS },
    }),
    async (c) => {
      await webhooks.deleteWebhook(write(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/webhooks/{id}/deliveries',
      tags,
      summary: "An endpoint's deliveries, newest first, with each one's state, response code and duration",
      request: { params: IdParam, query: DeliveryListQuery },
      responses: { 200: ok(WebhookDeliveryPage), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await webhooks.listDeliveries(ctx, actor, c.req.valid('param').id, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/webhooks/{id}/deliveries/{deliveryId}',
      tags,
      summary: 'One delivery with every attempt and the body it sends',
      request: { params: DeliveryParams },
      responses: { 200: ok(WebhookDeliveryDetail), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      const { id, deliveryId } = c.req.valid('param');
      return c.json(await webhooks.getDelivery(ctx, actor, id, deliveryId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/webhooks/{id}/deliveries/{deliveryId}/resend',
      tags,
      summary: 'Send a delivery again now, with a fresh 24-hour retry window',
      request: { params: DeliveryParams },
      responses: { 200: ok(WebhookDelivery), 422: { description: 'The webhook is disabled' }, ...ERRORS },
    }),
    async (c) => {
      const { id, deliveryId } = c.req.valid('param');
      return c.json(await webhooks.resendDelivery(write(c), id, deliveryId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/webhooks/{id}/test',
      tags,
      summary: 'Queue a webhook.test event for this endpoint alone',
      request: { params: IdParam },
      responses: { 202: ok(WebhookTestQueued, 'Queued'), 422: { description: 'The webhook is disabled' }, ...ERRORS },
    }),
    async (c) => {
      return c.json(await webhooks.sendTestEvent(write(c), c.req.valid('param').id), 202);
    },
  );
  return app;
}
