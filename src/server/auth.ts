import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { MAX_VERSION, type TokenScope } from '../contracts/index.js';
import { DomainError } from '../core/errors.js';
import { authenticateSession, type Principal } from '../services/auth-service.js';
import { authenticateToken } from '../services/token-service.js';
import type { AppEnv } from './env.js';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'gantry_session';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the caller from `Authorization: Bearer` or the session cookie. Cookie-authenticated
 * writes must come from our own origin: SameSite=Lax already stops most cross-site posts, the
 * Origin check closes the rest.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const ctx = c.var.ctx;
  const header = c.req.header('authorization');
  let principal: Principal | null = null;
  if (header?.toLowerCase().startsWith('bearer ')) {
    principal = await authenticateToken(ctx, header.slice(7).trim());
    if (!principal) throw new DomainError('unauthenticated', 'The API token is invalid, expired or revoked');
    assertTokenScope(c, principal);
  } else {
    const secret = getCookie(c, SESSION_COOKIE);
    if (secret) {
      c.set('sessionSecret', secret);
      principal = await authenticateSession(ctx, secret);
      if (principal && UNSAFE.has(c.req.method)) assertSameOrigin(c);
    }
  }
  c.set('principal', principal);
  // Deny by default: everything under /api needs a caller except these, checked before any validation.
  if (!principal && !PUBLIC.has(`${c.req.method} ${c.req.path}`) && !c.req.path.startsWith('/api/docs')) principalOf(c);
  await next();
};

const PUBLIC = new Set([
  'GET /api/health',
  'GET /api/auth/session',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/openapi.json',
]);

/** The scope a request needs: reads need read, user administration admin, every other write write. */
export function requiredScope(method: string, path: string): TokenScope {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return 'read';
  return /^\/api\/users(\/|$)/.test(path) ? 'admin' : 'write';
}

function assertTokenScope(c: Context<AppEnv>, p: Principal): void {
  const need = requiredScope(c.req.method, c.req.path);
  const has = p.token?.scopes ?? [];
  if (!has.includes(need)) {
    throw new DomainError('forbidden', `This API token's scopes (${has.join(', ')}) do not include ${need}`, {
      requiredScope: need,
    });
  }
}

function assertSameOrigin(c: Context<AppEnv>): void {
  const origin = c.req.header('origin');
  if (!origin) return;
  const host = c.req.header('host');
  // "null" (sandboxed frames, some redirects) and anything that is not a URL are not our origin.
  if (!host || !URL.canParse(origin) || new URL(origin).host !== host) {
    throw new DomainError('forbidden', 'Cross-origin requests with a session cookie are not allowed');
  }
}

/** The authenticated caller, or 401. */
export function principalOf(c: Context<AppEnv>): Principal {
  const p = c.var.principal;
  if (!p)
    throw new DomainError('unauthenticated', 'Sign in first, or send an API token as Authorization: Bearer <token>');
  return p;
}

/** The version named by If-Match ("3", W/"3" or 3), if any. */
export function ifMatchVersion(c: Context<AppEnv>): number | undefined {
  const raw = c.req.header('if-match');
  if (!raw) return undefined;
  const n = Number(raw.replace(/^W\//, '').replace(/"/g, '').trim());
  // Bounded like the body's version: a larger number would overflow PostgreSQL's integer column.
  if (!Number.isInteger(n) || n < 1 || n > MAX_VERSION) {
    throw new DomainError('validation_failed', 'If-Match: must be a resource version like "3"', {
      issues: [{ path: 'If-Match', message: 'must be a resource version like "3"' }],
    });
  }
  return n;
}
