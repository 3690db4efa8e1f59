import { createRoute } from '@hono/zod-openapi';
import {
  ApproveTimesheetBody,
  ProjectTimesheetList,
  ProjectTimesheetQuery,
  ReturnTimesheetBody,
  SaveTimesheetBody,
  SubmitTimesheetBody,
  TimesheetWeek,
  TimesheetWeekQuery,
  WeekParam,
} from '../../contracts/index.js';
import {
  approveTimesheetLines,
  projectTimesheets,
  returnTimesheetLines,
} from '../../services/money/timesheet-approval.js';
import { currentWeek, myWeek, saveWeek, submitWeek } from '../../services/money/timesheet-service.js';
import { caller, write } from '../call.js';
import { ERRORS, IdParam, jsonBody, ok, router } from '../openapi.js';

const tags = ['Timesheets'];

/** /api/timesheets: the caller's weeks; /api/projects/{id}/timesheets: the manager's approvals. */
export function timesheetRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/timesheets',
      tags,
      summary: 'Your timesheet week (default: this week): lines, tasks you could book on, totals',
      request: { query: TimesheetWeekQuery },
      responses: { 200: ok(TimesheetWeek), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await myWeek(ctx, actor, c.req.valid('query').week ?? currentWeek(ctx.now())), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/timesheets/{week}',
      tags,
      summary: 'Save your editable lines of a week as drafts (version 0 for a new week)',
      request: { params: WeekParam, ...jsonBody(SaveTimesheetBody) },
      responses: { 200: ok(TimesheetWeek), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await saveWeek(ctx, actor, c.req.valid('param').week, c.req.valid('json')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/timesheets/{week}/submit',
      tags,
      summary: "Submit the week's draft and returned lines to each project's manager",
      request: { params: WeekParam, ...jsonBody(SubmitTimesheetBody) },
      responses: { 200: ok(TimesheetWeek), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await submitWeek(ctx, actor, c.req.valid('param').week, c.req.valid('json').version), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/timesheets',
      tags,
      summary: 'Hours booked on the project (default: those waiting for approval)',
      request: { params: IdParam, query: ProjectTimesheetQuery },
      responses: { 200: ok(ProjectTimesheetList), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await projectTimesheets(ctx, actor, c.req.valid('param').id, c.req.valid('query').status), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{id}/timesheets/approve',
      tags,
      summary: 'Approve submitted lines: their hours post to the plan as actual work (remaining re-estimated)',
      request: { params: IdParam, ...jsonBody(ApproveTimesheetBody) },
      responses: { 200: ok(ProjectTimesheetList), ...ERRORS },
    }),
    async (c) => c.json(await approveTimesheetLines(write(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{id}/timesheets/return',
      tags,
      summary: 'Return submitted lines to their people with a comment',
      request: { params: IdParam, ...jsonBody(ReturnTimesheetBody) },
      responses: { 200: ok(ProjectTimesheetList), ...ERRORS },
    }),
    async (c) => c.json(await returnTimesheetLines(write(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return app;
}
