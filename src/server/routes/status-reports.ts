import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  CreateStatusReportBody,
  ReturnStatusReportBody,
  ReviewStatusReportBody,
  StatusReport,
  StatusReportList,
  UpdateStatusReportBody,
} from '../../contracts/index.js';
import { statusReportPdfFile } from '../../services/reports/report-pdf.js';
import * as reports from '../../services/reports/status-report-service.js';
import * as workflow from '../../services/reports/status-report-workflow.js';
import { caller, versionedWrite, write } from '../call.js';
import { ERRORS, IdParam, IfMatchHeader, jsonBody, ok, router } from '../openapi.js';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const ReportParams = IdParam.extend({ reportId: z.uuid({ message: 'must be a UUID' }) });
/** The report read takes `<id>` or `<id>.pdf` (a router parameter cannot end in a literal suffix). */
const ReportFileParams = IdParam.extend({
  reportId: z
    .string()
    .regex(new RegExp(`^${UUID}(\\.pdf)?$`), 'must be a UUID, optionally followed by .pdf')
    .meta({ description: "The report's id; `<id>.pdf` answers its PDF" }),
});

/** /api/projects/{id}/status-reports: history, the report of a period, its workflow and its PDF. */
export function statusReportRoutes() {
  const app = router();
  const tags = ['Status reports'];
  const list = '/projects/{id}/status-reports';
  const one = `${list}/{reportId}`;

  app.openapi(
    createRoute({
      method: 'get',
      path: list,
      tags,
      summary: "The project's status reports, newest period first, with trend figures and what is due",
      request: { params: IdParam },
      responses: { 200: ok(StatusReportList), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await reports.listStatusReports(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: list,
      tags,
      summary: 'Start the report of a period (default: the current one); one per period (409)',
      request: { params: IdParam, ...jsonBody(CreateStatusReportBody) },
      responses: { 201: ok(StatusReport, 'Started'), ...ERRORS },
    }),
    async (c) => c.json(await reports.createStatusReport(write(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: one,
      tags,
      summary: 'One report (JSON), or its PDF when the id ends in .pdf',
      request: { params: ReportFileParams },
      responses: {
        200: {
          description: 'The report',
          content: {
            'application/json': { schema: StatusReport },
            'application/pdf': { schema: { type: 'string', format: 'binary' } },
          },
        },
        ...ERRORS,
      },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      const { id, reportId } = c.req.valid('param');
      if (reportId.endsWith('.pdf')) {
        const file = await statusReportPdfFile(ctx, actor, id, reportId.slice(0, -4));
        return c.body(new Uint8Array(file.bytes), 200, {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="${file.fileName}"`,
        });
      }
      return c.json(await reports.getStatusReport(ctx, actor, id, reportId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: one,
      tags,
      summary: 'Write the narrative and RAGs (draft or returned only; a RAG unlike the computed one needs a reason)',
      request: { params: ReportParams, headers: IfMatchHeader, ...jsonBody(UpdateStatusReportBody) },
      responses: { 200: ok(StatusReport), ...ERRORS },
    }),
    async (c) => {
      const { id, reportId } = c.req.valid('param');
      const body = c.req.valid('json');
      return c.json(await reports.updateStatusReport(versionedWrite(c, body), id, reportId, body), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${one}/submit`,
      tags,
      summary: 'Submit the report: its figures and health are frozen in the snapshot',
      request: { params: ReportParams, headers: IfMatchHeader, ...jsonBody(ReviewStatusReportBody) },
      responses: { 200: ok(StatusReport), ...ERRORS },
    }),
    async (c) => {
      const { id, reportId } = c.req.valid('param');
      return c.json(await workflow.submitStatusReport(versionedWrite(c, c.req.valid('json')), id, reportId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${one}/review`,
      tags,
      summary: 'Mark a submitted report reviewed, with an optional comment (PMO)',
      request: { params: ReportParams, headers: IfMatchHeader, ...jsonBody(ReviewStatusReportBody) },
      responses: { 200: ok(StatusReport), ...ERRORS },
    }),
    async (c) => {
      const { id, reportId } = c.req.valid('param');
      const body = c.req.valid('json');
      return c.json(await workflow.reviewStatusReport(versionedWrite(c, body), id, reportId, body), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${one}/return`,
      tags,
      summary: 'Return a submitted report to its manager with a comment saying what to change (PMO)',
      request: { params: ReportParams, headers: IfMatchHeader, ...jsonBody(ReturnStatusReportBody) },
      responses: { 200: ok(StatusReport), ...ERRORS },
    }),
    async (c) => {
      const { id, reportId } = c.req.valid('param');
      const body = c.req.valid('json');
      return c.json(await workflow.returnStatusReport(versionedWrite(c, body), id, reportId, body), 200);
    },
  );
  return app;
}
