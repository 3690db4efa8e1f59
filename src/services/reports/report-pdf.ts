import type { ReportSnapshot, StatusReport } from '../../contracts/index.js';
import type { Actor } from '../../core/permissions.js';
import type { ServiceContext } from '../context.js';
import { facts, heading, paragraph, renderPdf, table } from './pdf-layout.js';
import { getStatusReport, loadReport } from './status-report-service.js';

/** "2026-03-02T17:00" as "2026-03-02 17:00"; null as a dash. */
const when = (d: string | null) => (d ? d.replace('T', ' ').slice(0, 16) : '-');
const days = (n: number | null) => (n === null ? '-' : `${n > 0 ? '+' : ''}${n} working days`);
const pct = (n: number | null) => (n === null ? '-' : `${n}%`);

function snapshotFigures(doc: PDFKit.PDFDocument, s: ReportSnapshot): void {
  heading(doc, 'Plan figures at submission');
  facts(doc, [
    ['Taken', when(s.takenAt)],
    ['Forecast finish', when(s.forecastFinish)],
    ['Baseline finish', when(s.baselineFinish)],
    ['Finish variance', days(s.finishVarianceDays)],
    ['Complete (planned / actual)', `${pct(s.plannedPercentComplete)} / ${pct(s.actualPercentComplete)}`],
  ]);
  if (s.nextMilestones.length > 0) {
    heading(doc, 'Next milestones');
    table(
      doc,
      ['Milestone', 'Forecast', 'Baseline'],
      s.nextMilestones.map((m) => [m.name, when(m.date), when(m.baselineDate)]),
      [0.5, 0.25, 0.25],
    );
  }
  if (s.slippedMilestones.length > 0) {
    heading(doc, 'Slipped milestones');
    table(
      doc,
      ['Milestone', 'Forecast', 'Baseline', 'Slip'],
      s.slippedMilestones.map((m) => [m.name, when(m.date), when(m.baselineDate), `${m.slipDays} d`]),
      [0.4, 0.2, 0.2, 0.2],
    );
  }
  heading(doc, 'Health reasons');
  const reasons =
    s.health?.dimensions.flatMap((d) => d.reasons.map((r) => [d.key, { rag: r.rag }, r.message] as const)) ?? [];
  if (!s.health) paragraph(doc, 'Health was not evaluated when this report was submitted.', '#777');
  else if (reasons.length === 0) paragraph(doc, 'No health rule fired: every dimension was green.', '#777');
  else table(doc, ['Dimension', 'RAG', 'Reason'], reasons, [0.2, 0.15, 0.65]);
}

/** The PDF document of one report (what the web page shows, on A4). */
export function statusReportPdf(report: StatusReport, project: { code: string; name: string }): Promise<Buffer> {
  const title = `Status report ${project.code} ${report.periodStart} to ${report.periodEnd}`;
  return renderPdf(title, (doc) => {
    heading(doc, `${project.code} ${project.name}`, 18);
    paragraph(doc, `Status report for ${report.periodStart} to ${report.periodEnd} (due ${report.dueDate})`);
    facts(doc, [
      ['State', report.state],
      [
        'Submitted',
        report.submittedAt ? `${when(report.submittedAt)} by ${report.submittedBy?.name ?? '-'}` : 'not yet',
      ],
      ['Reviewed', report.reviewedAt ? `${when(report.reviewedAt)} by ${report.reviewedBy?.name ?? '-'}` : 'not yet'],
    ]);
    heading(doc, 'RAG by dimension');
    table(
      doc,
      ['Dimension', 'Reported', 'Computed', 'Reason for a difference'],
      report.rags.map((r) => [r.dimension, { rag: r.rag }, { rag: r.computedRag }, r.reason ?? '']),
      [0.2, 0.15, 0.15, 0.5],
    );
    for (const s of report.sections) {
      heading(doc, s.title);
      paragraph(doc, s.text.trim() || '(nothing written)', s.text.trim() ? '#222' : '#777');
    }
    if (report.snapshot) snapshotFigures(doc, report.snapshot);
    if (report.comments.length > 0) {
      heading(doc, 'Review comments');
      for (const c of report.comments) {
        paragraph(doc, `${c.kind === 'return' ? 'Returned' : 'Reviewed'} by ${c.by.name}, ${when(c.at)}:`, '#555');
        paragraph(doc, c.text);
        doc.moveDown(0.3);
      }
    }
  });
}

/** GET …/status-reports/{reportId}.pdf: the file's bytes and name. */
export async function statusReportPdfFile(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  id: string,
): Promise<{ bytes: Buffer; fileName: string }> {
  const { project } = await loadReport(ctx.store.db, actor, projectId, id);
  const report = await getStatusReport(ctx, actor, projectId, id);
  return {
    bytes: await statusReportPdf(report, project),
    fileName: `${project.code}-status-${report.periodStart}.pdf`,
  };
}
