import { createRoute } from '@hono/zod-openapi';
import {
  CreatePortfolioBody,
  Portfolio,
  PortfolioListQuery,
  PortfolioPage,
  UpdatePortfolioBody,
} from '../../contracts/index.js';
import * as portfolios from '../../services/portfolio-service.js';
import { caller, versionedWrite, write } from '../call.js';
import { ERRORS, IdParam, IfMatchHeader, jsonBody, ok, router } from '../openapi.js';

/** /api/portfolios. */
export function portfolioRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/portfolios',
      tags: ['Portfolios'],
      summary: 'List portfolios',
      request: { query: PortfolioListQuery },
      responses: { 200: ok(PortfolioPage), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await portfolios.listPortfolioPage(ctx, actor, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/portfolios',
      tags: ['Portfolios'],
      summary: 'Create a portfolio',
      request: jsonBody(CreatePortfolioBody),
      responses: { 201: ok(Portfolio, 'Created'), ...ERRORS },
    }),
    async (c) => {
      return c.json(await portfolios.createPortfolio(write(c), c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/portfolios/{id}',
      tags: ['Portfolios'],
      summary: 'One portfolio',
      request: { params: IdParam },
      responses: { 200: ok(Portfolio), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await portfolios.getPortfolio(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/portfolios/{id}',
      tags: ['Portfolios'],
      summary: 'Update a portfolio',
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(UpdatePortfolioBody) },
      responses: { 200: ok(Portfolio), ...ERRORS },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await portfolios.updatePortfolio(versionedWrite(c, body), c.req.valid('param').id, body), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/portfolios/{id}',
      tags: ['Portfolios'],
      summary: 'Delete an empty portfolio',
      request: { params: IdParam, headers: IfMatchHeader },
      responses: { 204: { description: 'Deleted' }, ...ERRORS },
    }),
    async (c) => {
      await portfolios.deletePortfolio(write(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  return app;
}
