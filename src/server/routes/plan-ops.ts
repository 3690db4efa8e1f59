import { createRoute } from '@hono/zod-openapi';
import { PlanChange, PlanHistory, PlanOpsBody, PlanStepBody, PlanStepResult } from '../../contracts/index.js';
import { applyPlanOps } from '../../services/plan/plan-ops-service.js';
import { getPlanHistory, redoPlanEdit, undoPlanEdit } from '../../services/plan/plan-undo.js';
import { caller, versionedWrite } from '../call.js';
import { ERRORS, IdParam, IfMatchHeader, indexedPaths, jsonBody, ok, router } from '../openapi.js';

/** /api/projects/{id}/plan/ops, /undo, /redo and /history: the plan edited as a list of ops, and each user's undo. */
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
      const options = body.label ? { label: body.label } : {};
      return c.json(await applyPlanOps(versionedWrite(c, body), c.req.valid('param').id, body.ops, options), 200);
    },
    indexedPaths,
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/plan/history',
      tags: tag,
      summary: 'What the caller could undo and redo on this plan',
      request: { params: IdParam },
      responses: { 200: ok(PlanHistory), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await getPlanHistory(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  for (const [verb, run, summary] of [
    ['undo', undoPlanEdit, "Take back the caller's newest edit (409 when someone changed the same things since)"],
    ['redo', redoPlanEdit, "Apply again the caller's most recently undone edit"],
  ] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/projects/{id}/plan/${verb}`,
        tags: tag,
        summary,
        request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(PlanStepBody) },
        responses: { 200: ok(PlanStepResult), ...ERRORS },
      }),
      async (c) => c.json(await run(versionedWrite(c, c.req.valid('json')), c.req.valid('param').id), 200),
    );
  }
  return app;
}
