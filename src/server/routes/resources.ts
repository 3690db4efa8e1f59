import { createRoute } from '@hono/zod-openapi';
import {
  CreateResourceBody,
  Resource,
  ResourceListQuery,
  ResourcePage,
  ResourceSettings,
  UpdateResourceBody,
  UpdateResourceSettingsBody,
} from '../../contracts/index.js';
import * as resources from '../../services/resources/resource-read.js';
import * as writes from '../../services/resources/resource-service.js';
import * as settings from '../../services/resources/resource-settings.js';
import { caller, versionedWrite, write } from '../call.js';
import { ERRORS, IdParam, IfMatchHeader, jsonBody, ok, router } from '../openapi.js';

const tags = ['Resources'];

/** /api/resources: the organisation's resource pool; /api/resource-settings: the PMO's capacity settings. */
export function resourceRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/resources',
      tags,
      summary: 'The resource pool (PMO and managers); anyone else gets only their own record',
      request: { query: ResourceListQuery },
      responses: { 200: ok(ResourcePage), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await resources.listResources(ctx, actor, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/resources',
      tags,
      summary: 'Add a resource to the pool (PMO)',
      request: jsonBody(CreateResourceBody),
      responses: { 201: ok(Resource, 'Created'), ...ERRORS },
    }),
    async (c) => c.json(await writes.createResource(write(c), c.req.valid('json')), 201),
  );
  // Before /resources/{id}: "me" is not an id.
  app.openapi(
    createRoute({
      method: 'get',
      path: '/resources/me',
      tags,
      summary: "The caller's own resource record (404 when they have none)",
      responses: { 200: ok(Resource), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await resources.getOwnResource(ctx, actor), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/resources/{id}',
      tags,
      summary: 'One resource (your own record, or any for those who read the pool)',
      request: { params: IdParam },
      responses: { 200: ok(Resource), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await resources.getResource(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/resources/{id}',
      tags,
      summary: 'Change a resource (PMO); `active: false` deactivates it',
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(UpdateResourceBody) },
      responses: { 200: ok(Resource), ...ERRORS },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await writes.updateResource(versionedWrite(c, body), c.req.valid('param').id, body), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/resources/{id}',
      tags,
      summary: 'Delete a resource no assignment or request uses (PMO); else 409: deactivate it',
      request: { params: IdParam, headers: IfMatchHeader },
      responses: { 204: { description: 'Deleted' }, ...ERRORS },
    }),
    async (c) => {
      await writes.deleteResource(write(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/resource-settings',
      tags,
      summary: 'Capacity settings: the weight of each lifecycle state, the staffing look-ahead',
      responses: { 200: ok(ResourceSettings), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await settings.getResourceSettings(ctx, actor), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/resource-settings',
      tags,
      summary: 'Change the capacity settings (PMO); states not named keep their weight',
      request: { headers: IfMatchHeader, ...jsonBody(UpdateResourceSettingsBody) },
      responses: { 200: ok(ResourceSettings), ...ERRORS },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await settings.updateResourceSettings(versionedWrite(c, body), body), 200);
    },
  );
  return app;
}
