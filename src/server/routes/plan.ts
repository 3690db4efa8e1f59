import { createRoute } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import { z } from 'zod';
import type {
  PlanChange as PlanChangeType,
  PlanLinkColumns as PlanLinkColumnsType,
  PlanTaskColumns as PlanTaskColumnsType,
} from '../../contracts/index.js';
import {
  CreateLinksBody,
  CreateTasksBody,
  LinkIdsBody,
  MoveTasksBody,
  PlanChange,
  PlanLinkColumns,
  PlanLinks,
  PlanSummary,
  PlanTaskColumns,
  PlanTasks,
  ScheduleDocument,
  TaskIdsBody,
  UpdateLinkBody,
  UpdatePlanSettingsBody,
  UpdateTaskBody,
  UpdateTasksBody,
} from '../../contracts/index.js';
import * as links from '../../services/plan/link-service.js';
import * as plans from '../../services/plan/plan-service.js';
import { planSummary } from '../../services/plan/plan-summary.js';
import * as tasks from '../../services/plan/task-service.js';
import type { WriteRequest } from '../../services/write-pipeline.js';
import { caller, versionedWrite } from '../call.js';
import { ERRORS, IdParam, IfMatchHeader, jsonBody, ok, router } from '../openapi.js';

const TaskParams = IdParam.extend({ taskId: z.uuid({ message: 'must be a UUID' }) });
const LinkParams = IdParam.extend({ linkId: z.uuid({ message: 'must be a UUID' }) });
/** `format=columns` asks the task or link list in columns (contracts/plan-columns.ts). */
const TaskListQuery = z.object({ format: z.enum(['json', 'columns']).optional() });
/** JSON text a service made (columns serialised once per plan version), typed as the body the route documents. */
const jsonText = <T>(c: Context, text: string) =>
  c.body(text, 200, { 'content-type': 'application/json' }) as unknown as TypedResponse<T, 200, 'json'>;
const changed = { 200: ok(PlanChange, 'The new plan version and every task whose fields or dates changed'), ...ERRORS };

