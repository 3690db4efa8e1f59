import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  ApproveBudgetBody,
  BudgetVersion,
  MAX_VERSION,
  PortfolioBudget,
  ProjectBudget,
  ReturnBudgetBody,
  SubmitBudgetBody,
  UpdateBudgetBody,
  UpdatePortfolioBudgetBody,
} from '../../contracts/index.js';
import { approveBudget, returnBudget, submitBudget } from '../../services/money/budget-approval.js';
import { getBudgetVersion, getProjectBudget, updateProjectBudget } from '../../services/money/budget-service.js';
import { getPortfolioBudget, updatePortfolioBudget } from '../../services/money/portfolio-budget-service.js';
import { caller, versionedWrite } from '../call.js';
import { ERRORS, IdParam, IfMatchHeader, jsonBody, ok, router } from '../openapi.js';

const tags = ['Budgets'];
const VersionParams = IdParam.extend({
  n: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .max(MAX_VERSION, 'is too large')
    .meta({ description: 'Version number: 1 is the original' }),
});

/** A project's budget (working budget, approval, versions) and a portfolio's budget. */
export function budgetRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/budget',
      tags,
      summary: 'The working budget with its totals by category and WBS element, and the approved versions',
      request: { params: IdParam },
      responses: { 200: ok(ProjectBudget), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await getProjectBudget(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/projects/{id}/budget',
      tags,
      summary: "Replace the working budget's lines and reserves (the management reserve is the PMO's)",
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(UpdateBudgetBody) },
      responses: { 200: ok(ProjectBudget), ...ERRORS },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await updateProjectBudget(versionedWrite(c, body), c.req.valid('param').id, body), 200);
    },
  );
  const steps = [
    ['submit', SubmitBudgetBody, submitBudget, 'Submit the working budget to the PMO for approval, with a reason'],
    [
      'approve',
      ApproveBudgetBody,
      approveBudget,
      "Approve the submitted budget: the next version, and the charter's budget (the PMO)",
    ],
    ['return', ReturnBudgetBody, returnBudget, 'Return the submitted budget to its manager with a comment (the PMO)'],
  ] as const;
  for (const [step, schema, run, summary] of steps) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/projects/{id}/budget/${step}`,
        tags,
        summary,
        request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(schema) },
        responses: { 200: ok(ProjectBudget), ...ERRORS },
      }),
      async (c) => {
        const body = c.req.valid('json') as never;
        return c.json(await run(versionedWrite(c, body), c.req.valid('param').id, body), 200);
      },
    );
  }
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/budget/versions/{n}',
      tags,
      summary: 'One approved version of the budget, with its lines as approved',
      request: { params: VersionParams },
      responses: { 200: ok(BudgetVersion), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      const { id, n } = c.req.valid('param');
      return c.json(await getBudgetVersion(ctx, actor, id, n), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/portfolios/{id}/budget',
      tags,
      summary: "The portfolio's budget by year and category against its projects' approved budgets (the PMO)",
      request: { params: IdParam },
      responses: { 200: ok(PortfolioBudget), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await getPortfolioBudget(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/portfolios/{id}/budget',
      tags,
      summary: "Replace the portfolio's budget by year and category (the PMO)",
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(UpdatePortfolioBudgetBody) },
      responses: { 200: ok(PortfolioBudget), ...ERRORS },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await updatePortfolioBudget(versionedWrite(c, body), c.req.valid('param').id, body), 200);
    },
  );
  return app;
}
