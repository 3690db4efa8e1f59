import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  ClosePeriodsAccepted,
  ClosePeriodsBody,
  CostCategory,
  CostCategoryId,
  CostCategoryList,
  CreateCostCategoryBody,
  CreateExpenseBody,
  DecideExpenseBody,
  EarnedValueQuery,
  EarnedValueReport,
  EarnedValueTrend,
  Expense,
  ExpenseList,
  StatusPeriodList,
  StatusPeriodQuery,
  StatusPeriodSettingsBody,
  UpdateCostCategoryBody,
} from '../../contracts/index.js';
import * as categories from '../../services/money/cost-categories.js';
import { projectEarnedValue } from '../../services/money/earned-value-service.js';
import * as expenses from '../../services/money/expense-service.js';
import { earnedValueTrend, listPeriods, queueClose, updateCadence } from '../../services/money/status-periods.js';
import { caller, versionedWrite, write } from '../call.js';
import { ERRORS, IdParam, IfMatchHeader, jsonBody, ok, router } from '../openapi.js';

const ExpenseParams = IdParam.extend({ expenseId: z.uuid({ message: 'must be a UUID' }) });
const CategoryParams = z.object({ id: CostCategoryId });
const tags = ['Money'];

/** Cost categories, a project's expenses, and its earned value. */
export function moneyRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/cost-categories',
      tags,
      summary: "The PMO's cost categories, in order (inactive ones included)",
      responses: { 200: ok(CostCategoryList), ...ERRORS },
    }),
    async (c) => c.json(await categories.costCategories(caller(c).ctx), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/cost-categories',
      tags,
      summary: 'Add a cost category, last in the list (the PMO)',
      request: jsonBody(CreateCostCategoryBody),
      responses: { 201: ok(CostCategory, 'Created'), ...ERRORS },
    }),
    async (c) => c.json(await categories.createCostCategory(write(c), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/cost-categories/{id}',
      tags,
      summary: 'Rename, move, deactivate or reactivate a cost category (the PMO)',
      request: { params: CategoryParams, headers: IfMatchHeader, ...jsonBody(UpdateCostCategoryBody) },
      responses: { 200: ok(CostCategory), ...ERRORS },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await categories.updateCostCategory(versionedWrite(c, body), c.req.valid('param').id, body), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/cost-categories/{id}',
      tags,
      summary: 'Delete a cost category nothing uses (one in use is deactivated instead: 409) (the PMO)',
      request: { params: CategoryParams, headers: IfMatchHeader },
      responses: { 204: { description: 'Deleted' }, ...ERRORS },
    }),
    async (c) => {
      await categories.deleteCostCategory(write(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/expenses',
      tags,
      summary: "The project's expenses, newest first (a team member sees their own)",
      request: { params: IdParam },
      responses: { 200: ok(ExpenseList), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await expenses.listExpenses(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{id}/expenses',
      tags,
      summary: "Record an expense (approved at once when the project's manager or the PMO enters it)",
      request: { params: IdParam, ...jsonBody(CreateExpenseBody) },
      responses: { 201: ok(Expense, 'Recorded'), ...ERRORS },
    }),
    async (c) => c.json(await expenses.createExpense(write(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  for (const [verb, decision] of [
    ['approve', 'approved'],
    ['reject', 'rejected'],
  ] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/projects/{id}/expenses/{expenseId}/${verb}`,
        tags,
        summary: `${verb === 'approve' ? 'Approve' : 'Reject'} an expense waiting for approval (the manager or the PMO)`,
        request: { params: ExpenseParams, ...jsonBody(DecideExpenseBody) },
        responses: { 200: ok(Expense), ...ERRORS },
      }),
      async (c) => {
        const { id, expenseId } = c.req.valid('param');
        return c.json(await expenses.decideExpense(write(c), id, expenseId, decision, c.req.valid('json')), 200);
      },
    );
  }
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/projects/{id}/expenses/{expenseId}',
      tags,
      summary: 'Withdraw an expense waiting for approval (its author), or delete one (an approver)',
      request: { params: ExpenseParams },
      responses: { 204: { description: 'Deleted' }, ...ERRORS },
    }),
    async (c) => {
      const { id, expenseId } = c.req.valid('param');
      await expenses.deleteExpense(write(c), id, expenseId);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/earned-value',
      tags,
      summary: 'Earned value and earned schedule at a status date, with the S-curve and each task',
      request: { params: IdParam, query: EarnedValueQuery },
      responses: { 200: ok(EarnedValueReport), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await projectEarnedValue(ctx, actor, c.req.valid('param').id, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/earned-value/trend',
      tags,
      summary: "The project's earned value frozen at each closed status period's end, oldest first",
      request: { params: IdParam },
      responses: { 200: ok(EarnedValueTrend), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await earnedValueTrend(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/status-periods',
      tags,
      summary: 'The status period cadence, what is closed, and the periods around today',
      request: { query: StatusPeriodQuery },
      responses: { 200: ok(StatusPeriodList), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await listPeriods(ctx, actor, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/status-periods/settings',
      tags,
      summary: 'Set the cadence, weekly or monthly (the PMO; only while no period is closed)',
      request: jsonBody(StatusPeriodSettingsBody),
      responses: { 204: { description: 'Saved' }, ...ERRORS },
    }),
    async (c) => {
      await updateCadence(write(c), c.req.valid('json').cadence);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/status-periods/close',
      tags,
      summary:
        "Close every open period through the one ending on `through` (the PMO): a job freezes each project's earned value",
      request: jsonBody(ClosePeriodsBody),
      responses: { 202: ok(ClosePeriodsAccepted, 'Queued'), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await queueClose(ctx, actor, c.req.valid('json').through), 202);
    },
  );
  return app;
}