/** /api/projects/{id}/tasks, /links and /schedule: the plan, rescheduled on every write. */
export function planRoutes() {
  const app = router();
  const tag = ['Plan'];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/tasks',
      tags: tag,
      summary: 'Tasks in WBS order, scheduled',
      description: 'With `format=columns`, one array per field (PlanTaskColumns): a fifth of the size, for big plans.',
      request: { params: IdParam, query: TaskListQuery },
      responses: { 200: ok(z.union([PlanTasks, PlanTaskColumns])), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      const id = c.req.valid('param').id;
      if (c.req.valid('query').format === 'columns') {
        // Already JSON text: its columns are serialised once per plan version.
        return jsonText<PlanTaskColumnsType>(c, await plans.getTaskColumnsText(ctx, actor, id));
      }
      return c.json(await plans.getTasks(ctx, actor, id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{id}/tasks',
      tags: tag,
      summary: 'Insert tasks (and links among them)',
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(CreateTasksBody) },
      responses: changed,
    }),
    async (c) =>
      c.json(
        await tasks.createTasks(versionedWrite(c, c.req.valid('json')), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/projects/{id}/tasks',
      tags: tag,
      summary: 'Edit many tasks (team members: progress on their own tasks)',
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(UpdateTasksBody) },
      responses: changed,
    }),
    async (c) =>
      c.json(
        await tasks.updateTasks(versionedWrite(c, c.req.valid('json')), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/projects/{id}/tasks/{taskId}',
      tags: tag,
      summary: 'Edit one task',
      request: { params: TaskParams, headers: IfMatchHeader, ...jsonBody(UpdateTaskBody) },
      responses: changed,
    }),
    async (c) => {
      const { id, taskId } = c.req.valid('param');
      return c.json(
        await tasks.updateTask(versionedWrite(c, c.req.valid('json')), id, taskId, c.req.valid('json')),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/projects/{id}/tasks/{taskId}',
      tags: tag,
      summary: 'Delete a task with its subtree and links',
      request: { params: TaskParams, headers: IfMatchHeader },
      responses: changed,
    }),
    async (c) => {
      const { id, taskId } = c.req.valid('param');
      return c.json(await tasks.deleteTasks(versionedWrite(c), id, { taskIds: [taskId] }), 200);
    },
  );
  /** One POST /tasks/{verb} route: the body schema and the service that takes it. */
  function bulk<B extends typeof MoveTasksBody | typeof TaskIdsBody>(
    verb: string,
    body: B,
    summary: string,
    run: (req: WriteRequest, projectId: string, body: z.infer<B>) => Promise<PlanChangeType>,
  ) {
    const route = createRoute({
      method: 'post',
      path: `/projects/{id}/tasks/${verb}`,
      tags: tag,
      summary,
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(body) },
      responses: changed,
    });
    app.openapi(route, async (c) => {
      const body = c.req.valid('json') as z.infer<B>;
      return c.json(await run(versionedWrite(c, body), c.req.valid('param').id, body), 200);
    });
  }
  bulk('move', MoveTasksBody, 'Move tasks with their subtrees', tasks.moveTasks);
  bulk('indent', TaskIdsBody, 'Indent tasks under their previous sibling', tasks.indentTasks);
  bulk('outdent', TaskIdsBody, 'Outdent tasks (following siblings become their children)', tasks.outdentTasks);
  bulk('delete', TaskIdsBody, 'Delete tasks with their subtrees and links', tasks.deleteTasks);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/links',
      tags: tag,
      summary: 'Links of the plan',
      description: 'With `format=columns`, one array per field (PlanLinkColumns): about half the size, for big plans.',
      request: { params: IdParam, query: TaskListQuery },
      responses: { 200: ok(z.union([PlanLinks, PlanLinkColumns])), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      const id = c.req.valid('param').id;
      if (c.req.valid('query').format === 'columns') {
        return jsonText<PlanLinkColumnsType>(c, await plans.getLinkColumnsText(ctx, actor, id));
      }
      return c.json(await plans.getLinks(ctx, actor, id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{id}/links',
      tags: tag,
      summary: 'Add links',
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(CreateLinksBody) },
      responses: changed,
    }),
    async (c) =>
      c.json(
        await links.createLinks(versionedWrite(c, c.req.valid('json')), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/projects/{id}/links/{linkId}',
      tags: tag,
      summary: "Change a link's type or lag",
      request: { params: LinkParams, headers: IfMatchHeader, ...jsonBody(UpdateLinkBody) },
      responses: changed,
    }),
    async (c) => {
      const { id, linkId } = c.req.valid('param');
      return c.json(
        await links.updateLink(versionedWrite(c, c.req.valid('json')), id, linkId, c.req.valid('json')),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/projects/{id}/links/{linkId}',
      tags: tag,
      summary: 'Delete a link',
      request: { params: LinkParams, headers: IfMatchHeader },
      responses: changed,
    }),
    async (c) => {
      const { id, linkId } = c.req.valid('param');
      return c.json(await links.deleteLinks(versionedWrite(c), id, { linkIds: [linkId] }), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{id}/links/delete',
      tags: tag,
      summary: 'Delete links',
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(LinkIdsBody) },
      responses: changed,
    }),
    async (c) =>
      c.json(
        await links.deleteLinks(versionedWrite(c, c.req.valid('json')), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/schedule',
      tags: tag,
      summary: 'The scheduled plan, as `gantry schedule --json` prints it',
      request: { params: IdParam },
      responses: { 200: ok(ScheduleDocument), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await plans.getSchedule(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/plan/summary',
      tags: tag,
      summary: 'Plan, charter and first-baseline finish side by side, percent complete, next milestones',
      request: { params: IdParam },
      responses: { 200: ok(PlanSummary), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await planSummary(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/projects/{id}/schedule',
      tags: tag,
      summary: 'Project start, status date, default calendar',
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(UpdatePlanSettingsBody) },
      responses: changed,
    }),
    async (c) =>
      c.json(
        await plans.updatePlanSettings(
          versionedWrite(c, c.req.valid('json')),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        200,
      ),
  );
  return app;
}
