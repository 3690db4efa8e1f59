import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiToken, CreatedToken, CreateTokenBody } from '../../../src/contracts/index.js';
import { api } from './client.js';

const tokensKey = ['tokens'] as const;

/** The caller's personal API tokens. */
export function useTokens() {
  return useQuery({ queryKey: tokensKey, queryFn: () => api<ApiToken[]>('GET', '/me/tokens') });
}

/** Creates a token; the answer holds the secret, which the server never shows again. */
export function useCreateToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTokenBody) => api<CreatedToken>('POST', '/me/tokens', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: tokensKey }),
  });
}

/** Revokes a token at once. */
export function useRevokeToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/me/tokens/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: tokensKey }),
  });
}
