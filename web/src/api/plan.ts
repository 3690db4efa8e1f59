import { type QueryClient, type QueryKey, useQuery } from '@tanstack/react-query';
import {
  type CalendarList,
  type PlanChange,
  type PlanHistory,
  type PlanLinks,
  type PlanOp,
  type PlanStepResult,
  type PlanTaskColumns,
  type PlanTasks,
  planTasksOfColumns,
} from '../../../src/contracts/index.js';
import { applyChangeToLinks, applyChangeToTasks, keepNewest } from '../plan/plan-cache.js';
import { api } from './client.js';

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

/** The query of a plan's tasks (the live plan's, or a scenario's: `path` is where its /tasks is). */
export function planTasksQuery(queryKey: QueryKey, path: string) {
  return {
    queryKey,
    // The compact list: a 100,000-task plan is a fifth of the bytes, and no key is parsed per task.
    queryFn: async () => planTasksOfColumns(await api<PlanTaskColumns>('GET', `${path}/tasks?format=columns`)),
    ...planQuery,
  };
}

/** The query of a plan's links (the live plan's, or a scenario's). */
export function planLinksQuery(queryKey: QueryKey, path: string) {
  return { queryKey, queryFn: () => api<PlanLinks>('GET', `${path}/links`), ...planQuery };
}

/** The plan's tasks in WBS order, with its header. */
export function usePlanTasks(projectId: string) {
  return useQuery(planTasksQuery(planKeys.tasks(projectId), `/projects/${projectId}`));
}

/** The plan's links. */
export function usePlanLinks(projectId: string) {
  return useQuery(planLinksQuery(planKeys.links(projectId), `/projects/${projectId}`));
}

/** The calendars the project's tasks may use (for hours per day and working time). */
export function usePlanCalendars(projectId: string) {
  return useQuery({
    queryKey: planKeys.calendars(projectId),
    queryFn: () => api<CalendarList>('GET', `/projects/${projectId}/calendars`),
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
    queryFn: () => api<PlanHistory>('GET', `/projects/${projectId}/plan/history`),
  };
}

/** Sends one edit: its ops, applied by the server all or none, with the plan version they are based on. */
export function sendPlanOps(
  projectId: string,
  ops: readonly PlanOp[],
  label: string,
  version: number | undefined,
): Promise<PlanChange> {
  return api('POST', `/projects/${projectId}/plan/ops`, { version, label, ops });
}

/** Undoes the user's newest edit, or redoes the one they undid last. */
export function sendPlanStep(projectId: string, which: 'undo' | 'redo', version: number | undefined) {
  return api<PlanStepResult>('POST', `/projects/${projectId}/plan/${which}`, { version });
}

/** Export links: the browser downloads the file the server names. */
export function planExportUrl(projectId: string, format: 'mspdi' | 'csv'): string {
  return `/api/projects/${projectId}/export?format=${format}`;
}
