import { createRoute } from '@hono/zod-openapi';
import { CreateUserBody, UpdateUserBody, User, UserListQuery, UserPage } from '../../contracts/index.js';
import * as users from '../../services/user-service.js';
import { caller, versionedWrite, write } from '../call.js';
import { ERRORS, IdParam, IfMatchHeader, jsonBody, ok, router } from '../openapi.js';

/** /api/users: the directory (admins write; PMO and project managers read). */
export function userRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/users',
      tags: ['Users'],
      summary: 'List users',
      request: { query: UserListQuery },
      responses: { 200: ok(UserPage), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await users.listUserPage(ctx, actor, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/users',
      tags: ['Users'],
      summary: 'Create a user',
      request: jsonBody(CreateUserBody),
      responses: { 201: ok(User, 'Created'), ...ERRORS },
    }),
    async (c) => {
      return c.json(await users.createUser(write(c), c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/users/{id}',
      tags: ['Users'],
      summary: 'One user',
      request: { params: IdParam },
      responses: { 200: ok(User), ...ERRORS },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await users.getUser(ctx, actor, c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/users/{id}',
      tags: ['Users'],
      summary: 'Update a user (role, active, name, email, password)',
      request: { params: IdParam, headers: IfMatchHeader, ...jsonBody(UpdateUserBody) },
      responses: { 200: ok(User), ...ERRORS },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await users.updateUserById(versionedWrite(c, body), c.req.valid('param').id, body), 200);
    },
  );
  return app;
}
