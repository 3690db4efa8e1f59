import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, Me } from '../../../src/contracts/index.js';
import { gantry, ok } from './client.js';

/** Query key of the signed-in user; null data means "not signed in". */
export const meKey = ['me'] as const;

/** The signed-in user, or null when there is no session. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    // The session probe answers 200 with null when signed out: /me's 401 would log a console error
    // on every signed-out page load.
    queryFn: async (): Promise<Me | null> => (await ok(gantry.GET('/api/auth/session'))).me,
    staleTime: 60_000,
  });
}

/** The signed-in user; only call below RequireAuth, which guarantees it is loaded. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser called outside RequireAuth');
  return data;
}

/** Signs in and stores the user. */
export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => ok(gantry.POST('/api/auth/login', { body })),
    onSuccess: (me) => {
      // Another user's cached data must never show through after switching accounts.
      qc.clear();
      qc.setQueryData(meKey, me);
    },
  });
}

/** Ends the session and forgets every cached answer. */
export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => ok(gantry.POST('/api/auth/logout')),
    onSettled: () => {
      qc.clear();
      qc.setQueryData(meKey, null);
    },
  });
}
