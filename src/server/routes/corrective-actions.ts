import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  ActionStepBody,
  CorrectiveAction,
  CorrectiveActionListQuery,
  CorrectiveActionPage,
  CreateCorrectiveActionBody,
  UpdateCorrectiveActionBody,
  VerifyActionBody,
} from '../../contracts/index.js';
import * as actions from '../../services/actions/action-service.js';
import * as steps from '../../services/actions/action-steps.js';
import { caller, versionedWrite, write } from '../call.js';
import { ERRORS, IdParam, IfMatchHeader, jsonBody, ok, router } from '../openapi.js';

const tags = ['Corrective actions'];
const ActionParams = z.object({
  id: z.uuid({ message: 'must be a UUID' }),
  actionId: z.uuid({ message: 'must be a UUID' }),
});
const BASE = '/projects/{id}/corrective-actions';

const STEPS = [
  ['start', 'Start work on an open action (its owner, the manager or the PMO)', ActionStepBody, steps.startAction],
  [
    'done',
    'Mark the action done: its finding is re-evaluated and the action verified at once if it no longer fires; again on a done action to re-check',
    ActionStepBody,
    steps.markActionDone,
  ],
  [
    'verify',
    'The PMO accepts a done action with a reason, even if its finding still fires',
    VerifyActionBody,
    steps.verifyAction,
  ],
  ['cancel', 'Cancel the action (the manager or the PMO)', ActionStepBody, steps.cancelAction],
] as const;

/** /api/projects/{id}/corrective-actions and /api/corrective-actions: actions on findings, verified against them. */
export function correctiveActionRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/corrective-actions',
      tags,
      summary: 'Corrective actions across the projects you can read (mine=1: your own; overdue=1: overdue only)',
      request: { query: CorrectiveActionListQuery },
      responses: { 200: ok(CorrectiveActionPage), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await actions.listActions(ctx, actor, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: BASE,
      tags,
      summary: "A project's corrective actions, by due date",
      request: { params: IdParam, query: CorrectiveActionListQuery },
      responses: { 200: ok(CorrectiveActionPage), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await actions.listProjectActions(ctx, actor, c.req.valid('param').id, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: BASE,
      tags,
      summary: 'Raise a corrective action on a finding; its owner is notified',
      request: { params: IdParam, ...jsonBody(CreateCorrectiveActionBody) },
      responses: { 201: ok(CorrectiveAction, 'Created'), ...ERRORS },
    }),
    async (c) => {
      return c.json(await actions.createAction(write(c), c.req.valid('param').id, c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${BASE}/{actionId}`,
      tags,
      summary: 'One corrective action, with its last re-evaluation and verification',
      request: { params: ActionParams },
      responses: { 200: ok(CorrectiveAction), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      const { id, actionId } = c.req.valid('param');
      return c.json(await actions.getAction(ctx, actor, id, actionId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: `${BASE}/{actionId}`,
      tags,
      summary: "Change an action's title, description, owner, due date or finding",
      request: { params: ActionParams, headers: IfMatchHeader, ...jsonBody(UpdateCorrectiveActionBody) },
      responses: { 200: ok(CorrectiveAction), 422: { description: 'The action is verified or cancelled' }, ...ERRORS },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const { id, actionId } = c.req.valid('param');
      return c.json(await actions.updateAction(versionedWrite(c, body), id, actionId, body), 200);
    },
  );
  for (const [name, summary, schema, run] of STEPS) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `${BASE}/{actionId}/${name}`,
        tags,
        summary,
        request: { params: ActionParams, headers: IfMatchHeader, ...jsonBody(schema) },
        responses: { 200: ok(CorrectiveAction), 422: { description: 'Not possible in its status' }, ...ERRORS },
      }),
      async (c) => {
        const body = c.req.valid('json') as never;
        const { id, actionId } = c.req.valid('param');
        return c.json(await run(versionedWrite(c, body), id, actionId, body), 200);
      },
    );
  }
  return app;
}
