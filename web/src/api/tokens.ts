import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateTokenBody } from '../../../src/contracts/index.js';
import { gantry, ok } from './client.js';

const tokensKey = ['tokens'] as const;

/** The caller's personal API tokens. */
export function useTokens() {
  return useQuery({ queryKey: tokensKey, queryFn: () => ok(gantry.GET('/api/me/tokens')) });
}

/** Creates a token; the answer holds the secret, which the server never shows again. */
export function useCreateToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTokenBody) => ok(gantry.POST('/api/me/tokens', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: tokensKey }),
  });
}

/** Revokes a token at once. */
export function useRevokeToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(gantry.DELETE('/api/me/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: tokensKey }),
  });
}
