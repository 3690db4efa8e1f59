import type {
  CreateStatusReportBody,
  ReportQueue,
  StatusReport,
  StatusReportList,
  UpdateStatusReportBody,
} from '../../contracts/index.js';
import { DomainError, invalidField } from '../../core/errors.js';
import { DIMENSIONS, type Dimension, type Rag } from '../../core/health/model.js';
import { type Actor, isAllowed } from '../../core/permissions.js';
import { policy } from '../../core/policy.js';
import type { ReportState } from '../../core/reports/report-state.js';
import { periodContaining } from '../../core/reports/reporting-cadence.js';
import { reportingStatus } from '../../core/reports/reporting-status.js';
import { statusReportPolicy } from '../../core/reports/status-report-policy.js';
import type { ProjectView } from '../../store/repos/projects-repo.js';
import * as repo from '../../store/repos/status-reports-repo.js';
import type { StatusReportRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { authorise, authoriseOn, projectResource } from '../access.js';
import type { ServiceContext } from '../context.js';
import { projectHealthNow } from '../health/health-service.js';
import { findReadableProject, loadProjectFor } from '../project-service.js';
import { runWrite, type WriteRequest } from '../write-pipeline.js';
import { anchorOf, projectReporting } from './reporting-settings.js';
import {
  computedRags,
  overallOf,
  peopleOfReport,
  ragsOf,
  type StoredRags,
  sectionsOf,
  toStatusReport,
  toSummary,
} from './status-report-view.js';

/*
 * A project's status reports: one per reporting period, written by its manager (or the PMO),
 * readable by everyone who reads the project. The workflow's steps are in status-report-workflow.ts.
 */

/** 404 for a report the caller cannot see (or that is not this project's). */
export function reportNotFound(id: string): DomainError {
  return new DomainError('not_found', `Status report ${id} not found`, { entity: 'status_report', id });
}

/** Loads the project (404 unless readable) and one of its reports. */
export async function loadReport(ex: Executor, actor: Actor, projectId: string, id: string) {
  const project = await findReadableProject(ex, actor, projectId);
  const row = await repo.findReport(ex, projectId, id);
  if (!row) throw reportNotFound(id);
  return { project, row };
}

/** A report as `actor` reads it (names and live computed RAGs loaded). */
export async function reportView(
  ctx: ServiceContext,
  actor: Actor,
  project: ProjectView,
  row: StatusReportRow,
): Promise<StatusReport> {
  const db = ctx.store.db;
  const live = row.state === 'draft' || row.state === 'returned' ? await projectHealthNow(ctx, db, project.id) : null;
  return toStatusReport(actor, project, row, await repo.userNames(db, peopleOfReport(row)), live);
}

/** GET /projects/{id}/status-reports: history with trend figures, and what is due. */
export async function listStatusReports(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
): Promise<StatusReportList> {
  const db = ctx.store.db;
  const project = await loadProjectFor(db, actor, projectId, 'project.read');
  const [rows, eff] = await Promise.all([repo.listReports(db, projectId), projectReporting(db, project)]);
  const status = reportingStatus({
    cadence: eff.cadence,
    anchor: anchorOf(eff, project),
    effectiveFrom: eff.effectiveFrom,
    today: ctx.now().toISOString().slice(0, 10),
    reports: rows.map((r) => ({ id: r.id, periodStart: r.period_start, state: r.state, submittedAt: r.submitted_at })),
  });
  const mayWrite = policy(actor, 'status_report.write', projectResource(actor, project)).allowed;
  return {
    items: rows.map(toSummary),
    cadence: eff.cadence,
    currentPeriod: status.currentPeriod ? { start: status.currentPeriod.start, end: status.currentPeriod.end } : null,
    nextDue: status.nextDue,
    overdueDays: status.overdueDays,
    allowedActions: mayWrite && eff.cadence !== 'none' ? ['status_report.create'] : [],
  };
}

/** GET …/status-reports/{reportId}. */
export async function getStatusReport(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  id: string,
): Promise<StatusReport> {
  const { project, row } = await loadReport(ctx.store.db, actor, projectId, id);
  return reportView(ctx, actor, project, row);
}

/** The PM's RAGs, proposed from the computed ones where known. */
function proposedRags(computed: ReadonlyMap<Dimension, Rag> | null): StoredRags {
  return Object.fromEntries(DIMENSIONS.map((d) => [d, { rag: computed?.get(d) ?? null, reason: null }]));
}

/** POST /projects/{id}/status-reports: the report of the period holding `periodStart` (default today), one per period. */
export async function createStatusReport(
  req: WriteRequest,
  projectId: string,
  body: CreateStatusReportBody,
): Promise<StatusReport> {
  const { ctx, actor } = req;
  // Refuse (404, 403) before health is evaluated: that is the costly part.
  await loadProjectFor(ctx.store.db, actor, projectId, 'status_report.write');
  const health = await projectHealthNow(ctx, ctx.store.db, projectId);
  const row = await runWrite(req, {
    load: (trx) => findReadableProject(trx, actor, projectId),
    authorise: (project) => authorise(actor, 'status_report.write', projectResource(actor, project)),
    async apply(trx, project) {
      const eff = await projectReporting(trx, project);
      if (eff.cadence === 'none') {
        throw invalidField('periodStart', 'this project has no reporting cadence: the PMO sets one first');
      }
      const anchor = anchorOf(eff, project);
      const day = body.periodStart ?? ctx.now().toISOString().slice(0, 10);
      const period = periodContaining(eff.cadence, anchor, day);
      if (!period) throw invalidField('periodStart', `is before the first reporting period, which starts on ${anchor}`);
      const existing = await repo.findReportForPeriod(trx, projectId, period.start);
      if (existing) {
        throw new DomainError('conflict', `A status report for the period from ${period.start} already exists`, {
          reportId: existing.id,
          issues: [{ path: 'periodStart', message: 'this period already has a report' }],
        });
      }
      const now = ctx.now().toISOString();
      const row: StatusReportRow = {
        id: ctx.newId(),
        project_id: projectId,
        period_start: period.start,
        period_end: period.end,
        state: 'draft',
        sections: JSON.stringify(eff.sections.map((s) => ({ key: s.key, title: s.title, text: '' }))),
        rags: JSON.stringify(proposedRags(computedRags(health))),
        snapshot: null,
        submissions: '[]',
        comments: '[]',
        submitted_at: null,
        submitted_by: null,
        reviewed_at: null,
        reviewed_by: null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.insertReport(trx, row);
      return row;
    },
    audit: (_p, row) => ({
      action: 'status_report.create',
      entityType: 'status_report',
      entityId: row.id,
      projectId,
      before: null,
      after: { periodStart: row.period_start, periodEnd: row.period_end },
    }),
  });
  return getStatusReport(ctx, actor, projectId, row.id);
}

/**
 * Checks the PM's RAGs against the computed ones: a RAG that differs needs a reason (400 naming
 * `rags.<i>.reason`, `i` the dimension's index in DIMENSIONS).
 */
export function checkRags(rags: StoredRags, computed: ReadonlyMap<Dimension, Rag> | null): void {
  DIMENSIONS.forEach((d, i) => {
    const given = rags[d];
    const proposed = computed?.get(d);
    if (!given?.rag || !proposed || given.rag === proposed || given.reason) return;
    throw invalidField(`rags.${i}.reason`, `is required: ${d} is ${given.rag} where health computes ${proposed}`);
  });
}

/** The report's RAGs with the body's applied; the body's entries are checked for repeats. */
function mergedRags(before: StoredRags, body: UpdateStatusReportBody['rags']): StoredRags {
  if (!body) return before;
  const seen = new Set<string>();
  const out: StoredRags = { ...before };
  body.forEach((r, i) => {
    if (seen.has(r.dimension)) throw invalidField(`rags.${i}.dimension`, `${r.dimension} is given twice`);
    seen.add(r.dimension);
    out[r.dimension] = { rag: r.rag, reason: r.reason?.trim() ? r.reason.trim() : null };
  });
  return out;
}

/** PATCH …/status-reports/{reportId}: narrative and RAGs, while a draft or returned. */
export async function updateStatusReport(
  req: WriteRequest,
  projectId: string,
  id: string,
  body: UpdateStatusReportBody,
): Promise<StatusReport> {
  const { ctx, actor } = req;
  // Refuse (404, 403, 422) before health is evaluated: that is the costly part.
  const first = await loadReport(ctx.store.db, actor, projectId, id);
  updatePolicy(actor, first);
  const health = body.rags ? await projectHealthNow(ctx, ctx.store.db, projectId) : null;
  await runWrite(req, {
    load: (trx) => loadReport(trx, actor, projectId, id),
    authorise: (loaded) => updatePolicy(actor, loaded),
    version: { entity: 'status report', id, of: ({ row }) => row.version },
    async apply(trx, { row }) {
      const sections = sectionsOf(row);
      body.sections?.forEach((s, i) => {
        const at = sections.findIndex((x) => x.key === s.key);
        if (at < 0) throw invalidField(`sections.${i}.key`, `"${s.key}" is not a section of this report`);
        sections[at] = { ...(sections[at] as (typeof sections)[number]), text: s.text };
      });
      const rags = mergedRags(ragsOf(row), body.rags);
      if (body.rags) checkRags(rags, computedRags(health));
      const patch = {
        sections: JSON.stringify(sections),
        rags: JSON.stringify(rags),
        updated_at: ctx.now().toISOString(),
      };
      if (!(await repo.updateReport(trx, id, row.version, patch))) throw reportChanged(id, row.version);
      return { sections, rags };
    },
    audit: ({ row }, after) => ({
      action: 'status_report.update',
      entityType: 'status_report',
      entityId: id,
      projectId,
      before: { sections: sectionsOf(row), rags: ragsOf(row), overall: overallOf(ragsOf(row)) },
      after: { sections: after.sections, rags: after.rags, overall: overallOf(after.rags) },
    }),
  });
  return getStatusReport(ctx, actor, projectId, id);
}

function updatePolicy(actor: Actor, { project, row }: { project: ProjectView; row: StatusReportRow }): void {
  authoriseOn(
    statusReportPolicy(actor, 'status_report.update', {
      project: projectResource(actor, project),
      state: row.state as ReportState,
    }),
    { action: 'status_report.update' },
  );
}

/** The 409 of a report written by someone else meanwhile. */
export function reportChanged(id: string, version: number): DomainError {
  return new DomainError('version_conflict', `status report ${id} was changed by someone else; reload and try again`, {
    entity: 'status report',
    id,
    currentVersion: version,
  });
}

/** GET /status-reports/queue: submitted reports awaiting review, of projects the caller reads. */
export async function reviewQueue(ctx: ServiceContext, actor: Actor): Promise<ReportQueue> {
  const db = ctx.store.db;
  const rows = await repo.submittedQueue(db, isAllowed(actor, 'project.read') ? null : actor.userId);
  const names = await repo.userNames(
    db,
    rows.map((r) => r.submitted_by).filter((x): x is string => x !== null),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      projectId: r.project_id,
      projectCode: r.project_code,
      projectName: r.project_name,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      submittedAt: r.submitted_at,
      submittedBy: r.submitted_by ? { id: r.submitted_by, name: names.get(r.submitted_by) ?? 'Unknown user' } : null,
      overall: overallOf(ragsOf(r)),
    })),
  };
}
