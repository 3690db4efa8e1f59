import { z } from 'zod';
import { WEBHOOK_ACTIONS } from '../core/resource-policies.js';
import { Id, PageQuery, pageOf, Timestamp, Version } from './common.js';
import { SUBSCRIBABLE_EVENT_TYPES } from './events.js';
import { resourceActions } from './resource-actions.js';

/** A receiver's URL: http or https, no user name or password in it (it would show in every list), at most 2,000 characters. */
export const WebhookUrl = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(2000, 'must be at most 2,000 characters')
  .refine((s) => {
    if (!URL.canParse(s)) return false;
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.username === '' && u.password === '';
  }, 'must be an http:// or https:// URL without a user name or password')
  .meta({ example: 'https://example.com/hooks/gantry' });

/** Event types an endpoint receives: some of SUBSCRIBABLE_EVENT_TYPES, or ["*"] for all (including types added later). */
export const WebhookEventTypes = z
  .array(z.enum(['*', ...SUBSCRIBABLE_EVENT_TYPES], { message: 'is not a known event type' }))
  .min(1, 'choose at least one event type')
  .max(SUBSCRIBABLE_EVENT_TYPES.length + 1)
  .refine((types) => new Set(types).size === types.length, 'lists an event type twice');

const webhookFields = {
  url: WebhookUrl,
  description: z.string().trim().max(200).optional(),
  eventTypes: WebhookEventTypes,
  projectId: Id.nullable()
    .optional()
    .meta({ description: "Only this project's events; null or absent: every project" }),
  portfolioId: Id.nullable()
    .optional()
    .meta({ description: "Only events of this portfolio's projects; null or absent: every portfolio" }),
};

const oneFilter = (b: { projectId?: string | null | undefined; portfolioId?: string | null | undefined }) =>
  !(b.projectId && b.portfolioId);
const ONE_FILTER = { message: 'filter by a project or by a portfolio, not both', path: ['portfolioId'] };

/** Body of POST /api/webhooks: the signing secret is generated and shown once in the answer. */
export const CreateWebhookBody = z.object(webhookFields).refine(oneFilter, ONE_FILTER).meta({ id: 'CreateWebhook' });
/** Webhook creation input. */
export type CreateWebhookBody = z.input<typeof CreateWebhookBody>;

/** Body of PATCH /api/webhooks/{id}; `active: true` re-enables a disabled endpoint. */
export const UpdateWebhookBody = z
  .object({
    url: webhookFields.url.optional(),
    description: webhookFields.description,
    eventTypes: webhookFields.eventTypes.optional(),
    projectId: webhookFields.projectId,
    portfolioId: webhookFields.portfolioId,
    active: z.boolean().optional(),
    version: Version.optional(),
  })
  .refine(oneFilter, ONE_FILTER)
  .meta({ id: 'UpdateWebhook' });
/** Webhook update input. */
export type UpdateWebhookBody = z.input<typeof UpdateWebhookBody>;

/** Where a delivery is: waiting (first try or a retry), delivered (2xx), or given up after 24 hours or with its endpoint. */
export const DeliveryState = z.enum(['pending', 'succeeded', 'failed']);
/** A delivery state. */
export type DeliveryState = z.infer<typeof DeliveryState>;

/** The outcome of one delivery's latest attempt; `durationMs` in milliseconds. */
const lastOutcome = {
  responseStatus: z.number().int().nullable().meta({ description: 'HTTP status of the last attempt; null if none' }),
  durationMs: z.number().int().nullable().meta({ description: 'How long the last attempt took, in milliseconds' }),
  error: z.string().nullable().meta({ description: 'Why the last attempt failed (refused, timed out, HTTP 500…)' }),
};

