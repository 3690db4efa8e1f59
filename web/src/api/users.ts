import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody, UpdateUserBody } from '../../../src/contracts/index.js';
import { gantry, ok, type QueryOf } from './client.js';

/** Filters and page of the user list. */
export type UserListParams = Omit<QueryOf<'/api/users'>, 'role'> & { role?: string };

/** One page of users (admin, PMO and project managers may list). */
export function useUsers(params: UserListParams, enabled = true) {
  return useQuery({
    queryKey: ['users', params],
    queryFn: () =>
      // The role comes from a picker of SYSTEM_ROLES; any other is the server's 400 to give.
      ok(gantry.GET('/api/users', { params: { query: params as QueryOf<'/api/users'> } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Active users for pickers (manager, member, actor); one request of up to 200. */
export function useUserOptions(enabled: boolean) {
  const query = useUsers({ active: 'true', pageSize: 200 }, enabled);
  const options = (query.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  return { ...query, options };
}

function useUserWrites() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['users'] });
    void qc.invalidateQueries({ queryKey: ['audit'] });
    void qc.invalidateQueries({ queryKey: ['me'] });
  };
}

/** Creates a user (admin). */
export function useCreateUser() {
  const written = useUserWrites();
  return useMutation({
    mutationFn: (body: CreateUserBody) => ok(gantry.POST('/api/users', { body })),
    onSuccess: written,
  });
}

/** Updates a user (admin), including a password reset. */
export function useUpdateUser() {
  const written = useUserWrites();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateUserBody & { id: string }) =>
      ok(gantry.PATCH('/api/users/{id}', { params: { path: { id } }, body })),
    onSuccess: written,
  });
}
