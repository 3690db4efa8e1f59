import { createRoute } from '@hono/zod-openapi';
import { ClearLevelingBody, LevelBody, LevelJobAccepted, PlanChange } from '../../contracts/index.js';
import { clearLeveling, queueLeveling } from '../../services/leveling/level-queue.js';
import { caller, versionedWrite } from '../call.js';
import { ERRORS, IdParam, IfMatchHeader, jsonBody, ok, router } from '../openapi.js';

/** POST /api/projects/{id}/level (a job) and /level/clear. */
export function levelingRoutes() {
  const app = router();
  const tags = ['Leveling'];
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{id}/level',
      tags,
      summary: 'Level resources: a job whose result is a preview scenario or the leveled plan (needs plan.edit)',
      request: { params: IdParam, ...jsonBody(LevelBody) },
      responses: { 202: ok(LevelJobAccepted, 'Queued: follow the job'), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await queueLeveling(ctx, actor, c.req.valid('param').id, c.req.valid('json')), 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{id}/level/clear',
      tags,
      summary: 'Clear every leveling delay of the plan (one undoable edit)',
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(ClearLevelingBody) },
      responses: { 200: ok(PlanChange, 'The plan’s change'), ...ERRORS },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await clearLeveling(versionedWrite(c, body), c.req.valid('param').id), 200);
    },
  );
  return app;
}
