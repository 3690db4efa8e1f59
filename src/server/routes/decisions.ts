import { createRoute } from '@hono/zod-openapi';
import {
  CreateDecisionBody,
  Decision,
  DecisionListQuery,
  DecisionPage,
  PendingDecisionList,
} from '../../contracts/index.js';
import * as decisions from '../../services/decisions/decision-service.js';
import { caller, write } from '../call.js';
import { ERRORS, IdParam, jsonBody, ok, router } from '../openapi.js';

const tags = ['Decisions'];

/** /api/decisions: the decisions log, its CSV, decisions made by hand, and the PMO's pending ones. */
export function decisionRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/decisions',
      tags,
      summary: 'The decisions you can read, newest first (filters: project, portfolio, kind, from/to, text)',
      request: { query: DecisionListQuery },
      responses: { 200: ok(DecisionPage), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await decisions.listDecisions(ctx, actor, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/decisions.csv',
      tags,
      summary: 'The decisions matching the filters as CSV (at most 10,000)',
      request: { query: DecisionListQuery },
      responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      const csv = await decisions.decisionsCsv(ctx, actor, c.req.valid('query'));
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="decisions.csv"',
      });
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/decisions',
      tags,
      summary: 'Record a decision by hand (the PMO; a manager about their own projects)',
      request: jsonBody(CreateDecisionBody),
      responses: { 201: ok(Decision, 'Created'), ...ERRORS },
    }),
    async (c) => {
      return c.json(await decisions.createDecision(write(c), c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/decisions/pending',
      tags,
      summary: "Decisions awaiting the PMO: managers' open requests for approval",
      responses: { 200: ok(PendingDecisionList), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await decisions.pendingDecisions(ctx, actor), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/decisions/{id}',
      tags,
      summary: 'One decision',
      request: { params: IdParam },
      responses: { 200: ok(Decision), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await decisions.getDecision(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  return app;
}
