import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { DomainError, type ErrorCode } from '../core/errors.js';
import type { AppEnv } from './env.js';

/** HTTP status for each stable error code. */
export const STATUS_OF: Readonly<Record<ErrorCode, ContentfulStatusCode>> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  version_conflict: 409,
  conflict: 409,
  invalid_transition: 422,
  rate_limited: 429,
  payload_too_large: 413,
  internal: 500,
};

/** A zod path as "tasks.0.name" (the default, what forms map onto fields) or "ops[0].fields.name". */
export type PathStyle = 'dotted' | 'indexed';

function pathText(path: readonly PropertyKey[], style: PathStyle): string {
  if (style === 'dotted') return path.join('.');
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** Turns zod issues into our validation error, naming each field by its path. */
export function validationError(error: ZodError, where: string, style: PathStyle = 'dotted'): DomainError {
  const issues = error.issues.map((i) => ({ path: pathText(i.path, style) || where, message: i.message }));
  const first = issues[0];
  return new DomainError('validation_failed', first ? `${first.path}: ${first.message}` : 'invalid request', {
    issues,
  });
}

/** The one place errors become responses: `{"error":{"code","message","details"}}`. */
export function handleError(err: Error, c: Context<AppEnv>): Response {
  if (err instanceof DomainError) {
    if (err.code === 'rate_limited') c.header('Retry-After', String(err.details.retryAfterSeconds ?? 60));
    return c.json({ error: { code: err.code, message: err.message, details: err.details } }, STATUS_OF[err.code]);
  }
  // Hono's validator throws HTTPException(400) for a body that is not JSON. Matched by shape, not
  // instanceof: a test runner can load hono twice (ESM and CJS builds) and break class identity.
  const status = httpExceptionStatus(err);
  if (status === 400) {
    const issues = [{ path: 'body', message: 'is not valid JSON' }];
    return c.json(
      { error: { code: 'validation_failed', message: 'body: is not valid JSON', details: { issues } } },
      400,
    );
  }
  if (status !== null && status < 500) {
    return c.json(
      { error: { code: 'validation_failed', message: err.message, details: {} } },
      status as ContentfulStatusCode,
    );
  }
  c.var.ctx?.logger.error({ err, path: c.req.path }, 'unhandled error');
  return c.json({ error: { code: 'internal', message: 'Internal server error', details: {} } }, 500);
}

function httpExceptionStatus(err: Error): number | null {
  const e = err as Error & { status?: unknown; getResponse?: unknown };
  return e.name === 'HTTPException' || typeof e.getResponse === 'function'
    ? typeof e.status === 'number'
      ? e.status
      : null
    : null;
}
