import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type CreateScenarioBody,
  type PlanLinkColumns,
  type PlanOp,
  planLinksOfColumns,
  type Scenario,
} from '../../../src/contracts/index.js';
import { gantry, ok } from './client.js';
import { planLinksQuery, planTasksQuery } from './plan.js';

/*
 * What-if scenarios: the caller's private branches of a project's plan (src/contracts/scenarios.ts).
 * Every scenario call of the web app is here, so the typed client can replace them in one place.
 * A scenario's `version` guards the scenario itself; its lists carry the live plan's header.
 */

/** Query keys; everything under ['scenarios', projectId] is the caller's scenarios of one project. */
export const scenarioKeys = {
  all: (projectId: string) => ['scenarios', projectId] as const,
  list: (projectId: string) => ['scenarios', projectId, 'list'] as const,
  one: (projectId: string, id: string) => ['scenarios', projectId, id] as const,
  tasks: (projectId: string, id: string) => ['scenarios', projectId, id, 'tasks'] as const,
  links: (projectId: string, id: string) => ['scenarios', projectId, id, 'links'] as const,
  impact: (projectId: string, id: string) => ['scenarios', projectId, id, 'impact'] as const,
};

/** The path parameters of one scenario's routes. */
const one = (projectId: string, id: string) => ({ params: { path: { id: projectId, sid: id } } });

/** The caller's scenarios of the project, by name; idle for people who may not open one. */
export function useScenarios(projectId: string, enabled: boolean) {
  return useQuery({
    queryKey: scenarioKeys.list(projectId),
    queryFn: () => ok(gantry.GET('/api/projects/{id}/scenarios', { params: { path: { id: projectId } } })),
    enabled,
  });
}

/** The query of one scenario (its name, edits and version). */
export function scenarioQuery(projectId: string, id: string) {
  return {
    queryKey: scenarioKeys.one(projectId, id),
    queryFn: () => ok(gantry.GET('/api/projects/{id}/scenarios/{sid}', one(projectId, id))),
  };
}

/** One scenario; idle when none is open. */
export function useScenario(projectId: string, id: string | null) {
  return useQuery({ ...scenarioQuery(projectId, id ?? ''), enabled: id !== null });
}

/** The query of a scenario's tasks, in the shape of the live plan's (GET …/scenarios/{sid}/tasks). */
export const scenarioTasksQuery = (projectId: string, id: string) =>
  planTasksQuery(scenarioKeys.tasks(projectId, id), () =>
    ok(
      gantry.GET('/api/projects/{id}/scenarios/{sid}/tasks', {
        params: { path: { id: projectId, sid: id }, query: { format: 'columns' } },
      }),
    ),
  );

/** The query of a scenario's links. */
export const scenarioLinksQuery = (projectId: string, id: string) =>
  planLinksQuery(scenarioKeys.links(projectId, id), async () =>
    planLinksOfColumns(
      (await ok(
        gantry.GET('/api/projects/{id}/scenarios/{sid}/links', {
          params: { path: { id: projectId, sid: id }, query: { format: 'columns' } },
        }),
      )) as PlanLinkColumns,
    ),
  );

/** What the scenario changes against the live plan as it is now; idle while the panel is closed. */
export function useScenarioImpact(projectId: string, id: string | null, enabled: boolean) {
  return useQuery({
    queryKey: scenarioKeys.impact(projectId, id ?? ''),
    queryFn: () => ok(gantry.GET('/api/projects/{id}/scenarios/{sid}/impact', one(projectId, id ?? ''))),
    enabled: enabled && id !== null,
  });
}

/** Opens a scenario on the live plan as it is now. */
export function useCreateScenario(projectId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateScenarioBody) =>
      ok(gantry.POST('/api/projects/{id}/scenarios', { params: { path: { id: projectId } }, body })),
    onSuccess: (s) => {
      qc.setQueryData(scenarioKeys.one(projectId, s.id), s);
      return qc.invalidateQueries({ queryKey: scenarioKeys.list(projectId) });
    },
  });
}

/** Renames a scenario (guarded by its version). */
export function useRenameScenario(projectId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name, version }: { id: string; name: string; version: number }) =>
      ok(gantry.PATCH('/api/projects/{id}/scenarios/{sid}', { ...one(projectId, id), body: { name, version } })),
    onSuccess: (s) => {
      qc.setQueryData(scenarioKeys.one(projectId, s.id), s);
      return qc.invalidateQueries({ queryKey: scenarioKeys.list(projectId) });
    },
  });
}

/** Discards a scenario; the live plan is untouched. */
export function useDiscardScenario(projectId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(gantry.DELETE('/api/projects/{id}/scenarios/{sid}', one(projectId, id))),
    // Its own queries are left to expire: the view may still show it until it has switched away.
    onSuccess: () => qc.invalidateQueries({ queryKey: scenarioKeys.list(projectId) }),
  });
}

/** Adds one edit (its ops, all or none) to a scenario; `version` is the scenario's. */
export function sendScenarioOps(
  projectId: string,
  id: string,
  ops: readonly PlanOp[],
  label: string,
  version: number | undefined,
): Promise<Scenario> {
  return ok(
    gantry.POST('/api/projects/{id}/scenarios/{sid}/ops', {
      ...one(projectId, id),
      body: { version, label, ops: [...ops] },
    }),
  );
}

/** Takes back the scenario's last edit (there is no redo). */
export function sendScenarioUndo(projectId: string, id: string, version: number | undefined): Promise<Scenario> {
  return ok(gantry.POST('/api/projects/{id}/scenarios/{sid}/undo', { ...one(projectId, id), body: { version } }));
}

/**
 * Applies the scenario to the live plan as one undoable edit; the scenario is gone afterwards.
 * A 409 `conflict` carries `details.conflicts` (ScenarioConflict[]): what the live plan changed under it.
 */
export function useApplyScenario(projectId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      ok(gantry.POST('/api/projects/{id}/scenarios/{sid}/apply', { ...one(projectId, id), body: { version } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: scenarioKeys.list(projectId) }),
  });
}
