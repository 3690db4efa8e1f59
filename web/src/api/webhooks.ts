import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreatedWebhook,
  CreateWebhookBody,
  DeliveryState,
  Page,
  UpdateWebhookBody,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookList,
  WebhookTestQueued,
} from '../../../src/contracts/index.js';
import { api, queryString } from './client.js';

/** Every webhook endpoint (admins and the PMO). */
export function useWebhooks() {
  return useQuery({ queryKey: ['webhooks', 'list'], queryFn: () => api<WebhookList>('GET', '/webhooks') });
}

/** One endpoint, refreshed with its deliveries (its failing and disabled states follow them). */
export function useWebhook(id: string) {
  return useQuery({
    queryKey: ['webhooks', 'one', id],
    queryFn: () => api<Webhook>('GET', `/webhooks/${id}`),
    refetchInterval: 3_000,
  });
}

/**
 * A page of an endpoint's deliveries, newest first, refreshed every few seconds: deliveries appear
 * and change state in the background (a test event is fanned out and sent a moment after it is
 * queued), and this page is open only while someone watches them.
 */
export function useDeliveries(id: string, params: { page: number; pageSize: number; state?: DeliveryState }) {
  return useQuery({
    queryKey: ['webhooks', 'deliveries', id, params],
    queryFn: () => api<Page<WebhookDelivery>>('GET', `/webhooks/${id}/deliveries${queryString({ ...params })}`),
    placeholderData: keepPreviousData,
    refetchInterval: 3_000,
  });
}

/** One delivery with its attempts and body. */
export function useDelivery(id: string, deliveryId: string | null) {
  return useQuery({
    queryKey: ['webhooks', 'delivery', id, deliveryId],
    queryFn: () => api<WebhookDeliveryDetail>('GET', `/webhooks/${id}/deliveries/${deliveryId}`),
    enabled: deliveryId !== null,
  });
}

function useWebhookWrites() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['webhooks'] });
    void qc.invalidateQueries({ queryKey: ['audit'] });
  };
}

/** Registers an endpoint; the answer holds its secret, which the server never shows again. */
export function useCreateWebhook() {
  const written = useWebhookWrites();
  return useMutation({
    mutationFn: (body: CreateWebhookBody) => api<CreatedWebhook>('POST', '/webhooks', body),
    onSuccess: written,
  });
}

/** Changes an endpoint (or enables / disables it). */
export function useUpdateWebhook() {
  const written = useWebhookWrites();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateWebhookBody & { id: string }) => api<Webhook>('PATCH', `/webhooks/${id}`, body),
    onSuccess: written,
  });
}

/** Deletes an endpoint. */
export function useDeleteWebhook() {
  const written = useWebhookWrites();
  return useMutation({ mutationFn: (id: string) => api<void>('DELETE', `/webhooks/${id}`), onSuccess: written });
}

/** Queues a test event for one endpoint. */
export function useSendTestEvent() {
  const written = useWebhookWrites();
  return useMutation({
    mutationFn: (id: string) => api<WebhookTestQueued>('POST', `/webhooks/${id}/test`),
    onSuccess: written,
  });
}

/** Sends a delivery again. */
export function useResendDelivery() {
  const written = useWebhookWrites();
  return useMutation({
    mutationFn: ({ id, deliveryId }: { id: string; deliveryId: string }) =>
      api<WebhookDelivery>('POST', `/webhooks/${id}/deliveries/${deliveryId}/resend`),
    onSuccess: written,
  });
}
