import { createRoute } from '@hono/zod-openapi';
import { AuditListQuery, AuditPage } from '../../contracts/index.js';
import { listAuditEntries } from '../../services/audit-service.js';
import { caller } from '../call.js';
import { ERRORS, ok, router } from '../openapi.js';

/** GET /api/audit (admin, PMO). */
export function auditRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/audit',
      tags: ['Audit'],
      summary: 'Audit log, newest first',
      request: { query: AuditListQuery },
      responses: { 200: ok(AuditPage), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await listAuditEntries(ctx, actor, c.req.valid('query')), 200);
    },
  );
  return app;
}
