import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  CreateScenarioBody,
  PlanChange,
  PlanLinkColumns,
  PlanLinks,
  PlanTaskColumns,
  PlanTasks,
  RenameScenarioBody,
  Scenario,
  ScenarioImpact,
  ScenarioList,
  ScenarioOpsBody,
  ScenarioVersionBody,
  ScheduleDocument,
} from '../../contracts/index.js';
import { applyScenario } from '../../services/plan/scenario-apply.js';
import * as scenarios from '../../services/plan/scenario-service.js';
import {
  getScenarioImpact,
  getScenarioLinks,
  getScenarioSchedule,
  getScenarioTasks,
} from '../../services/plan/scenario-view.js';
import { caller, versionedWrite, write } from '../call.js';
import { ERRORS, IdParam, IfMatchHeader, indexedPaths, jsonBody, ok, router } from '../openapi.js';

const ScenarioParams = IdParam.extend({ sid: z.uuid({ message: 'must be a UUID' }) });
const TaskListQuery = z.object({ format: z.enum(['json', 'columns']).optional() });

/** /api/projects/{id}/scenarios: the caller's private what-if branches of the plan. */
export function scenarioRoutes() {
  const app = router();
  const tags = ['Scenarios'];
  const one = '/projects/{id}/scenarios/{sid}';

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/scenarios',
      tags,
      summary: "The caller's own scenarios of the project",
      request: { params: IdParam },
      responses: { 200: ok(ScenarioList), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await scenarios.listScenarios(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{id}/scenarios',
      tags,
      summary: 'Open a scenario on the live plan (needs the right to edit the plan)',
      request: { params: IdParam, ...jsonBody(CreateScenarioBody) },
      responses: { 201: ok(Scenario, 'Opened'), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await scenarios.createScenario(ctx, actor, c.req.valid('param').id, c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: one,
      tags,
      summary: 'One of the caller’s scenarios',
      request: { params: ScenarioParams },
      responses: { 200: ok(Scenario), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      const { id, sid } = c.req.valid('param');
      return c.json(await scenarios.getScenario(ctx, actor, id, sid), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: one,
      tags,
      summary: 'Rename a scenario',
      request: { params: ScenarioParams, headers: IfMatchHeader, ...jsonBody(RenameScenarioBody) },
      responses: { 200: ok(Scenario), ...ERRORS },
    }),
    async (c) => {
      const { id, sid } = c.req.valid('param');
      return c.json(
        await scenarios.renameScenario(versionedWrite(c, c.req.valid('json')), id, sid, c.req.valid('json')),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: one,
      tags,
      summary: 'Discard a scenario (the live plan is untouched)',
      request: { params: ScenarioParams, headers: IfMatchHeader },
      responses: { 204: { description: 'Discarded' }, ...ERRORS },
    }),
    async (c) => {
      const { id, sid } = c.req.valid('param');
      await scenarios.discardScenario(write(c), id, sid);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${one}/ops`,
      tags,
      summary: 'Add an edit (plan ops, all or none; 400 names the op and field) to a scenario',
      request: { params: ScenarioParams, headers: IfMatchHeader, ...jsonBody(ScenarioOpsBody) },
      responses: { 200: ok(Scenario, 'The scenario with the new step'), ...ERRORS },
    }),
    async (c) => {
      const { id, sid } = c.req.valid('param');
      return c.json(
        await scenarios.addScenarioOps(versionedWrite(c, c.req.valid('json')), id, sid, c.req.valid('json')),
        200,
      );
    },
    indexedPaths,
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${one}/undo`,
      tags,
      summary: "Take back the scenario's last edit",
      request: { params: ScenarioParams, headers: IfMatchHeader, ...jsonBody(ScenarioVersionBody) },
      responses: { 200: ok(Scenario), ...ERRORS },
    }),
    async (c) => {
      const { id, sid } = c.req.valid('param');
      return c.json(await scenarios.undoScenarioStep(versionedWrite(c, c.req.valid('json')), id, sid), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${one}/schedule`,
      tags,
      summary: 'The scenario’s schedule: the live plan with its edits, rescheduled (shape of GET /schedule)',
      request: { params: ScenarioParams },
      responses: { 200: ok(ScheduleDocument), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      const { id, sid } = c.req.valid('param');
      return c.json(await getScenarioSchedule(ctx, actor, id, sid), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${one}/tasks`,
      tags,
      summary: 'The scenario’s tasks (shape of GET /tasks; the plan view opens a scenario with them)',
      description: 'With `format=columns`, one array per field (PlanTaskColumns), as GET /tasks.',
      request: { params: ScenarioParams, query: TaskListQuery },
      responses: { 200: ok(z.union([PlanTasks, PlanTaskColumns])), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      const { id, sid } = c.req.valid('param');
      const format = c.req.valid('query').format ?? 'json';
      return c.json(await getScenarioTasks(ctx, actor, id, sid, format), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${one}/links`,
      tags,
      summary: 'The scenario’s links (shape of GET /links)',
      description: 'With `format=columns`, one array per field (PlanLinkColumns), as GET /links.',
      request: { params: ScenarioParams, query: TaskListQuery },
      responses: { 200: ok(z.union([PlanLinks, PlanLinkColumns])), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      const { id, sid } = c.req.valid('param');
      const format = c.req.valid('query').format ?? 'json';
      return c.json(await getScenarioLinks(ctx, actor, id, sid, format), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${one}/impact`,
      tags,
      summary: 'What the scenario changes against the live plan (working minutes; dates as in /schedule)',
      request: { params: ScenarioParams },
      responses: { 200: ok(ScenarioImpact), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      const { id, sid } = c.req.valid('param');
      return c.json(await getScenarioImpact(ctx, actor, id, sid), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${one}/apply`,
      tags,
      summary: 'Apply the scenario to the live plan as one undoable edit (409 names the tasks changed under it)',
      request: { params: ScenarioParams, headers: IfMatchHeader, ...jsonBody(ScenarioVersionBody) },
      responses: { 200: ok(PlanChange, 'The live plan’s change'), ...ERRORS },
    }),
    async (c) => {
      const { id, sid } = c.req.valid('param');
      return c.json(await applyScenario(versionedWrite(c, c.req.valid('json')), id, sid), 200);
    },
  );
  return app;
}
