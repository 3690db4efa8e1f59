import { createRoute } from '@hono/zod-openapi';
import { AssignmentList, MyAssignmentList } from '../../contracts/index.js';
import { listMyAssignments, listProjectAssignments } from '../../services/resources/assignment-read.js';
import { caller } from '../call.js';
import { ERRORS, IdParam, ok, router } from '../openapi.js';

/** Reads of assignments (they are written by plan ops: POST /projects/{id}/plan/ops). */
export function assignmentRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/assignments',
      tags: ['Plan'],
      summary: "The plan's assignments with resource names and staffing history",
      request: { params: IdParam },
      responses: { 200: ok(AssignmentList), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await listProjectAssignments(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/me/assignments',
      tags: ['Resources'],
      summary: 'Your own assignments across the projects you can read',
      responses: { 200: ok(MyAssignmentList), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await listMyAssignments(ctx, actor), 200);
    },
  );
  return app;
}
