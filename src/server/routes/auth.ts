import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { ApiToken, CreatedToken, CreateTokenBody, LoginBody, Me, Session } from '../../contracts/index.js';
import { allowedActions, ORGANISATION, ORGANISATION_ACTIONS } from '../../core/policy.js';
import * as auth from '../../services/auth-service.js';
import * as tokens from '../../services/token-service.js';
import { principalOf, SESSION_COOKIE } from '../auth.js';
import { caller, write } from '../call.js';
import type { AppEnv } from '../env.js';
import { ERRORS, IdParam, jsonBody, ok, router } from '../openapi.js';

function clientOf(c: Context<AppEnv>) {
  return { ip: c.var.client.ip, userAgent: c.req.header('user-agent') ?? '' };
}

function meOf(p: auth.Principal): Me {
  const a = p.actor;
  return {
    user: p.user,
    via: p.via,
    allowedActions: allowedActions(a, ORGANISATION_ACTIONS, ORGANISATION).allowed,
  };
}

/** Login, logout, the current user and their API tokens. */
export function authRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/login',
      tags: ['Auth'],
      summary: 'Sign in; sets the session cookie',
      request: jsonBody(LoginBody),
      responses: { 200: ok(Me), 400: ERRORS[400], 401: ERRORS[401], 429: { description: 'Too many failed attempts' } },
    }),
    async (c) => {
      const { secret, user } = await auth.login(c.var.ctx, c.req.valid('json'), clientOf(c));
      setCookie(c, SESSION_COOKIE, secret, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        // Behind a TLS-terminating proxy the socket is plain HTTP; the proxy's X-Forwarded-Proto
        // (believed only from a trusted proxy) says whether the browser used HTTPS.
        secure: c.var.client.https,
        maxAge: 7 * 24 * 3600,
      });
      // login() just verified this user; no need to read the session back.
      return c.json(meOf({ actor: { userId: user.id, role: user.role }, user, via: 'session' }), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/logout',
      tags: ['Auth'],
      summary: 'Sign out',
      responses: { 204: { description: 'Signed out' } },
    }),
    async (c) => {
      const secret = c.var.sessionSecret;
      if (secret) await auth.logout(c.var.ctx, secret);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );
  // The web app's probe on every page load: anonymous is an answer here, not an error, so the
  // login page loads without a failed request in the console. API clients keep /me's 401.
  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/session',
      tags: ['Auth'],
      summary: 'The signed-in user, or null (never 401)',
      responses: { 200: ok(Session) },
    }),
    (c) => {
      const p = c.var.principal;
      return c.json({ me: p ? meOf(p) : null }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/me',
      tags: ['Auth'],
      summary: 'The current user',
      responses: { 200: ok(Me), 401: ERRORS[401] },
    }),
    (c) => c.json(meOf(principalOf(c)), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/me/tokens',
      tags: ['Auth'],
      summary: 'Your API tokens',
      responses: { 200: ok(z.array(ApiToken)), 401: ERRORS[401] },
    }),
    async (c) => {
      const { ctx, actor } = caller(c);
      return c.json(await tokens.listTokens(ctx, actor), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/me/tokens',
      tags: ['Auth'],
      summary: 'Create an API token (the secret is shown once)',
      request: jsonBody(CreateTokenBody),
      responses: { 201: ok(CreatedToken, 'Created'), 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403] },
    }),
    async (c) => {
      return c.json(await tokens.createToken(write(c), c.req.valid('json'), principalOf(c).token), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/me/tokens/{id}',
      tags: ['Auth'],
      summary: 'Revoke an API token',
      request: { params: IdParam },
      responses: { 204: { description: 'Revoked' }, 401: ERRORS[401], 404: ERRORS[404] },
    }),
    async (c) => {
      await tokens.revokeToken(write(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  return app;
}
