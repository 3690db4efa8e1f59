import { useQuery } from '@tanstack/react-query';
import { gantry, ok } from './client.js';
import { planKeys } from './plan.js';

/**
 * The plan at a glance for the project page. Keyed under the plan (so a plan reload drops it) and
 * by the project's version, since the charter's dates it is set against live on the project.
 */
export function usePlanSummary(projectId: string, projectVersion: number) {
  return useQuery({
    queryKey: [...planKeys.all(projectId), 'summary', projectVersion],
    queryFn: () => ok(gantry.GET('/api/projects/{id}/plan/summary', { params: { path: { id: projectId } } })),
  });
}
