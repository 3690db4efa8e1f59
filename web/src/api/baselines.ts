import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Baseline, BaselineComparison, BaselineList, SaveBaselineBody } from '../../../src/contracts/index.js';
import { api } from './client.js';

const keys = {
  list: (projectId: string) => ['plan', projectId, 'baselines'] as const,
  comparison: (projectId: string, baselineId: string) => ['plan', projectId, 'baselines', baselineId] as const,
};

/** The project's saved baselines (Baseline, Baseline 1 … Baseline 10). */
export function useBaselines(projectId: string) {
  return useQuery({
    queryKey: keys.list(projectId),
    queryFn: () => api<BaselineList>('GET', `/projects/${projectId}/baselines`),
  });
}

/** The plan compared with one baseline; idle while no baseline is chosen. */
export function useBaselineComparison(projectId: string, baselineId: string | null, planVersion: number | undefined) {
  return useQuery({
    // The comparison follows the plan: a new plan version asks again, keeping the old bars meanwhile.
    queryKey: [...keys.comparison(projectId, baselineId ?? ''), planVersion],
    queryFn: () => api<BaselineComparison>('GET', `/projects/${projectId}/baselines/${baselineId}/comparison`),
    enabled: baselineId !== null,
    placeholderData: (prev) => prev,
  });
}

/** Saves the current schedule as a baseline (replacing one needs `replace`). */
export function useSaveBaseline(projectId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveBaselineBody) => api<Baseline>('POST', `/projects/${projectId}/baselines`, body),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: keys.list(projectId) }),
        qc.invalidateQueries({ queryKey: ['milestones'] }),
      ]),
  });
}

/** Deletes a baseline. */
export function useDeleteBaseline(projectId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (baselineId: string) => api<void>('DELETE', `/projects/${projectId}/baselines/${baselineId}`),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: keys.list(projectId) }),
        qc.invalidateQueries({ queryKey: ['milestones'] }),
      ]),
  });
}
