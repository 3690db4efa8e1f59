import { createRoute } from '@hono/zod-openapi';
import { Health } from '../../contracts/index.js';
import { ok, router } from '../openapi.js';

/** GET /api/health: liveness plus which database answers. */
export function healthRoutes(version: string) {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/health',
      tags: ['System'],
      summary: 'Health check',
      responses: { 200: ok(Health) },
    }),
    async (c) => {
      const { store } = c.var.ctx;
      await store.db.selectFrom('users').select('id').limit(1).execute();
      return c.json({ status: 'ok' as const, db: store.dialect, version }, 200);
    },
  );
  return app;
}
