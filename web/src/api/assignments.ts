import { useQuery } from '@tanstack/react-query';
import type { ResourceKind } from '../../../src/core/resources/model.js';
import { gantry, ok } from './client.js';

/** Cache keys of assignments: a plan's, and the caller's own. */
export const assignmentKeys = {
  project: (projectId: string) => ['assignments', projectId] as const,
  mine: ['assignments', 'mine'] as const,
};

/** A plan's assignments (the live plan's), by task in WBS order. */
export function assignmentsQuery(projectId: string) {
  return {
    queryKey: assignmentKeys.project(projectId),
    queryFn: () => ok(gantry.GET('/api/projects/{id}/assignments', { params: { path: { id: projectId } } })),
  };
}

/** A plan's assignments. */
export function useProjectAssignments(projectId: string) {
  return useQuery(assignmentsQuery(projectId));
}

/** The caller's own assignments across projects ("Your work"). */
export function useMyAssignments() {
  return useQuery({ queryKey: assignmentKeys.mine, queryFn: () => ok(gantry.GET('/api/me/assignments')) });
}

/** Active resources of the pool (of one kind), for pickers: the first 200 by kind and name. */
export function useResourcePool(enabled: boolean, kind?: ResourceKind) {
  return useQuery({
    queryKey: ['resources', 'pool', kind ?? 'all'],
    queryFn: () =>
      ok(gantry.GET('/api/resources', { params: { query: { pageSize: 200, ...(kind ? { kind } : {}) } } })),
    enabled,
    staleTime: 60_000,
  });
}
