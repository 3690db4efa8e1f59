import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SaveBaselineBody } from '../../../src/contracts/index.js';
import { gantry, ok } from './client.js';

const keys = {
  list: (projectId: string) => ['plan', projectId, 'baselines'] as const,
  comparison: (projectId: string, baselineId: string) => ['plan', projectId, 'baselines', baselineId] as const,
};

/** The project's saved baselines (Baseline, Baseline 1 … Baseline 10). */
export function useBaselines(projectId: string) {
  return useQuery({
    queryKey: keys.list(projectId),
    queryFn: () => ok(gantry.GET('/api/projects/{id}/baselines', { params: { path: { id: projectId } } })),
  });
}

/** The plan compared with one baseline; idle while no baseline is chosen. */
export function useBaselineComparison(projectId: string, baselineId: string | null, planVersion: number | undefined) {
  return useQuery({
    // The comparison follows the plan: a new plan version asks again, keeping the old bars meanwhile.
    queryKey: [...keys.comparison(projectId, baselineId ?? ''), planVersion],
    queryFn: () =>
      ok(
        gantry.GET('/api/projects/{id}/baselines/{baselineId}/comparison', {
          params: { path: { id: projectId, baselineId: baselineId ?? '' } },
        }),
      ),
    enabled: baselineId !== null,
    placeholderData: (prev) => prev,
  });
}

/** Saves the current schedule as a baseline (replacing one needs `replace`). */
export function useSaveBaseline(projectId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveBaselineBody) =>
      ok(gantry.POST('/api/projects/{id}/baselines', { params: { path: { id: projectId } }, body })),
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
    mutationFn: (baselineId: string) =>
      ok(
        gantry.DELETE('/api/projects/{id}/baselines/{baselineId}', { params: { path: { id: projectId, baselineId } } }),
      ),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: keys.list(projectId) }),
        qc.invalidateQueries({ queryKey: ['milestones'] }),
      ]),
  });
}
