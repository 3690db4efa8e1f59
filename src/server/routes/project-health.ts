import { createRoute } from '@hono/zod-openapi';
import {
  DimensionEnum,
  HealthHistory,
  HealthOverrideInput,
  HealthRulesUpdate,
  HealthRulesView,
  PortfolioHealth,
  PortfolioHealthQuery,
  ProjectHealthSchema,
} from '../../contracts/index.js';
import { clearHealthOverride, setHealthOverride } from '../../services/health/health-override-service.js';
import { getHealthRules, putHealthRules } from '../../services/health/health-rules-service.js';
import { getHealthHistory, getPortfolioHealth, getProjectHealth } from '../../services/health/health-service.js';
import { caller, write } from '../call.js';
import { ERRORS, IdParam, jsonBody, ok, router } from '../openapi.js';

const tags = ['Health'];
const OverrideParams = IdParam.extend({ dimension: DimensionEnum });

/** Project health computed by the PMO's rules: per project, across the portfolio, the rules themselves and the PM's overrides. */
export function projectHealthRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/health',
      tags,
      summary: "A project's health per dimension, with the reasons behind every amber and red",
      request: { params: IdParam },
      responses: { 200: ok(ProjectHealthSchema), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await getProjectHealth(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/health/history',
      tags,
      summary: "A project's health each time it changed, newest first",
      request: { params: IdParam },
      responses: { 200: ok(HealthHistory), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await getHealthHistory(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/projects/{id}/health/overrides/{dimension}',
      tags,
      summary: "The manager's own RAG for a dimension, with a justification (lasts until the next status report)",
      request: { params: OverrideParams, ...jsonBody(HealthOverrideInput) },
      responses: { 200: ok(ProjectHealthSchema), ...ERRORS },
    }),
    async (c) => {
      const { id, dimension } = c.req.valid('param');
      return c.json(await setHealthOverride(write(c), id, dimension, c.req.valid('json')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/projects/{id}/health/overrides/{dimension}',
      tags,
      summary: 'Remove the override: the computed RAG counts again',
      request: { params: OverrideParams },
      responses: { 200: ok(ProjectHealthSchema), ...ERRORS },
    }),
    async (c) => {
      const { id, dimension } = c.req.valid('param');
      return c.json(await clearHealthOverride(write(c), id, dimension), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/portfolio/health',
      tags,
      summary: 'Health of every project the caller may read (optionally of one portfolio), evaluated now',
      request: { query: PortfolioHealthQuery },
      responses: { 200: ok(PortfolioHealth), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await getPortfolioHealth(ctx, actor, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/health-rules',
      tags,
      summary: "The organisation's health rules, a portfolio's own, and the metrics rules can use",
      request: { query: PortfolioHealthQuery },
      responses: { 200: ok(HealthRulesView), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await getHealthRules(ctx, actor, c.req.valid('query').portfolioId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/health-rules',
      tags,
      summary: "Replace the organisation's rules, or a portfolio's (send the version you read; 0 for none yet)",
      request: jsonBody(HealthRulesUpdate),
      responses: { 200: ok(HealthRulesView), ...ERRORS },
    }),
    async (c) => c.json(await putHealthRules(write(c), c.req.valid('json')), 200),
  );
  return app;
}
