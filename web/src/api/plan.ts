import { type QueryClient, type QueryKey, useQuery } from '@tanstack/react-query';
import {
  type PlanChange,
  type PlanLinkColumns,
  type PlanLinks,
  type PlanOp,
  type PlanTaskColumns,
  type PlanTasks,
  planLinksOfColumns,
  planTasksOfColumns,
} from '../../../src/contracts/index.js';
import { applyChangeToLinks, applyChangeToTasks, keepNewest } from '../plan/plan-cache.js';
import { gantry, ok } from './client.js';

/** Query keys of a project's plan; everything under ['plan', id] is dropped together on a conflict. */
export const planKeys = {
  all: (projectId: string) => ['plan', projectId] as const,
  tasks: (projectId: string) => ['plan', projectId, 'tasks'] as const,
  links: (projectId: string) => ['plan', projectId, 'links'] as const,
  calendars: (projectId: string) => ['plan', projectId, 'calendars'] as const,
  history: (projectId: string) => ['plan', projectId, 'history'] as const,
};

// A plan can hold 100,000 tasks: compare versions instead of deep-comparing every task, and never
// let a reload that started before a write replace the newer list that write produced.
const planQuery = { staleTime: 60_000, structuralSharing: keepNewest as (a: unknown, b: unknown) => unknown };

/** The query of a plan's tasks: the live plan's, or a scenario's (`read` calls its /tasks?format=columns). */
export function planTasksQuery(queryKey: QueryKey, read: () => Promise<unknown>) {
  return {
    queryKey,
    // The compact list: a 100,000-task plan is a fifth of the bytes, and no key is parsed per task.
    // The route answers either shape; format=columns asks for this one.
    queryFn: async () => planTasksOfColumns((await read()) as PlanTaskColumns),
    ...planQuery,
  };
}

/** The query of a plan's links: the live plan's, or a scenario's. */
export function planLinksQuery(queryKey: QueryKey, read: () => Promise<PlanLinks>) {
  return { queryKey, queryFn: read, ...planQuery };
}

/** The live plan's tasks, in columns. */
export const liveTasksQuery = (projectId: string) =>
  planTasksQuery(planKeys.tasks(projectId), () =>
    ok(gantry.GET('/api/projects/{id}/tasks', { params: { path: { id: projectId }, query: { format: 'columns' } } })),
  );

/** The live plan's links, in columns (half the bytes of the JSON list at 100,000 links). */
export const liveLinksQuery = (projectId: string) =>
  planLinksQuery(planKeys.links(projectId), async () =>
    planLinksOfColumns(
      (await ok(
        gantry.GET('/api/projects/{id}/links', { params: { path: { id: projectId }, query: { format: 'columns' } } }),
      )) as PlanLinkColumns,
    ),
  );

/** The plan's tasks in WBS order, with its header. */
export function usePlanTasks(projectId: string) {
  return useQuery(liveTasksQuery(projectId));
}

/** The plan's links. */
export function usePlanLinks(projectId: string) {
  return useQuery(liveLinksQuery(projectId));
}

/** The calendars the project's tasks may use (for hours per day and working time). */
export function usePlanCalendars(projectId: string) {
  return useQuery({
    queryKey: planKeys.calendars(projectId),
    queryFn: () => ok(gantry.GET('/api/projects/{id}/calendars', { params: { path: { id: projectId } } })),
    staleTime: 5 * 60_000,
  });
}

/** The plan version the next write must carry: the newest either list has seen. */
export function currentPlanVersion(qc: QueryClient, projectId: string): number | undefined {
  const t = qc.getQueryData<PlanTasks>(planKeys.tasks(projectId))?.plan.version;
  const l = qc.getQueryData<PlanLinks>(planKeys.links(projectId))?.plan.version;
  if (t === undefined) return l;
  return l === undefined ? t : Math.max(t, l);
}

/** Folds a write's answer into both cached lists. */
export function applyPlanChange(qc: QueryClient, projectId: string, change: PlanChange): void {
  qc.setQueryData<PlanTasks>(planKeys.tasks(projectId), (d) => (d ? applyChangeToTasks(d, change) : d));
  qc.setQueryData<PlanLinks>(planKeys.links(projectId), (d) => (d ? applyChangeToLinks(d, change) : d));
  // Milestone dates and slips across the portfolio follow every reschedule.
  void qc.invalidateQueries({ queryKey: ['milestones'] });
}

/** The query of what the signed-in user could undo and redo on the plan (kept by the server, so it survives a reload). */
export function planHistoryQuery(projectId: string) {
  return {
    queryKey: planKeys.history(projectId),
    queryFn: () => ok(gantry.GET('/api/projects/{id}/plan/history', { params: { path: { id: projectId } } })),
  };
}

/** Sends one edit: its ops, applied by the server all or none, with the plan version they are based on. */
export function sendPlanOps(
  projectId: string,
  ops: readonly PlanOp[],
  label: string,
  version: number | undefined,
): Promise<PlanChange> {
  return ok(
    gantry.POST('/api/projects/{id}/plan/ops', {
      params: { path: { id: projectId } },
      body: { version, label, ops: [...ops] },
    }),
  );
}

/** Undoes the user's newest edit, or redoes the one they undid last. */
export function sendPlanStep(projectId: string, which: 'undo' | 'redo', version: number | undefined) {
  const init = { params: { path: { id: projectId } }, body: { version } };
  return ok(
    which === 'undo'
      ? gantry.POST('/api/projects/{id}/plan/undo', init)
      : gantry.POST('/api/projects/{id}/plan/redo', init),
  );
}

/** Export links: the browser downloads the file the server names. */
export function planExportUrl(projectId: string, format: 'mspdi' | 'csv'): string {
  return `/api/projects/${projectId}/export?format=${format}`;
}
