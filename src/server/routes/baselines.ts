import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Baseline, BaselineComparison, BaselineList, SaveBaselineBody } from '../../contracts/index.js';
import { compareWithBaseline } from '../../services/plan/baseline-comparison.js';
import * as baselines from '../../services/plan/baseline-service.js';
import { caller, write } from '../call.js';
import { ERRORS, IdParam, jsonBody, ok, router } from '../openapi.js';

const BaselineParams = IdParam.extend({ baselineId: z.uuid({ message: 'must be a UUID' }) });
const tags = ['Baselines'];

/** /api/projects/{id}/baselines: saved copies of the schedule, and the plan compared with one. */
export function baselineRoutes() {
  const app = router();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/baselines',
      tags,
      summary: 'Saved baselines, by number',
      request: { params: IdParam },
      responses: { 200: ok(BaselineList), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await baselines.listBaselines(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{id}/baselines',
      tags,
      summary: 'Save the current schedule as a baseline (the plan version does not change)',
      request: { params: IdParam, ...jsonBody(SaveBaselineBody) },
      responses: { 201: ok(Baseline, 'Saved'), ...ERRORS },
    }),
    async (c) => {
      return c.json(await baselines.saveBaseline(write(c), c.req.valid('param').id, c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/projects/{id}/baselines/{baselineId}',
      tags,
      summary: 'Delete a baseline',
      request: { params: BaselineParams },
      responses: { 204: { description: 'Deleted' }, ...ERRORS },
    }),
    async (c) => {
      const { id, baselineId } = c.req.valid('param');
      await baselines.deleteBaseline(write(c), id, baselineId);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/baselines/{baselineId}/comparison',
      tags,
      summary: 'The plan against a baseline: variances in working minutes per task and for the project',
      request: { params: BaselineParams },
      responses: { 200: ok(BaselineComparison), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      const { id, baselineId } = c.req.valid('param');
      return c.json(await compareWithBaseline(ctx, actor, id, baselineId), 200);
    },
  );
  return app;
}
