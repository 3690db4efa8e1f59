import type { ReportSnapshot, StatusReport, StatusReportSummary } from '../../contracts/index.js';
import type { ProjectHealth, Rag } from '../../core/health/model.js';
import { DIMENSIONS, type Dimension } from '../../core/health/model.js';
import type { Actor } from '../../core/permissions.js';
import type { ReportState } from '../../core/reports/report-state.js';
import { statusReportActions } from '../../core/reports/status-report-policy.js';
import type { ProjectView } from '../../store/repos/projects-repo.js';
import type { StatusReportRow } from '../../store/schema.js';
import { projectResource } from '../access.js';

/*
 * Stored report rows as the API shows them. The JSON columns are written only by the services
 * (shapes below), so they are read back without re-validation.
 */

/** A section as stored. */
export interface StoredSection {
  readonly key: string;
  readonly title: string;
  readonly text: string;
}
/** The PM's RAGs as stored, by dimension. */
export type StoredRags = Partial<Record<Dimension, { rag: Rag | null; reason: string | null }>>;
/** A submit as stored. */
export interface StoredSubmission {
  readonly at: string;
  readonly byId: string;
  readonly snapshot: ReportSnapshot;
}
/** A comment as stored. */
export interface StoredComment {
  readonly kind: 'review' | 'return';
  readonly text: string;
  readonly at: string;
  readonly byId: string;
}

export const sectionsOf = (r: StatusReportRow) => JSON.parse(r.sections) as StoredSection[];
export const ragsOf = (r: StatusReportRow) => JSON.parse(r.rags) as StoredRags;
export const snapshotOf = (r: StatusReportRow) => (r.snapshot ? (JSON.parse(r.snapshot) as ReportSnapshot) : null);
export const submissionsOf = (r: StatusReportRow) => JSON.parse(r.submissions) as StoredSubmission[];
export const commentsOf = (r: StatusReportRow) => JSON.parse(r.comments) as StoredComment[];

/** The computed RAG per dimension of a health evaluation (null: not evaluated). */
export function computedRags(h: ProjectHealth | ReportSnapshot['health'] | null): Map<Dimension, Rag> | null {
  return h ? new Map(h.dimensions.map((d) => [d.key, d.computedRag])) : null;
}

/** The worst of the given RAGs, or null when none is given. */
export function overallOf(rags: StoredRags): Rag | null {
  const order: Rag[] = ['red', 'amber', 'green'];
  for (const rag of order) if (Object.values(rags).some((r) => r?.rag === rag)) return rag;
  return null;
}

/** User ids a report names (for one names query). */
export function peopleOfReport(r: StatusReportRow): string[] {
  return [
    r.submitted_by,
    r.reviewed_by,
    ...submissionsOf(r).map((s) => s.byId),
    ...commentsOf(r).map((c) => c.byId),
  ].filter((id): id is string => id !== null);
}

/**
 * One report for `actor`. The computed RAG beside the PM's is the snapshot's once submitted (what
 * the PM was shown), else today's (`live`).
 */
export function toStatusReport(
  actor: Actor,
  project: ProjectView,
  r: StatusReportRow,
  names: ReadonlyMap<string, string>,
  live: ProjectHealth | null,
): StatusReport {
  const person = (id: string | null) => (id ? { id, name: names.get(id) ?? 'Unknown user' } : null);
  const snapshot = snapshotOf(r);
  const computed = computedRags(r.state === 'draft' || r.state === 'returned' ? live : (snapshot?.health ?? null));
  const rags = ragsOf(r);
  return {
    id: r.id,
    projectId: r.project_id,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    dueDate: r.period_end,
    state: r.state as ReportState,
    sections: sectionsOf(r),
    rags: DIMENSIONS.map((dimension) => ({
      dimension,
      rag: rags[dimension]?.rag ?? null,
      computedRag: computed?.get(dimension) ?? null,
      reason: rags[dimension]?.reason ?? null,
    })),
    snapshot,
    submissions: submissionsOf(r).map((s) => ({
      submittedAt: s.at,
      by: person(s.byId) as { id: string; name: string },
      snapshot: s.snapshot,
    })),
    comments: commentsOf(r).map((c) => ({
      kind: c.kind,
      text: c.text,
      at: c.at,
      by: person(c.byId) as { id: string; name: string },
    })),
    submittedAt: r.submitted_at,
    submittedBy: person(r.submitted_by),
    reviewedAt: r.reviewed_at,
    reviewedBy: person(r.reviewed_by),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
    ...statusReportActions(actor, { project: projectResource(actor, project), state: r.state as ReportState }),
  };
}

/** A report in the history list, with its trend figures. */
export function toSummary(r: StatusReportRow): StatusReportSummary {
  const rags = ragsOf(r);
  const snapshot = snapshotOf(r);
  return {
    id: r.id,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    dueDate: r.period_end,
    state: r.state as ReportState,
    submittedAt: r.submitted_at,
    forecastFinish: snapshot?.forecastFinish ?? null,
    finishVarianceDays: snapshot?.finishVarianceDays ?? null,
    rags: Object.fromEntries(DIMENSIONS.map((d) => [d, rags[d]?.rag ?? null])),
    overall: overallOf(rags),
  };
}
