import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateWebhookBody, DeliveryState, UpdateWebhookBody } from '../../../src/contracts/index.js';
import { gantry, ok } from './client.js';

/** Every webhook endpoint (admins and the PMO). */
export function useWebhooks() {
  return useQuery({ queryKey: ['webhooks', 'list'], queryFn: () => ok(gantry.GET('/api/webhooks')) });
}

/** One endpoint, refreshed with its deliveries (its failing and disabled states follow them). */
export function useWebhook(id: string) {
  return useQuery({
    queryKey: ['webhooks', 'one', id],
    queryFn: () => ok(gantry.GET('/api/webhooks/{id}', { params: { path: { id } } })),
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
    queryFn: () => ok(gantry.GET('/api/webhooks/{id}/deliveries', { params: { path: { id }, query: params } })),
    placeholderData: keepPreviousData,
    refetchInterval: 3_000,
  });
}

/** One delivery with its attempts and body. */
export function useDelivery(id: string, deliveryId: string | null) {
  return useQuery({
    queryKey: ['webhooks', 'delivery', id, deliveryId],
    queryFn: () =>
      ok(
        gantry.GET('/api/webhooks/{id}/deliveries/{deliveryId}', {
          params: { path: { id, deliveryId: deliveryId ?? '' } },
        }),
      ),
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
    mutationFn: (body: CreateWebhookBody) => ok(gantry.POST('/api/webhooks', { body })),
    onSuccess: written,
  });
}

/** Changes an endpoint (or enables / disables it). */
export function useUpdateWebhook() {
  const written = useWebhookWrites();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateWebhookBody & { id: string }) =>
      ok(gantry.PATCH('/api/webhooks/{id}', { params: { path: { id } }, body })),
    onSuccess: written,
  });
}

/** Deletes an endpoint. */
export function useDeleteWebhook() {
  const written = useWebhookWrites();
  return useMutation({
    mutationFn: (id: string) => ok(gantry.DELETE('/api/webhooks/{id}', { params: { path: { id } } })),
    onSuccess: written,
  });
}

/** Queues a test event for one endpoint. */
export function useSendTestEvent() {
  const written = useWebhookWrites();
  return useMutation({
    mutationFn: (id: string) => ok(gantry.POST('/api/webhooks/{id}/test', { params: { path: { id } } })),
    onSuccess: written,
  });
}

/** Sends a delivery again. */
export function useResendDelivery() {
  const written = useWebhookWrites();
  return useMutation({
    mutationFn: ({ id, deliveryId }: { id: string; deliveryId: string }) =>
      ok(gantry.POST('/api/webhooks/{id}/deliveries/{deliveryId}/resend', { params: { path: { id, deliveryId } } })),
    onSuccess: written,
  });
}
