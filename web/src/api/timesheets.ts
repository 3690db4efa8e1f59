import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApproveTimesheetBody,
  ReturnTimesheetBody,
  SaveTimesheetBody,
  TimesheetWeek,
} from '../../../src/contracts/index.js';
import { assignmentKeys } from './assignments.js';
import { gantry, ok } from './client.js';
import { planKeys } from './plan.js';

/** Which of a project's lines to list: those waiting for a decision, or the history. */
export type ProjectTimesheetStatus = 'submitted' | 'approved' | 'returned' | 'all';

const keys = {
  all: ['timesheets'] as const,
  week: (week: string) => ['timesheets', 'mine', week] as const,
  projects: ['timesheets', 'project'] as const,
  projectLines: (projectId: string, status: ProjectTimesheetStatus) =>
    ['timesheets', 'project', projectId, status] as const,
};

/** The caller's week (a Monday): their lines, the tasks they could book on, totals. */
export function useMyWeek(week: string) {
  return useQuery({
    queryKey: keys.week(week),
    queryFn: () => ok(gantry.GET('/api/timesheets', { params: { query: { week } } })),
  });
}

// Each write answers with the whole week: it becomes the cached week, and the editor starts again from it.
function useWeekWrite<T>(week: string, call: (input: T) => Promise<TimesheetWeek>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (saved) => {
      qc.setQueryData(keys.week(week), saved);
      // A project's list shows the lines this changed.
      return qc.invalidateQueries({ queryKey: keys.projects });
    },
  });
}

/** Saves the week's editable lines as drafts. */
export function useSaveWeek(week: string) {
  return useWeekWrite(week, (body: SaveTimesheetBody) =>
    ok(gantry.PUT('/api/timesheets/{week}', { params: { path: { week } }, body })),
  );
}

/** Submits the week's draft and returned lines (of the saved `version`) to their projects' managers. */
export function useSubmitWeek(week: string) {
  return useWeekWrite(week, (version: number) =>
    ok(gantry.POST('/api/timesheets/{week}/submit', { params: { path: { week } }, body: { version } })),
  );
}

/** The project's lines in a status, and whether the caller may decide on them. */
export function useProjectTimesheets(projectId: string, status: ProjectTimesheetStatus) {
  return useQuery({
    queryKey: keys.projectLines(projectId, status),
    queryFn: () =>
      ok(gantry.GET('/api/projects/{id}/timesheets', { params: { path: { id: projectId }, query: { status } } })),
  });
}

// Approving posts hours to the plan and adds actual cost: the plan, its assignments and the money views change too.
function useDecisionWrites(projectId: string) {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: keys.all }),
      qc.invalidateQueries({ queryKey: ['money', projectId] }),
      qc.invalidateQueries({ queryKey: planKeys.all(projectId) }),
      qc.invalidateQueries({ queryKey: assignmentKeys.project(projectId) }),
    ]);
}

/** Approves submitted lines (with the manager's remaining-work estimates, if any). */
export function useApproveLines(projectId: string) {
  const written = useDecisionWrites(projectId);
  return useMutation({
    mutationFn: (body: ApproveTimesheetBody) =>
      ok(gantry.POST('/api/projects/{id}/timesheets/approve', { params: { path: { id: projectId } }, body })),
    onSuccess: written,
  });
}

/** Returns submitted lines to their people with a comment. */
export function useReturnLines(projectId: string) {
  const written = useDecisionWrites(projectId);
  return useMutation({
    mutationFn: (body: ReturnTimesheetBody) =>
      ok(gantry.POST('/api/projects/{id}/timesheets/return', { params: { path: { id: projectId } }, body })),
    onSuccess: written,
  });
}
