import { createRoute } from '@hono/zod-openapi';
import { PutReportingBody, ReportingSettings, ReportQueue, StatusSummaryQuery } from '../../contracts/index.js';
import * as settings from '../../services/reports/reporting-settings.js';
import { reviewQueue } from '../../services/reports/status-report-service.js';
import { statusSummary, statusSummaryPdf, statusSummaryXlsx } from '../../services/reports/status-summary.js';
import { caller, write } from '../call.js';
import { ERRORS, IdParam, IfMatchHeader, jsonBody, ok, router } from '../openapi.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Reporting cadence and template (portfolio, project), the PMO's review queue and the portfolio status summary. */
export function reportingRoutes() {
  const app = router();
  const tags = ['Status reports'];
  for (const scope of ['portfolio', 'project'] as const) {
    const path = `/${scope}s/{id}/reporting`;
    app.openapi(
      createRoute({
        method: 'get',
        path,
        tags,
        summary: `The ${scope}'s reporting cadence and template, and what applies`,
        request: { params: IdParam },
        responses: { 200: ok(ReportingSettings), ...ERRORS },
      }),
      async (c) => {
        const { ctx, actor } = caller(c);
        const id = c.req.valid('param').id;
        const get = scope === 'portfolio' ? settings.getPortfolioReporting : settings.getProjectReporting;
        return c.json(await get(ctx, actor, id), 200);
      },
    );
    app.openapi(
      createRoute({
        method: 'put',
        path,
        tags,
        summary: `Set the ${scope}'s reporting cadence and template (PMO)${scope === 'project' ? '; `inherit` follows the portfolio' : ''}`,
        request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(PutReportingBody) },
        responses: { 200: ok(ReportingSettings), ...ERRORS },
      }),
      async (c) => {
        const body = c.req.valid('json');
        const put = scope === 'portfolio' ? settings.putPortfolioReporting : settings.putProjectReporting;
        return c.json(await put(write(c, body), c.req.valid('param').id, body), 200);
      },
    );
  }
  app.openapi(
    createRoute({
      method: 'get',
      path: '/status-reports/queue',
      tags,
      summary: 'Submitted reports awaiting review, of the projects the caller reads (the PMO’s queue)',
      responses: { 200: ok(ReportQueue), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await reviewQueue(ctx, actor), 200);
    },
  );
  for (const format of ['pdf', 'xlsx'] as const) {
    app.openapi(
      createRoute({
        method: 'get',
        path: `/portfolio/status-summary.${format}`,
        tags,
        summary: `Every readable project's latest report (RAG per dimension, forecast finish, variance) as ${format.toUpperCase()}`,
        request: { query: StatusSummaryQuery },
        responses: {
          200: {
            description: 'The file',
            content: {
              [format === 'pdf' ? 'application/pdf' : XLSX]: { schema: { type: 'string', format: 'binary' } },
            },
          },
          ...ERRORS,
        },
      }),
      async (c) => {
        const { ctx, actor } = caller(c);
        const rows = await statusSummary(ctx, actor, c.req.valid('query'));
        const day = ctx.now().toISOString().slice(0, 10);
        const bytes =
          format === 'pdf'
            ? await statusSummaryPdf(rows, `Portfolio status summary ${day}`)
            : await statusSummaryXlsx(rows);
        return c.body(new Uint8Array(bytes), 200, {
          'content-type': format === 'pdf' ? 'application/pdf' : XLSX,
          'content-disposition': `attachment; filename="status-summary-${day}.${format}"`,
        });
      },
    );
  }
  return app;
}
