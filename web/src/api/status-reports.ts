import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PutReportingBody, StatusReport, UpdateStatusReportBody } from '../../../src/contracts/index.js';
import { gantry, isApiError, ok } from './client.js';

/*
 * Status reports (src/contracts/status-reports.ts): a project's history, one report, its workflow
 * steps and the PMO's review queue. Every report call of the web app is here.
 */

/** Query keys; everything under ['status-reports', projectId] is one project's reports. */
export const reportKeys = {
  all: (projectId: string) => ['status-reports', projectId] as const,
  list: (projectId: string) => ['status-reports', projectId, 'list'] as const,
  one: (projectId: string, id: string) => ['status-reports', projectId, id] as const,
  queue: ['status-reports', 'queue'] as const,
};

/** The project's reports, newest period first, and what is due. */
export function useStatusReports(projectId: string) {
  return useQuery({
    queryKey: reportKeys.list(projectId),
    queryFn: () => ok(gantry.GET('/api/projects/{id}/status-reports', { params: { path: { id: projectId } } })),
  });
}

/** One report; idle when none is chosen. */
export function useStatusReport(projectId: string, id: string | null) {
  return useQuery({
    queryKey: reportKeys.one(projectId, id ?? ''),
    queryFn: () =>
      ok(
        gantry.GET('/api/projects/{id}/status-reports/{reportId}', {
          params: { path: { id: projectId, reportId: id ?? '' } },
        }),
      ) as Promise<StatusReport>,
    enabled: id !== null,
  });
}

/** Submitted reports awaiting review. */
export function useReviewQueue() {
  return useQuery({
    queryKey: reportKeys.queue,
    queryFn: () => ok(gantry.GET('/api/status-reports/queue')),
  });
}

/** Where a report's PDF downloads from (a plain link: the browser saves the file). */
export const reportPdfHref = (projectId: string, id: string) => `/api/projects/${projectId}/status-reports/${id}.pdf`;

function useReportChanged(projectId: string) {
  const qc = useQueryClient();
  return (report: { readonly id: string }) => {
    qc.setQueryData(reportKeys.one(projectId, report.id), report);
    void qc.invalidateQueries({ queryKey: reportKeys.list(projectId) });
    void qc.invalidateQueries({ queryKey: reportKeys.queue });
  };
}

/** Starts the report of the current period. */
export function useCreateReport(projectId: string) {
  const changed = useReportChanged(projectId);
  return useMutation({
    mutationFn: () =>
      ok(gantry.POST('/api/projects/{id}/status-reports', { params: { path: { id: projectId } }, body: {} })),
    onSuccess: changed,
  });
}

/** Saves the narrative and RAGs of a draft or returned report. */
export function useUpdateReport(projectId: string, id: string) {
  const changed = useReportChanged(projectId);
  return useMutation({
    mutationFn: (body: UpdateStatusReportBody) =>
      ok(
        gantry.PATCH('/api/projects/{id}/status-reports/{reportId}', {
          params: { path: { id: projectId, reportId: id } },
          body,
        }),
      ),
    onSuccess: changed,
  });
}

/** A workflow step: submit (no comment), review (optional comment) or return (comment required). */
export function useReportStep(projectId: string, id: string) {
  const changed = useReportChanged(projectId);
  return useMutation({
    mutationFn: ({
      step,
      version,
      comment,
    }: {
      step: 'submit' | 'review' | 'return';
      version: number;
      comment?: string;
    }) => {
      const params = { path: { id: projectId, reportId: id } };
      if (step === 'submit') {
        return ok(gantry.POST('/api/projects/{id}/status-reports/{reportId}/submit', { params, body: { version } }));
      }
      if (step === 'review') {
        return ok(
          gantry.POST('/api/projects/{id}/status-reports/{reportId}/review', {
            params,
            body: { version, ...(comment ? { comment } : {}) },
          }),
        );
      }
      return ok(
        gantry.POST('/api/projects/{id}/status-reports/{reportId}/return', {
          params,
          body: { version, comment: comment ?? '' },
        }),
      );
    },
    onSuccess: changed,
  });
}

/** The project's reporting settings (its own and what applies). */
export function useProjectReporting(projectId: string) {
  return useQuery({
    queryKey: [...reportKeys.all(projectId), 'settings'],
    queryFn: () => ok(gantry.GET('/api/projects/{id}/reporting', { params: { path: { id: projectId } } })),
  });
}

/** A portfolio's reporting settings; idle until `enabled` (a dialog opens). */
export function usePortfolioReporting(portfolioId: string, enabled = true) {
  return useQuery({
    queryKey: ['portfolio-reporting', portfolioId],
    queryFn: () => ok(gantry.GET('/api/portfolios/{id}/reporting', { params: { path: { id: portfolioId } } })),
    enabled,
  });
}

/** Sets a portfolio's or a project's cadence and template (PMO, with `version`). */
export function useSetReporting(scope: 'portfolio' | 'project', id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PutReportingBody) => {
      const params = { path: { id } };
      return ok(
        scope === 'portfolio'
          ? gantry.PUT('/api/portfolios/{id}/reporting', { params, body })
          : gantry.PUT('/api/projects/{id}/reporting', { params, body }),
      );
    },
    onSuccess: (settings) => {
      // A portfolio's settings reach every project that follows them: refresh every report list.
      if (scope === 'portfolio') {
        qc.setQueryData(['portfolio-reporting', id], settings);
        void qc.invalidateQueries({ queryKey: ['status-reports'] });
      } else void qc.invalidateQueries({ queryKey: reportKeys.all(id) });
    },
    onError: (e) => {
      // Stale: the next dialog opened loads what the other writer saved.
      if (isApiError(e, 'version_conflict')) {
        const queryKey = scope === 'portfolio' ? ['portfolio-reporting', id] : [...reportKeys.all(id), 'settings'];
        void qc.invalidateQueries({ queryKey, refetchType: 'none' });
      }
    },
  });
}