/** A registered webhook endpoint (never its secret). */
export const Webhook = z
  .object({
    id: Id,
    url: z.string(),
    description: z.string(),
    eventTypes: z.array(z.string()),
    projectId: Id.nullable(),
    projectCode: z.string().nullable(),
    portfolioId: Id.nullable(),
    portfolioName: z.string().nullable(),
    active: z.boolean(),
    disabledReason: z.string().nullable(),
    failingSince: Timestamp.nullable().meta({ description: 'Since when its attempts fail; null while it answers' }),
    ownerId: Id,
    ownerName: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: Version,
    pendingDeliveries: z.number().int().nonnegative(),
    lastDelivery: z
      .object({ state: DeliveryState, at: Timestamp.nullable(), ...lastOutcome })
      .nullable()
      .meta({ description: 'The most recent delivery, if any' }),
    /** `webhook.update`, `webhook.delete`, `webhook.test` and `webhook.resend` (refused while it is disabled). */
    ...resourceActions('Webhook', WEBHOOK_ACTIONS),
  })
  .meta({ id: 'Webhook' });
/** A webhook endpoint. */
export type Webhook = z.infer<typeof Webhook>;

/** The answer of POST /api/webhooks: the endpoint and its signing secret, which is never shown again. */
export const CreatedWebhook = z
  .object({
    webhook: Webhook,
    secret: z.string().meta({ description: 'HMAC-SHA256 signing secret; shown only in this answer' }),
  })
  .meta({ id: 'CreatedWebhook' });
/** A created webhook with its secret. */
export type CreatedWebhook = z.infer<typeof CreatedWebhook>;

/** The list of webhook endpoints. */
export const WebhookList = z.object({ items: z.array(Webhook) }).meta({ id: 'WebhookList' });
/** Webhook endpoints. */
export type WebhookList = z.infer<typeof WebhookList>;

/** One event delivered (or being delivered) to one endpoint. */
export const WebhookDelivery = z
  .object({
    id: Id,
    endpointId: Id,
    eventId: z.string(),
    eventSequence: z.number().int(),
    eventType: z.string(),
    projectId: Id.nullable(),
    state: DeliveryState,
    attempts: z.number().int().nonnegative(),
    nextAttemptAt: Timestamp.nullable().meta({ description: 'When a pending delivery is tried next' }),
    lastAttemptAt: Timestamp.nullable(),
    ...lastOutcome,
    createdAt: Timestamp,
  })
  .meta({ id: 'WebhookDelivery' });
/** A delivery. */
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

/** One HTTP attempt of a delivery; `durationMs` in milliseconds. */
export const WebhookAttempt = z
  .object({
    at: Timestamp,
    responseStatus: z.number().int().nullable(),
    durationMs: z.number().int(),
    error: z.string().nullable(),
    responseExcerpt: z.string().meta({ description: 'The first bytes of the answer (at most 1 KB)' }),
    manual: z.boolean().meta({ description: 'Made after a re-send by hand' }),
  })
  .meta({ id: 'WebhookAttempt' });
/** An attempt. */
export type WebhookAttempt = z.infer<typeof WebhookAttempt>;

/** A delivery with every attempt and the body it sends. */
export const WebhookDeliveryDetail = WebhookDelivery.extend({
  history: z.array(WebhookAttempt),
  body: z.string().meta({ description: 'The JSON body sent (the signature covers it exactly)' }),
}).meta({ id: 'WebhookDeliveryDetail' });
/** A delivery with its attempts. */
export type WebhookDeliveryDetail = z.infer<typeof WebhookDeliveryDetail>;

/** Query of GET /api/webhooks/{id}/deliveries, newest first. */
export const DeliveryListQuery = PageQuery.extend({ state: DeliveryState.optional() });
/** Parsed delivery query. */
export type DeliveryListQuery = z.infer<typeof DeliveryListQuery>;

/** A page of deliveries, newest first. */
export const WebhookDeliveryPage = pageOf(WebhookDelivery).meta({ id: 'WebhookDeliveryPage' });
/** A page of WebhookDelivery. */
export type WebhookDeliveryPage = z.infer<typeof WebhookDeliveryPage>;

/** The answer of POST /api/webhooks/{id}/test: the event queued for that endpoint alone. */
export const WebhookTestQueued = z
  .object({ eventId: z.string(), delivery: z.literal('queued') })
  .meta({ id: 'WebhookTestQueued' });
/** A queued test event. */
export type WebhookTestQueued = z.infer<typeof WebhookTestQueued>;
