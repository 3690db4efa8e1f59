import type { Webhook, WebhookDelivery } from '../../../src/contracts/index.js';

/** How an endpoint stands, as a badge. */
export function endpointStatus(w: Webhook): { label: string; color: string } {
  if (!w.active) return { label: 'Disabled', color: 'red' };
  if (w.failingSince) return { label: 'Failing', color: 'orange' };
  return { label: 'Active', color: 'teal' };
}

/** How a delivery stands, as a badge: a pending one that failed before is being retried. */
export function deliveryStatus(d: Pick<WebhookDelivery, 'state' | 'attempts'>): { label: string; color: string } {
  if (d.state === 'succeeded') return { label: 'Delivered', color: 'teal' };
  if (d.state === 'failed') return { label: 'Failed', color: 'red' };
  return d.attempts > 0 ? { label: 'Retrying', color: 'orange' } : { label: 'Queued', color: 'blue' };
}

/** "1.2 s" or "85 ms". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}
