import { createRoute } from '@hono/zod-openapi';
import { ExportQuery, ImportForm, ImportJobAccepted, ImportResult } from '../../contracts/index.js';
import { DomainError } from '../../core/errors.js';
import { queueImport } from '../../services/jobs/import-queue.js';
import { exportPlan } from '../../services/plan/plan-export.js';
import { importPlan } from '../../services/plan/plan-import.js';
import { caller } from '../call.js';
import { ERRORS, IdParam, ok, router } from '../openapi.js';

/**
 * Files from this size on (a few thousand tasks: MS Project writes 250-1,400 bytes a task) are
 * imported by a background job, answered 202: parsing and scheduling them would stall every other
 * request for seconds. Smaller ones are imported at once, as before (201).
 */
export const IMPORT_JOB_FROM_BYTES = 1024 * 1024;

/** POST /api/projects/import and GET /api/projects/{id}/export. */
export function planFileRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/import',
      tags: ['Plan'],
      summary: 'Create a project from an MS Project XML or Primavera XER file',
      request: { body: { content: { 'multipart/form-data': { schema: ImportForm } }, required: true } },
      responses: {
        201: ok(ImportResult, 'Created'),
        202: ok(ImportJobAccepted, 'A large file: imported by a background job'),
        ...ERRORS,
      },
    }),
    async (c) => {
      const form = c.req.valid('form');
      const file = form.file;
      if (!(file instanceof File)) {
        throw new DomainError('validation_failed', 'file: attach the plan file as a multipart field named "file"', {
          issues: [{ path: 'file', message: 'is required' }],
        });
      }
      // Its size was capped while it streamed in (GANTRY_IMPORT_MAX_BYTES, server/body-limit.ts).
      const upload = { fileName: file.name, name: form.name, portfolioId: form.portfolioId, managerId: form.managerId };
      const { ctx, actor } = caller(c);
      if (file.size >= IMPORT_JOB_FROM_BYTES) {
        // The bytes as sent: the job's worker decodes them, not this thread.
        const bytes = new Uint8Array(await file.arrayBuffer());
        return c.json({ job: await queueImport(ctx, actor, { ...upload, bytes }) }, 202);
      }
      return c.json(await importPlan(ctx, actor, { ...upload, text: await file.text() }), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/export',
      tags: ['Plan'],
      summary: 'Download the plan as MS Project XML or CSV',
      request: { params: IdParam, query: ExportQuery },
      responses: {
        200: {
          description: 'The file',
          content: { 'application/xml': { schema: { type: 'string' } }, 'text/csv': { schema: { type: 'string' } } },
        },
        ...ERRORS,
      },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      const file = await exportPlan(ctx, actor, c.req.valid('param').id, c.req.valid('query').format);
      return c.body(file.body, 200, {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
      });
    },
  );
  return app;
}
