import { createHash, randomBytes } from 'node:crypto';
import type { ApiToken, CreatedToken, CreateTokenBody, LoginBody, User } from '../contracts/index.js';
import { DomainError } from '../core/errors.js';
import type { Actor } from '../core/permissions.js';
import type { SystemRole } from '../core/roles.js';
import * as sessions from '../store/repos/sessions-repo.js';
import { findUserByEmail, findUserById } from '../store/repos/users-repo.js';
import type { UserRow } from '../store/schema.js';
import { inTransaction } from '../store/transaction.js';
import { recordAudit } from './audit-service.js';
import type { ServiceContext } from './context.js';
import { toApiToken, toUser } from './mappers.js';
import { dummyPasswordHash, verifyPassword } from './passwords.js';

const SESSION_TTL_MS = 7 * 24 * 3600_000;
/** Sliding expiry is refreshed at most this often, so reads don't turn into writes on every request. */
const SESSION_TOUCH_MS = 60_000;
const FAILURE_WINDOW_MS = 15 * 60_000;
/** Failed logins allowed per email from one address, and per address overall, within the window. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 50;
const TOKEN_PREFIX = 'gantry_';

/** Who is calling, once authenticated. */
export interface Principal {
  readonly actor: Actor;
  readonly user: User;
  readonly via: 'session' | 'token';
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

const INVALID = () => new DomainError('invalid_credentials', 'Email or password is incorrect');

/** Checks credentials and opens a session; returns the session secret for the cookie. */
export async function login(
  ctx: ServiceContext,
  body: LoginBody,
  client: { ip: string; userAgent: string },
): Promise<{ secret: string; user: User }> {
  const { db } = ctx.store;
  const email = body.email.trim().toLowerCase();
  const now = ctx.now();
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS).toISOString();
  const failures = await sessions.countLoginFailures(db, email, client.ip, since);
  if (failures.pair >= MAX_FAILURES_PER_ACCOUNT || failures.address >= MAX_FAILURES_PER_ADDRESS) {
    throw new DomainError('rate_limited', 'Too many failed sign-in attempts; try again in 15 minutes', {
      retryAfterSeconds: FAILURE_WINDOW_MS / 1000,
    });
  }
  const row = await findUserByEmail(db, email);
  // Unknown email, inactive user and wrong password all answer the same, after the same work.
  const ok = await verifyPassword(body.password, row?.password_hash ?? (await dummyPasswordHash()));
  if (!row || !ok || row.active !== 1) {
    await sessions.insertLoginFailure(db, { id: ctx.newId(), email, ip: client.ip, at: now.toISOString() });
    throw INVALID();
  }
  const secret = randomBytes(32).toString('base64url');
  await inTransaction(db, async (trx) => {
    await sessions.clearLoginFailures(trx, email, client.ip);
    await sessions.pruneLoginFailures(trx, since);
    await sessions.deleteExpiredSessions(trx, now.toISOString());
    await sessions.insertSession(trx, {
      id_hash: sha256(secret),
      user_id: row.id,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
      last_seen_at: now.toISOString(),
      ip: client.ip,
      user_agent: client.userAgent.slice(0, 300),
    });
    await recordAudit(ctx, trx, row.id, {
      action: 'auth.login',
      entityType: 'user',
      entityId: row.id,
      before: null,
      after: { ip: client.ip },
    });
  });
  return { secret, user: toUser(row) };
}

/** Ends the session the secret names (no error if it is already gone). */
export async function logout(ctx: ServiceContext, secret: string): Promise<void> {
  await sessions.deleteSession(ctx.store.db, sha256(secret));
}

function principalOf(row: UserRow, via: Principal['via']): Principal {
  return { actor: { userId: row.id, role: row.role as SystemRole }, user: toUser(row), via };
}

function ignoreBusy(err: unknown): void {
  if ((err as { code?: string }).code !== 'SQLITE_BUSY') throw err;
}

/** The principal behind a session cookie, or null if it is unknown, expired or its user is inactive. */
export async function authenticateSession(ctx: ServiceContext, secret: string): Promise<Principal | null> {
  const { db } = ctx.store;
  const hash = sha256(secret);
  const session = await sessions.findSession(db, hash);
  const now = ctx.now();
  if (!session || session.expires_at < now.toISOString()) return null;
  const user = await findUserById(db, session.user_id);
  if (!user || user.active !== 1) return null;
  if (now.getTime() - Date.parse(session.last_seen_at) > SESSION_TOUCH_MS) {
    // Best effort: a busy database (a job writing a large import) only delays the refresh to a later request.
    await sessions
      .touchSession(ctx.store.nowait, hash, now.toISOString(), new Date(now.getTime() + SESSION_TTL_MS).toISOString())
      .catch(ignoreBusy);
  }
  return principalOf(user, 'session');
}

/** The principal behind a bearer token, or null if it is unknown, revoked, expired or its user is inactive. */
export async function authenticateToken(ctx: ServiceContext, secret: string): Promise<Principal | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const { db } = ctx.store;
  const token = await sessions.findTokenBySecretHash(db, sha256(secret));
  const now = ctx.now().toISOString();
  if (!token || token.revoked_at !== null || token.expires_at < now) return null;
  const user = await findUserById(db, token.user_id);
  if (!user || user.active !== 1) return null;
  if (!token.last_used_at || Date.parse(now) - Date.parse(token.last_used_at) > SESSION_TOUCH_MS) {
    await sessions.markTokenUsed(ctx.store.nowait, token.id, now).catch(ignoreBusy);
  }
  return principalOf(user, 'token');
}

/** The caller's personal API tokens, newest first. */
export async function listTokens(ctx: ServiceContext, actor: Actor): Promise<ApiToken[]> {
  return (await sessions.listTokensOfUser(ctx.store.db, actor.userId)).map(toApiToken);
}

/** Creates a personal API token; the secret is returned this once and stored only as a hash. */
export async function createToken(
  ctx: ServiceContext,
  actor: Actor,
  body: Required<CreateTokenBody>,
): Promise<CreatedToken> {
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const now = ctx.now();
  const row = {
    id: ctx.newId(),
    user_id: actor.userId,
    name: body.name,
    prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
    secret_hash: sha256(secret),
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + body.expiresInDays * 24 * 3600_000).toISOString(),
    last_used_at: null,
    revoked_at: null,
  };
  await inTransaction(ctx.store.db, async (trx) => {
    await sessions.insertToken(trx, row);
    await recordAudit(ctx, trx, actor.userId, {
      action: 'token.create',
      entityType: 'api_token',
      entityId: row.id,
      before: null,
      after: { name: row.name, expiresAt: row.expires_at },
    });
  });
  return { token: toApiToken(row), secret };
}

/** Revokes one of the caller's tokens; another user's token is 404. */
export async function revokeToken(ctx: ServiceContext, actor: Actor, id: string): Promise<void> {
  await inTransaction(ctx.store.db, async (trx) => {
    const token = await sessions.findTokenOfUser(trx, actor.userId, id);
    if (!token) throw new DomainError('not_found', `Token ${id} not found`, { entity: 'api_token', id });
    if (token.revoked_at) return;
    const at = ctx.now().toISOString();
    await sessions.revokeToken(trx, id, at);
    await recordAudit(ctx, trx, actor.userId, {
      action: 'token.revoke',
      entityType: 'api_token',
      entityId: id,
      before: { revokedAt: null },
      after: { revokedAt: at },
    });
  });
}
