import { useQuery } from '@tanstack/react-query';
import type { PlanSummary } from '../../../src/contracts/index.js';
import { api } from './client.js';
import { planKeys } from './plan.js';

/**
 * The plan at a glance for the project page. Keyed under the plan (so a plan reload drops it) and
 * by the project's version, since the charter's dates it is set against live on the project.
 */
export function usePlanSummary(projectId: string, projectVersion: number) {
  return useQuery({
    queryKey: [...planKeys.all(projectId), 'summary', projectVersion],
    queryFn: () => api<PlanSummary>('GET', `/projects/${projectId}/plan/summary`),
  });
}
