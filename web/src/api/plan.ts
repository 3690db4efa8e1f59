import { type QueryClient, useQuery } from '@tanstack/react-query';
import type {
  CalendarList,
  PlanChange,
  PlanHeader,
  PlanLinks,
  PlanTasks,
  UpdatePlanSettingsBody,
} from '../../../src/contracts/index.js';
import { applyChangeToLinks, applyChangeToTasks, keepNewest } from '../plan/plan-cache.js';
import type { PlanOp, PlanSnapshot } from '../plan/plan-ops.js';
import { api } from './client.js';

/** Query keys of a project's plan; everything under ['plan', id] is dropped together on a conflict. */
export const planKeys = {
  all: (projectId: string) => ['plan', projectId] as const,
  tasks: (projectId: string) => ['plan', projectId, 'tasks'] as const,
  links: (projectId: string) => ['plan', projectId, 'links'] as const,
  calendars: (projectId: string) => ['plan', projectId, 'calendars'] as const,
};

// A plan can hold 100,000 tasks: compare versions instead of deep-comparing every task, and never
// let a reload that started before a write replace the newer list that write produced.
const planQuery = { staleTime: 60_000, structuralSharing: keepNewest as (a: unknown, b: unknown) => unknown };

/** The plan's tasks in WBS order, with its header. */
export function usePlanTasks(projectId: string) {
  return useQuery({
    queryKey: planKeys.tasks(projectId),
    queryFn: () => api<PlanTasks>('GET', `/projects/${projectId}/tasks`),
    ...planQuery,
  });
}

/** The plan's links. */
export function usePlanLinks(projectId: string) {
  return useQuery({
    queryKey: planKeys.links(projectId),
    queryFn: () => api<PlanLinks>('GET', `/projects/${projectId}/links`),
    ...planQuery,
  });
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

/** The cached plan, for computing undo entries. */
export function cachedPlan(qc: QueryClient, projectId: string): PlanSnapshot {
  return {
    tasks: qc.getQueryData<PlanTasks>(planKeys.tasks(projectId))?.tasks ?? [],
    links: qc.getQueryData<PlanLinks>(planKeys.links(projectId))?.links ?? [],
  };
}

/** Folds a write's answer into both cached lists. */
export function applyPlanChange(qc: QueryClient, projectId: string, change: PlanChange): void {
  qc.setQueryData<PlanTasks>(planKeys.tasks(projectId), (d) => (d ? applyChangeToTasks(d, change) : d));
  qc.setQueryData<PlanLinks>(planKeys.links(projectId), (d) => (d ? applyChangeToLinks(d, change) : d));
  // Milestone dates and slips across the portfolio follow every reschedule.
  void qc.invalidateQueries({ queryKey: ['milestones'] });
}

type Single = Exclude<PlanOp, { kind: 'batch' }>;

/** Sends one (non-batch) operation with the given plan version; answers what changed. */
export function sendPlanOp(projectId: string, op: Single, version: number | undefined): Promise<PlanChange> {
  const base = `/projects/${projectId}`;
  switch (op.kind) {
    case 'updateTasks':
      return api('PATCH', `${base}/tasks`, { version, tasks: op.tasks });
    case 'createTasks':
      return api('POST', `${base}/tasks`, {
        version,
        ...(op.beforeId ? { beforeId: op.beforeId } : {}),
        tasks: op.tasks,
      });
    case 'deleteTasks':
      return api('POST', `${base}/tasks/delete`, { version, taskIds: op.taskIds });
    case 'moveTasks':
      return api('POST', `${base}/tasks/move`, {
        version,
        taskIds: op.taskIds,
        parentId: op.parentId,
        ...(op.beforeId ? { beforeId: op.beforeId } : {}),
      });
    case 'indent':
      return api('POST', `${base}/tasks/indent`, { version, taskIds: op.taskIds });
    case 'outdent':
      return api('POST', `${base}/tasks/outdent`, { version, taskIds: op.taskIds });
    case 'createLinks':
      return api('POST', `${base}/links`, { version, links: op.links });
    case 'updateLink':
      return api('PATCH', `${base}/links/${op.id}`, { version, type: op.type, lagKind: op.lagKind, lag: op.lag });
    case 'deleteLinks':
      return api('POST', `${base}/links/delete`, { version, linkIds: op.linkIds });
  }
}

/** Changes the plan's settings (status date, project start, default calendar). */
export function sendPlanSettings(projectId: string, body: UpdatePlanSettingsBody): Promise<PlanChange | PlanHeader> {
  return api('PATCH', `/projects/${projectId}/schedule`, body);
}

/** Export links: the browser downloads the file the server names. */
export function planExportUrl(projectId: string, format: 'mspdi' | 'csv'): string {
  return `/api/projects/${projectId}/export?format=${format}`;
}
