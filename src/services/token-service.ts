import { randomBytes } from 'node:crypto';
import { type ApiToken, type CreatedToken, type CreateTokenBody, impliedScopes } from '../contracts/index.js';
import { DomainError, invalidField } from '../core/errors.js';
import type { Actor } from '../core/permissions.js';
import * as sessions from '../store/repos/sessions-repo.js';
import { findUserById } from '../store/repos/users-repo.js';
import { type CallerToken, ignoreBusy, type Principal, principalOf, sha256 } from './auth-service.js';
import type { ServiceContext } from './context.js';
import { toApiToken } from './mappers.js';
import { runWrite, type WriteRequest } from './write-pipeline.js';

const TOKEN_PREFIX = 'gantry_';
/** last_used_at is refreshed at most this often, so reads don't turn into writes on every request. */
const TOUCH_MS = 60_000;

/** The principal behind a bearer token, or null if it is unknown, revoked, expired or its user is inactive. */
export async function authenticateToken(ctx: ServiceContext, secret: string): Promise<Principal | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const { db } = ctx.store;
  const token = await sessions.findTokenBySecretHash(db, sha256(secret));
  const now = ctx.now().toISOString();
  if (!token || token.revoked_at !== null || token.expires_at < now) return null;
  const user = await findUserById(db, token.user_id);
  if (!user || user.active !== 1) return null;
  if (!token.last_used_at || Date.parse(now) - Date.parse(token.last_used_at) > TOUCH_MS) {
    // Best effort: a busy database (a job writing a large import) only delays the refresh to a later request.
    await sessions.markTokenUsed(ctx.store.nowait, token.id, now).catch(ignoreBusy);
  }
  const { scopes, expiresAt } = toApiToken(token, ctx.now());
  return principalOf(user, 'token', { id: token.id, scopes, expiresAt });
}

/** The caller's personal API tokens, newest first. */
export async function listTokens(ctx: ServiceContext, actor: Actor): Promise<ApiToken[]> {
  const now = ctx.now();
  return (await sessions.listTokensOfUser(ctx.store.db, actor.userId)).map((t) => toApiToken(t, now));
}

/**
 * Creates a personal API token; the secret is returned this once and stored only as a hash. A
 * caller signed in with a token (`via`) cannot mint a token with more scopes or a longer life than
 * its own, or a leaked read-only or short-lived token would be a way to a stronger one.
 */
export async function createToken(
  req: WriteRequest,
  body: Required<CreateTokenBody>,
  via?: CallerToken,
): Promise<CreatedToken> {
  const { ctx, actor } = req;
  const now = ctx.now();
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return runWrite(req, {
    // Every signed-in user may hold tokens of their own; what a token may grant is decided over the calling one.
    load: async () => undefined,
    authorise: () => assertWithinCallingToken(now, body, via),
    async apply(trx) {
      const row = {
        id: ctx.newId(),
        user_id: actor.userId,
        name: body.name,
        prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
        secret_hash: sha256(secret),
        created_at: now.toISOString(),
        expires_at: expiryOf(now, body),
        last_used_at: null,
        revoked_at: null,
        scopes: JSON.stringify(impliedScopes(body.scopes)),
      };
      await sessions.insertToken(trx, row);
      return row;
    },
    audit: (_none, row) => ({
      action: 'token.create',
      entityType: 'api_token',
      entityId: row.id,
      before: null,
      after: {
        name: row.name,
        expiresAt: row.expires_at,
        scopes: impliedScopes(body.scopes),
        ...(via ? { createdWithToken: via.id } : {}),
      },
    }),
  }).then((row) => ({ token: toApiToken(row, ctx.now()), secret }));
}

const expiryOf = (now: Date, body: Required<CreateTokenBody>) =>
  new Date(now.getTime() + body.expiresInDays * 24 * 3600_000).toISOString();

/** A token minted with a token stays within the calling token's scopes and life. */
function assertWithinCallingToken(now: Date, body: Required<CreateTokenBody>, via: CallerToken | undefined): void {
  if (!via) return;
  const beyond = impliedScopes(body.scopes).filter((s) => !via.scopes.includes(s));
  if (beyond.length > 0) {
    throw new DomainError('forbidden', `scopes: this token cannot grant ${beyond.join(', ')}, which it does not have`, {
      issues: [{ path: 'scopes', message: `cannot exceed the calling token's scopes (${via.scopes.join(', ')})` }],
    });
  }
  if (expiryOf(now, body) > via.expiresAt) {
    throw invalidField('expiresInDays', `cannot outlive the calling token, which expires at ${via.expiresAt}`);
  }
}

/** Revokes one of the caller's tokens; another user's token is 404, a revoked one stays as it was. */
export async function revokeToken(req: WriteRequest, id: string): Promise<void> {
  const { ctx, actor } = req;
  const at = ctx.now().toISOString();
  await runWrite(req, {
    async load(trx) {
      const token = await sessions.findTokenOfUser(trx, actor.userId, id);
      if (!token) throw new DomainError('not_found', `Token ${id} not found`, { entity: 'api_token', id });
      return token;
    },
    async apply(trx, token) {
      if (token.revoked_at) return false;
      await sessions.revokeToken(trx, id, at);
      return true;
    },
    audit: (_token, revoked) =>
      revoked
        ? {
            action: 'token.revoke',
            entityType: 'api_token',
            entityId: id,
            before: { revokedAt: null },
            after: { revokedAt: at },
          }
        : null,
  });
}
