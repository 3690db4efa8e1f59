import { createRoute } from '@hono/zod-openapi';
import { Resource, ResourceListQuery, ResourcePage } from '../../contracts/index.js';
import * as resources from '../../services/resources/resource-read.js';
import { caller } from '../call.js';
import { ERRORS, IdParam, ok, router } from '../openapi.js';

const tags = ['Resources'];

/** /api/resources: the organisation's resource pool. */
export function resourceRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/resources',
      tags,
      summary: 'The resource pool (PMO and managers); anyone else gets only their own record',
      request: { query: ResourceListQuery },
      responses: { 200: ok(ResourcePage), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await resources.listResources(ctx, actor, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/resources/{id}',
      tags,
      summary: 'One resource (your own record, or any for those who read the pool)',
      request: { params: IdParam },
      responses: { 200: ok(Resource), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await resources.getResource(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  return app;
}
