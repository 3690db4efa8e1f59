import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HealthOverrideInput, HealthRulesUpdate, ProjectHealthView } from '../../../src/contracts/index.js';
import type { Dimension } from '../../../src/core/health/model.js';
import { gantry, ok } from './client.js';

/** Every readable project's health (optionally one portfolio's), for the PMO's dashboard. */
export function usePortfolioHealth(portfolioId?: string | null) {
  const query = { portfolioId: portfolioId ?? undefined };
  return useQuery({
    queryKey: ['health', 'portfolio', query],
    queryFn: () => ok(gantry.GET('/api/portfolio/health', { params: { query } })),
    // Switching portfolio keeps the previous rows on screen until the new ones arrive.
    placeholderData: (previous) => previous,
  });
}

/** One project's health: dimensions, reasons, metrics. */
export function useProjectHealth(id: string) {
  return useQuery({
    queryKey: ['health', 'project', id],
    queryFn: () => ok(gantry.GET('/api/projects/{id}/health', { params: { path: { id } } })),
  });
}

/** A project's health each time it changed, newest first. */
export function useHealthHistory(id: string) {
  return useQuery({
    queryKey: ['health', 'history', id],
    queryFn: () => ok(gantry.GET('/api/projects/{id}/health/history', { params: { path: { id } } })),
  });
}

function useHealthWrites() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['health'] });
    void qc.invalidateQueries({ queryKey: ['audit'] });
  };
}

/** The PM's call on one dimension, with a justification. */
export function useSetHealthOverride(projectId: string) {
  const written = useHealthWrites();
  return useMutation({
    mutationFn: ({ dimension, ...body }: HealthOverrideInput & { dimension: Dimension }) =>
      ok(
        gantry.PUT('/api/projects/{id}/health/overrides/{dimension}', {
          params: { path: { id: projectId, dimension } },
          body,
        }),
      ),
    onSuccess: written,
  });
}

/** Removes the PM's call on one dimension: the computed RAG counts again. */
export function useRemoveHealthOverride(projectId: string) {
  const written = useHealthWrites();
  return useMutation({
    mutationFn: (dimension: Dimension) =>
      ok(
        gantry.DELETE('/api/projects/{id}/health/overrides/{dimension}', {
          params: { path: { id: projectId, dimension } },
        }),
      ),
    onSuccess: written,
  });
}

/** The organisation's health rules, a portfolio's own, and the metrics rules can use. */
export function useHealthRules(portfolioId: string | null) {
  const query = { portfolioId: portfolioId ?? undefined };
  return useQuery({
    queryKey: ['health', 'rules', query],
    queryFn: () => ok(gantry.GET('/api/health-rules', { params: { query } })),
  });
}

/** Replaces the organisation's rule set, or a portfolio's (with the version read). */
export function useSaveHealthRules() {
  const written = useHealthWrites();
  return useMutation({
    mutationFn: (body: HealthRulesUpdate) => ok(gantry.PUT('/api/health-rules', { body })),
    onSuccess: written,
  });
}

/** One dimension of a project's health, as the API answers it. */
export type DimensionHealth = ProjectHealthView['dimensions'][number];
