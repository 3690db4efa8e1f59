import { createRoute } from '@hono/zod-openapi';
import {
  DeclineResourceRequestBody,
  FulfilResourceRequestBody,
  NewResourceRequest,
  ResourceRequest,
  ResourceRequestList,
  WithdrawResourceRequestBody,
} from '../../contracts/index.js';
import * as requests from '../../services/resources/resource-requests.js';
import { caller, versionedWrite } from '../call.js';
import { ERRORS, IdParam, jsonBody, ok, router } from '../openapi.js';

const tags = ['Resources'];

/** Resource requests: managers ask for resources, the PMO answers. */
export function resourceRequestRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}/resource-requests',
      tags,
      summary: "The project's resource requests, newest first",
      request: { params: IdParam },
      responses: { 200: ok(ResourceRequestList), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await requests.listProjectRequests(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{id}/resource-requests',
      tags,
      summary: 'Request a resource for this project (optionally to staff one assignment)',
      request: { params: IdParam, ...jsonBody(NewResourceRequest) },
      responses: { 201: ok(ResourceRequest, 'The request, open'), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      const body = c.req.valid('json');
      return c.json(
        await requests.createRequest({ ctx, actor, version: undefined }, c.req.valid('param').id, body),
        201,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/resource-requests',
      tags,
      summary: 'Every open resource request across projects (PMO)',
      responses: { 200: ok(ResourceRequestList), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await requests.listOpenRequests(ctx, actor), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/resource-requests/{id}/fulfil',
      tags,
      summary: 'Fulfil a request by naming a person; a request for an assignment staffs it (PMO)',
      request: { params: IdParam, ...jsonBody(FulfilResourceRequestBody) },
      responses: { 200: ok(ResourceRequest), ...ERRORS },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await requests.fulfilRequest(versionedWrite(c, body), c.req.valid('param').id, body), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/resource-requests/{id}/decline',
      tags,
      summary: 'Decline a request with a note (PMO)',
      request: { params: IdParam, ...jsonBody(DeclineResourceRequestBody) },
      responses: { 200: ok(ResourceRequest), ...ERRORS },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await requests.declineRequest(versionedWrite(c, body), c.req.valid('param').id, body), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/resource-requests/{id}/withdraw',
      tags,
      summary: 'Withdraw an open request (who asked, or the project manager)',
      request: { params: IdParam, ...jsonBody(WithdrawResourceRequestBody) },
      responses: { 200: ok(ResourceRequest), ...ERRORS },
    }),
    async (c) =>
      c.json(await requests.withdrawRequest(versionedWrite(c, c.req.valid('json')), c.req.valid('param').id), 200),
  );
  return app;
}
