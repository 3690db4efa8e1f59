import { createRoute } from '@hono/zod-openapi';
import { CapacityCell, CapacityCellQuery, CapacityQuery, CapacityView } from '../../contracts/index.js';
import * as capacity from '../../services/capacity/capacity-service.js';
import { caller } from '../call.js';
import { ERRORS, ok, router } from '../openapi.js';

const tags = ['Capacity'];

/** /api/capacity: capacity against demand across projects (PMO) or for one project's resources (its manager). */
export function capacityRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/capacity',
      tags,
      summary: 'Capacity against demand per resource, role, skill or department and period, with over-allocation',
      request: { query: CapacityQuery },
      responses: { 200: ok(CapacityView), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await capacity.getCapacity(ctx, actor, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/capacity/cell',
      tags,
      summary: 'The tasks and projects behind one row and period of the capacity view',
      request: { query: CapacityCellQuery },
      responses: { 200: ok(CapacityCell), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await capacity.getCapacityCell(ctx, actor, c.req.valid('query')), 200);
    },
  );
  return app;
}
