import type { ReturnStatusReportBody, ReviewStatusReportBody, StatusReport } from '../../contracts/index.js';
import { DIMENSIONS } from '../../core/health/model.js';
import type { ReportState } from '../../core/reports/report-state.js';
import { type StatusReportAction, statusReportPolicy } from '../../core/reports/status-report-policy.js';
import * as repo from '../../store/repos/status-reports-repo.js';
import type { StatusReportRow } from '../../store/schema.js';
import { authoriseOn, projectResource } from '../access.js';
import { projectEvent } from '../events/outbox.js';
import { runWrite, type WriteRequest } from '../write-pipeline.js';
import { takeSnapshot } from './report-snapshot.js';
import { checkRags, getStatusReport, loadReport, reportChanged } from './status-report-service.js';
import { commentsOf, computedRags, overallOf, ragsOf, type StoredRags, submissionsOf } from './status-report-view.js';

/*
 * The workflow's steps: submit (the manager or PMO; freezes the snapshot), review (PMO, optional
 * comment) and return (PMO, mandatory comment; the manager edits and submits again). A submit
 * appends to `submissions`, so a resubmitted report keeps the figures it was first returned with.
 */

type Loaded = Awaited<ReturnType<typeof loadReport>>;

function step(req: WriteRequest, projectId: string, id: string, action: StatusReportAction) {
  return {
    load: (trx: Parameters<typeof loadReport>[0]) => loadReport(trx, req.actor, projectId, id),
    authorise: ({ project, row }: Loaded) =>
      authoriseOn(
        statusReportPolicy(req.actor, action, {
          project: projectResource(req.actor, project),
          state: row.state as ReportState,
        }),
        { action },
      ),
    version: { entity: 'status report', id, of: ({ row }: Loaded) => row.version },
  };
}

function eventData(row: StatusReportRow, state: string, extra: Record<string, unknown> = {}) {
  return { reportId: row.id, periodStart: row.period_start, periodEnd: row.period_end, state, ...extra };
}

/** POST …/submit: freezes the snapshot; a RAG left empty takes the computed one. */
export async function submitStatusReport(req: WriteRequest, projectId: string, id: string): Promise<StatusReport> {
  const { ctx, actor } = req;
  // Read (and so authorised: 404 / 403 / 422) before the plan is measured, so a refused caller costs nothing.
  const first = await loadReport(ctx.store.db, actor, projectId, id);
  step(req, projectId, id, 'status_report.submit').authorise(first);
  const snapshot = await takeSnapshot(ctx, ctx.store.db, first.project);
  await runWrite(req, {
    ...step(req, projectId, id, 'status_report.submit'),
    async apply(trx, { row }) {
      const computed = computedRags(snapshot.health);
      const rags: StoredRags = ragsOf(row);
      for (const d of DIMENSIONS) {
        const given = rags[d];
        if (!given?.rag) rags[d] = { rag: computed?.get(d) ?? null, reason: null };
      }
      checkRags(rags, computed);
      const at = ctx.now().toISOString();
      const submissions = [...submissionsOf(row), { at, byId: actor.userId, snapshot }];
      const patch = {
        state: 'submitted',
        rags: JSON.stringify(rags),
        snapshot: JSON.stringify(snapshot),
        submissions: JSON.stringify(submissions),
        submitted_at: at,
        submitted_by: actor.userId,
        updated_at: at,
      };
      if (!(await repo.updateReport(trx, id, row.version, patch))) throw reportChanged(id, row.version);
      return { rags, at };
    },
    audit: ({ row }, { rags }) => ({
      action: 'status_report.submit',
      entityType: 'status_report',
      entityId: id,
      projectId,
      before: { state: row.state },
      after: { state: 'submitted', overall: overallOf(rags), forecastFinish: snapshot.forecastFinish },
    }),
    events: ({ project, row }, { rags }) => [
      projectEvent(
        'status_report.submitted',
        project,
        eventData(row, 'submitted', { managerId: project.manager_id, overall: overallOf(rags) }),
      ),
    ],
  });
  return getStatusReport(ctx, actor, projectId, id);
}

async function decide(
  req: WriteRequest,
  projectId: string,
  id: string,
  kind: 'review' | 'return',
  comment: string | undefined,
): Promise<StatusReport> {
  const { ctx, actor } = req;
  const state = kind === 'review' ? 'reviewed' : 'returned';
  await runWrite(req, {
    ...step(req, projectId, id, kind === 'review' ? 'status_report.review' : 'status_report.return'),
    async apply(trx, { row }) {
      const at = ctx.now().toISOString();
      const comments = comment
        ? [...commentsOf(row), { kind, text: comment, at, byId: actor.userId }]
        : commentsOf(row);
      const patch = {
        state,
        comments: JSON.stringify(comments),
        reviewed_at: at,
        reviewed_by: actor.userId,
        updated_at: at,
      };
      if (!(await repo.updateReport(trx, id, row.version, patch))) throw reportChanged(id, row.version);
    },
    audit: ({ row }) => ({
      action: kind === 'review' ? 'status_report.review' : 'status_report.return',
      entityType: 'status_report',
      entityId: id,
      projectId,
      before: { state: row.state },
      after: { state, comment: comment ?? null },
    }),
    events: ({ project, row }) => [
      projectEvent(
        kind === 'review' ? 'status_report.reviewed' : 'status_report.returned',
        project,
        eventData(row, state, { managerId: project.manager_id, comment: comment ?? null }),
      ),
    ],
  });
  return getStatusReport(ctx, actor, projectId, id);
}

/** POST …/review (PMO): accepts the report, with an optional comment. */
export function reviewStatusReport(req: WriteRequest, projectId: string, id: string, body: ReviewStatusReportBody) {
  return decide(req, projectId, id, 'review', body.comment || undefined);
}

/** POST …/return (PMO): back to the manager with what to change. */
export function returnStatusReport(req: WriteRequest, projectId: string, id: string, body: ReturnStatusReportBody) {
  return decide(req, projectId, id, 'return', body.comment);
}
