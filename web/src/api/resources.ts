import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateResourceBody,
  UpdateResourceBody,
  UpdateResourceSettingsBody,
} from '../../../src/contracts/index.js';
import { gantry, ok, type QueryOf } from './client.js';

/*
 * The resource pool: the PMO keeps it, managers read it, everyone else reads their own record (the
 * server filters the list to it).
 */

/** Filters and page of the pool list. */
export type ResourceListParams = QueryOf<'/api/resources'>;

/** One page of the pool, as the caller may read it. */
export function useResources(params: ResourceListParams, enabled = true) {
  return useQuery({
    queryKey: ['resources', params],
    queryFn: () => ok(gantry.GET('/api/resources', { params: { query: params } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

function useResourceWrites() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['resources'] });
    void qc.invalidateQueries({ queryKey: ['audit'] });
  };
}

/** Adds a resource (PMO). */
export function useCreateResource() {
  const written = useResourceWrites();
  return useMutation({
    mutationFn: (body: CreateResourceBody) => ok(gantry.POST('/api/resources', { body })),
    onSuccess: written,
  });
}

/** Changes a resource (PMO); `version` guards against overwriting someone else's change. */
export function useUpdateResource() {
  const written = useResourceWrites();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateResourceBody & { id: string }) =>
      ok(gantry.PATCH('/api/resources/{id}', { params: { path: { id } }, body })),
    onSuccess: written,
  });
}

/** Deletes a resource nothing uses (the server answers 409, saying to deactivate it, otherwise). */
export function useDeleteResource() {
  const written = useResourceWrites();
  return useMutation({
    mutationFn: (id: string) => ok(gantry.DELETE('/api/resources/{id}', { params: { path: { id } } })),
    onSuccess: written,
  });
}

/** The PMO's capacity settings: the weight of each lifecycle state's demand and the staffing look-ahead. */
export function useResourceSettings(enabled = true) {
  return useQuery({
    queryKey: ['resource-settings'],
    queryFn: () => ok(gantry.GET('/api/resource-settings')),
    enabled,
  });
}

/** Changes the capacity settings (PMO); every capacity view counts with the new weights. */
export function useUpdateResourceSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateResourceSettingsBody) => ok(gantry.PUT('/api/resource-settings', { body })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['resource-settings'] });
      void qc.invalidateQueries({ queryKey: ['capacity'] });
      void qc.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
