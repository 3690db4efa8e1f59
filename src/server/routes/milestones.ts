import { createRoute } from '@hono/zod-openapi';
import { MilestoneList, MilestoneQuery } from '../../contracts/index.js';
import { listMilestones } from '../../services/plan/milestone-service.js';
import { caller } from '../call.js';
import { ERRORS, ok, router } from '../openapi.js';

/** /api/milestones: milestones across every project the caller may read. */
export function milestoneRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/milestones',
      tags: ['Portfolios'],
      summary: 'Milestones of every readable project, by date, with their slip against the first baseline',
      request: { query: MilestoneQuery },
      responses: { 200: ok(MilestoneList), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await listMilestones(ctx, actor, c.req.valid('query')), 200);
    },
  );
  return app;
}
