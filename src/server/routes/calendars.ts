import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { CalendarList, CalendarResource, CreateCalendarBody, UpdateCalendarBody } from '../../contracts/index.js';
import * as calendars from '../../services/plan/calendar-service.js';
import { caller, versionedWrite, write } from '../call.js';
import { ERRORS, IdParam, IfMatchHeader, jsonBody, ok, router } from '../openapi.js';

const calendarId = z.uuid({ message: 'must be a UUID' });
const OrgParams = z.object({ calendarId });
const ProjectParams = IdParam.extend({ calendarId });
const tags = ['Calendars'];
const created = { 201: ok(CalendarResource, 'Created'), ...ERRORS };
const updated = { 200: ok(CalendarResource, 'The calendar; plans using it have been rescheduled'), ...ERRORS };
const deleted = { 204: { description: 'Deleted' }, ...ERRORS };

/**
 * /api/calendars (organisation-wide, kept by the PMO) and /api/projects/{id}/calendars (the
 * organisation's plus the project's own, kept by its manager). Both call the same service with
 * the scope: null for the organisation, else the project's id.
 */
export function calendarRoutes() {
  const app = router();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/calendars',
      tags,
      summary: 'Organisation-wide calendars',
      responses: { 200: ok(CalendarList), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await calendars.listCalendars(ctx, actor, null), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/calendars',
      tags,
      summary: 'Add an organisation-wide calendar',
      request: jsonBody(CreateCalendarBody),
      responses: created,
    }),
    async (c) => {
      return c.json(await calendars.createCalendar(write(c), null, c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/calendars/{calendarId}',
      tags,
      summary: 'Change an organisation calendar; every plan using it is rescheduled',
      request: { params: OrgParams, headers: IfMatchHeader, ...jsonBody(UpdateCalendarBody) },
      responses: updated,
    }),
    async (c) => {
      const { calendarId } = c.req.valid('param');
      const body = c.req.valid('json');
      return c.json(await calendars.updateCalendar(versionedWrite(c, body), null, calendarId, body), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/calendars/{calendarId}',
      tags,
      summary: 'Delete an organisation calendar no plan uses',
      request: { params: OrgParams, headers: IfMatchHeader },
      responses: deleted,
    }),
    async (c) => {
      await calendars.deleteCalendar(write(c), null, c.req.valid('param').calendarId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/calendars',
      tags,
      summary: "Calendars a project may use: the organisation's, then its own",
      request: { params: IdParam },
      responses: { 200: ok(CalendarList), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await calendars.listCalendars(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{id}/calendars',
      tags,
      summary: 'Add a calendar of this project',
      request: { params: IdParam, ...jsonBody(CreateCalendarBody) },
      responses: created,
    }),
    async (c) => {
      return c.json(await calendars.createCalendar(write(c), c.req.valid('param').id, c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/projects/{id}/calendars/{calendarId}',
      tags,
      summary: "Change one of the project's calendars; its plan is rescheduled",
      request: { params: ProjectParams, headers: IfMatchHeader, ...jsonBody(UpdateCalendarBody) },
      responses: updated,
    }),
    async (c) => {
      const { id, calendarId } = c.req.valid('param');
      const body = c.req.valid('json');
      return c.json(await calendars.updateCalendar(versionedWrite(c, body), id, calendarId, body), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/projects/{id}/calendars/{calendarId}',
      tags,
      summary: "Delete one of the project's calendars that no task uses",
      request: { params: ProjectParams, headers: IfMatchHeader },
      responses: deleted,
    }),
    async (c) => {
      const { id, calendarId } = c.req.valid('param');
      await calendars.deleteCalendar(write(c), id, calendarId);
      return c.body(null, 204);
    },
  );
  return app;
}
