import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { PutNotificationPreferencesBody, UnreadCount } from '../../../src/contracts/index.js';
import { gantry, ok } from './client.js';

const unreadKey = ['notifications', 'unread'] as const;

/** A page of the caller's notifications, newest first. */
export function useNotifications(params: { page?: number; pageSize?: number; unread?: 'true' }) {
  return useQuery({
    queryKey: ['notifications', 'list', params],
    queryFn: () => ok(gantry.GET('/api/notifications', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

/**
 * The caller's unread count, kept current by the server's event stream (the browser reconnects it
 * by itself after a network blip or a server restart). A change refreshes the lists too.
 */
export function useUnreadCount() {
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: unreadKey,
    queryFn: async () => (await ok(gantry.GET('/api/notifications/unread'))).unread,
  });
  useEffect(() => {
    const source = new EventSource('/api/notifications/events');
    source.addEventListener('unread', (e) => {
      const { unread } = JSON.parse((e as MessageEvent<string>).data) as UnreadCount;
      if (qc.getQueryData(unreadKey) !== unread) {
        qc.setQueryData(unreadKey, unread);
        void qc.invalidateQueries({ queryKey: ['notifications', 'list'] });
      }
    });
    return () => source.close();
  }, [qc]);
  return query;
}

function useNotificationWrites() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: ['notifications'] });
}

/** Marks one notification read. */
export function useMarkRead() {
  const written = useNotificationWrites();
  return useMutation({
    mutationFn: (id: string) => ok(gantry.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: written,
  });
}

/** Marks every notification read. */
export function useMarkAllRead() {
  const written = useNotificationWrites();
  return useMutation({ mutationFn: () => ok(gantry.POST('/api/notifications/read-all')), onSuccess: written });
}

const preferencesKey = ['notifications', 'preferences'] as const;

/** Which kinds of notification the caller receives. */
export function useNotificationPreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: () => ok(gantry.GET('/api/notifications/preferences')),
  });
}

/** Changes the caller's choices; the answer is the whole set. */
export function usePutNotificationPreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PutNotificationPreferencesBody) => ok(gantry.PUT('/api/notifications/preferences', { body })),
    onSuccess: (prefs) => qc.setQueryData(preferencesKey, prefs),
  });
}
