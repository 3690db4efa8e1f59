import { createRoute } from '@hono/zod-openapi';
import { ScheduleQualitySchema } from '../../contracts/index.js';
import { projectScheduleQuality } from '../../services/quality/schedule-quality-service.js';
import { caller } from '../call.js';
import { ERRORS, IdParam, ok, router } from '../openapi.js';

/** /api/projects/{id}/schedule-quality: the DCMA 14-point assessment of the project's plan. */
export function scheduleQualityRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/schedule-quality',
      tags: ['Plan'],
      summary: 'DCMA 14-point schedule quality checks of the plan, against its first baseline and status date',
      request: { params: IdParam },
      responses: { 200: ok(ScheduleQualitySchema), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await projectScheduleQuality(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  return app;
}
