import ExcelJS from 'exceljs';
import type { StatusSummaryQuery } from '../../contracts/index.js';
import { DIMENSIONS, type Dimension, type Rag } from '../../core/health/model.js';
import { type Actor, isAllowed } from '../../core/permissions.js';
import { listProjects } from '../../store/repos/projects-repo.js';
import * as repo from '../../store/repos/status-reports-repo.js';
import { authorise } from '../access.js';
import type { ServiceContext } from '../context.js';
import { heading, paragraph, renderPdf, table } from './pdf-layout.js';
import { ragsOf, snapshotOf } from './status-report-view.js';

/*
 * The portfolio's status at a glance, from each project's latest report: every project the caller
 * reads (in one portfolio, or all), with that report's period, state, RAG per dimension, forecast
 * finish and finish variance. Exported as PDF and XLSX.
 */

/** One project's line of the summary. */
export interface SummaryRow {
  readonly code: string;
  readonly name: string;
  readonly state: string;
  readonly manager: string;
  readonly periodEnd: string | null;
  readonly reportState: string | null;
  readonly submittedAt: string | null;
  readonly rags: Readonly<Partial<Record<Dimension, Rag | null>>>;
  readonly forecastFinish: string | null;
  readonly finishVarianceDays: number | null;
}

/** The summary's rows, by project code; a fixed number of queries however many projects. */
export async function statusSummary(ctx: ServiceContext, actor: Actor, q: StatusSummaryQuery): Promise<SummaryRow[]> {
  authorise(actor, 'portfolio.read');
  const db = ctx.store.db;
  const { rows: projects } = await listProjects(db, {
    viewerId: actor.userId,
    visibleTo: isAllowed(actor, 'project.read') ? null : actor.userId,
    portfolioId: q.portfolioId,
    sort: 'code',
    limit: 10_000,
    offset: 0,
  });
  const latest = new Map(
    (
      await repo.latestReportsOf(
        db,
        projects.map((p) => p.id),
      )
    ).map((r) => [r.project_id, r]),
  );
  return projects.map((p) => {
    const r = latest.get(p.id);
    const rags = r ? ragsOf(r) : {};
    const snapshot = r ? snapshotOf(r) : null;
    return {
      code: p.code,
      name: p.name,
      state: p.state,
      manager: p.manager_name ?? '',
      periodEnd: r?.period_end ?? null,
      reportState: r?.state ?? null,
      submittedAt: r?.submitted_at ?? null,
      rags: Object.fromEntries(DIMENSIONS.map((d) => [d, rags[d]?.rag ?? null])),
      forecastFinish: snapshot?.forecastFinish ?? null,
      finishVarianceDays: snapshot?.finishVarianceDays ?? null,
    };
  });
}

const dash = (v: string | number | null) => (v === null || v === '' ? '-' : String(v));

/** The summary as an A4 PDF. */
export function statusSummaryPdf(rows: readonly SummaryRow[], title: string): Promise<Buffer> {
  return renderPdf(title, (doc) => {
    heading(doc, title, 18);
    if (rows.length === 0) {
      paragraph(doc, 'No projects to show.', '#777');
      return;
    }
    const dims = DIMENSIONS.map((d) => d.slice(0, 5));
    table(
      doc,
      ['Project', 'Report', ...dims, 'Forecast', 'Var.'],
      rows.map((r) => [
        `${r.code} ${r.name}`,
        r.periodEnd ? `${r.periodEnd} ${r.reportState}` : 'none',
        ...DIMENSIONS.map((d) => ({ rag: r.rags[d] ?? null })),
        dash(r.forecastFinish?.slice(0, 10) ?? null),
        dash(r.finishVarianceDays),
      ]),
      [0.2, 0.14, ...DIMENSIONS.map(() => 0.07), 0.11, 0.06],
    );
  });
}

/** The summary as an XLSX workbook (one sheet, a row per project). */
export async function statusSummaryXlsx(rows: readonly SummaryRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Gantry';
  const sheet = book.addWorksheet('Status summary');
  sheet.columns = [
    { header: 'Code', key: 'code', width: 12 },
    { header: 'Project', key: 'name', width: 32 },
    { header: 'State', key: 'state', width: 12 },
    { header: 'Manager', key: 'manager', width: 20 },
    { header: 'Last report (period end)', key: 'periodEnd', width: 14 },
    { header: 'Report state', key: 'reportState', width: 12 },
    { header: 'Submitted at', key: 'submittedAt', width: 22 },
    ...DIMENSIONS.map((d) => ({ header: d, key: d, width: 10 })),
    { header: 'Forecast finish', key: 'forecastFinish', width: 18 },
    { header: 'Finish variance (working days)', key: 'finishVarianceDays', width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow({ ...r, ...r.rags });
  return Buffer.from(await book.xlsx.writeBuffer());
}
