import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody, Page, UpdateUserBody, User } from '../../../src/contracts/index.js';
import { api, queryString } from './client.js';

/** Filters and page of the user list. */
export interface UserListParams {
  q?: string;
  role?: string;
  active?: 'true' | 'false';
  page?: number;
  pageSize?: number;
}

/** One page of users (admin, PMO and project managers may list). */
export function useUsers(params: UserListParams, enabled = true) {
  return useQuery({
    queryKey: ['users', params],
    queryFn: () => api<Page<User>>('GET', `/users${queryString({ ...params })}`),
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
  return useMutation({ mutationFn: (body: CreateUserBody) => api<User>('POST', '/users', body), onSuccess: written });
}

/** Updates a user (admin), including a password reset. */
export function useUpdateUser() {
  const written = useUserWrites();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateUserBody & { id: string }) => api<User>('PATCH', `/users/${id}`, body),
    onSuccess: written,
  });
}
