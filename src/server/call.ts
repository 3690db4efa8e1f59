import type { Context } from 'hono';
import { DomainError } from '../core/errors.js';
import type { Actor } from '../core/permissions.js';
import type { ServiceContext } from '../services/context.js';
import type { WriteRequest } from '../services/write-pipeline.js';
import { ifMatchVersion, principalOf } from './auth.js';
import type { AppEnv } from './env.js';

/*
 * The one opening of every route handler: who calls (401 if nobody) and, for a write, the version
 * it is based on, resolved here once from If-Match or the body's `version` so that services get a
 * number rather than two places to look.
 */

/** The service context and the authenticated caller (401 when there is none). */
export function caller(c: Context<AppEnv>): { readonly ctx: ServiceContext; readonly actor: Actor } {
  return { ctx: c.var.ctx, actor: principalOf(c).actor };
}

/** A write that must name the version it is based on: If-Match, else the body's `version`, else 400 naming it. */
export function versionedWrite(c: Context<AppEnv>, body?: { readonly version?: number | undefined }): WriteRequest {
  const version = ifMatchVersion(c) ?? body?.version;
  if (version === undefined) {
    throw new DomainError('validation_failed', 'version: is required (send If-Match or "version" in the body)', {
      issues: [{ path: 'version', message: 'is required (send If-Match or "version" in the body)' }],
    });
  }
  return { ...caller(c), version };
}

/** A write whose version is optional (deletes): checked when If-Match or the body's `version` names one. */
export function write(c: Context<AppEnv>, body?: { readonly version?: number | undefined }): WriteRequest {
  return { ...caller(c), version: ifMatchVersion(c) ?? body?.version };
}
