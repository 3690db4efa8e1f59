import type { DeliveryState, Webhook, WebhookAttempt, WebhookDelivery } from '../../contracts/index.js';
import type { Actor } from '../../core/permissions.js';
import { webhookActions } from '../../core/resource-policies.js';
import type { DeliveryView } from '../../store/repos/deliveries-repo.js';
import type { WebhookView } from '../../store/repos/webhooks-repo.js';
import type { WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from '../../store/schema.js';

/** An endpoint as the API shows it: never its secret. */
export function toWebhook(actor: Actor, w: WebhookView, last: WebhookDeliveryRow | undefined): Webhook {
  return {
    ...webhookActions(actor, { active: w.active === 1 }),
    id: w.id,
    url: w.url,
    description: w.description,
    eventTypes: JSON.parse(w.event_types) as string[],
    projectId: w.project_id,
    projectCode: w.project_code,
    portfolioId: w.portfolio_id,
    portfolioName: w.portfolio_name,
    active: w.active === 1,
    disabledReason: w.disabled_reason,
    failingSince: w.failing_since,
    ownerId: w.owner_id,
    ownerName: w.owner_name,
    createdAt: w.created_at,
    updatedAt: w.updated_at,
    version: w.version,
    pendingDeliveries: w.pending_deliveries,
    lastDelivery: last
      ? {
          state: last.state as DeliveryState,
          at: last.last_attempt_at,
          responseStatus: last.response_status,
          durationMs: last.duration_ms,
          error: last.error,
        }
      : null,
  };
}

/** The endpoint's settings as the audit log records them (the secret never). */
export function auditedSettings(
  w: Pick<WebhookEndpointRow, 'url' | 'description' | 'event_types' | 'project_id' | 'portfolio_id' | 'active'>,
) {
  return {
    url: w.url,
    description: w.description,
    eventTypes: JSON.parse(w.event_types) as string[],
    projectId: w.project_id,
    portfolioId: w.portfolio_id,
    active: w.active === 1,
  };
}

export function toDelivery(d: DeliveryView): WebhookDelivery {
  return {
    id: d.id,
    endpointId: d.endpoint_id,
    eventId: d.event_id,
    eventSequence: Number(d.event_seq),
    eventType: d.event_type,
    projectId: d.project_id,
    state: d.state as WebhookDelivery['state'],
    attempts: d.attempts,
    nextAttemptAt: d.state === 'pending' ? d.next_attempt_at : null,
    lastAttemptAt: d.last_attempt_at,
    responseStatus: d.response_status,
    durationMs: d.duration_ms,
    error: d.error,
    createdAt: d.created_at,
  };
}

export function toAttempt(a: WebhookAttemptRow): WebhookAttempt {
  return {
    at: a.at,
    responseStatus: a.response_status,
    durationMs: a.duration_ms,
    error: a.error,
    responseExcerpt: a.response_excerpt,
    manual: a.manual === 1,
  };
}
