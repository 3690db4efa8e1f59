import { createRoute } from '@hono/zod-openapi';
import { PlanChange, PlanOpsBody } from '../../contracts/index.js';
import { applyPlanOps } from '../../services/plan/plan-ops-service.js';
import { ifMatchVersion, principalOf } from '../auth.js';
import { ERRORS, IdParam, IfMatchHeader, indexedPaths, jsonBody, ok, router } from '../openapi.js';

/** /api/projects/{id}/plan/ops: the plan edited as a list of ops. */
export function planOpsRoutes() {
  const app = router();
  const tag = ['Plan'];

  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{id}/plan/ops',
      tags: tag,
      summary: 'Apply a list of plan ops, all or none (400 names the op and field)',
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(PlanOpsBody) },
      responses: {
        200: ok(PlanChange, 'The new plan version and every task whose fields or dates changed'),
        ...ERRORS,
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const version = { header: ifMatchVersion(c), body: body.version };
      const options = body.label ? { label: body.label } : {};
      return c.json(
        await applyPlanOps(c.var.ctx, principalOf(c).actor, c.req.valid('param').id, version, body.ops, options),
        200,
      );
    },
    indexedPaths,
  );
  return app;
}
