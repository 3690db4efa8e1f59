import { createHash, randomBytes } from 'node:crypto';
import type { LoginBody, TokenScope, User } from '../contracts/index.js';
import { DomainError } from '../core/errors.js';
import type { Actor } from '../core/permissions.js';
import type { SystemRole } from '../core/roles.js';
import * as sessions from '../store/repos/sessions-repo.js';
import { findUserByEmail, findUserById } from '../store/repos/users-repo.js';
import type { UserRow } from '../store/schema.js';
import { inTransaction } from '../store/transaction.js';
import { recordAudit } from './audit-service.js';
import type { ServiceContext } from './context.js';
import { forgetLoginAttempts, reserveLoginAttempt } from './login-throttle.js';
import { toUser } from './mappers.js';
import { dummyPasswordHash, verifyPassword } from './passwords.js';

const SESSION_TTL_MS = 7 * 24 * 3600_000;
/** Sliding expiry is refreshed at most this often, so reads don't turn into writes on every request. */
const SESSION_TOUCH_MS = 60_000;

/** The API token a caller authenticated with: what it may do and until when. */
export interface CallerToken {
  readonly id: string;
  readonly scopes: readonly TokenScope[];
  readonly expiresAt: string;
}

/** Who is calling, once authenticated. */
export interface Principal {
  readonly actor: Actor;
  readonly user: User;
  readonly via: 'session' | 'token';
  /** Set when `via` is 'token'. */
  readonly token?: CallerToken;
}

/** Sessions and tokens are stored as this hash of their secret. */
export function sha256(s: string): string {
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
  // Counted (and possibly refused or delayed) before the password is looked at; a failure leaves
  // the reservation in place as the failure record.
  await reserveLoginAttempt(ctx, email, client.ip);
  const row = await findUserByEmail(db, email);
  // Unknown email, inactive user and wrong password all answer the same, after the same work.
  const ok = await verifyPassword(body.password, row?.password_hash ?? (await dummyPasswordHash()));
  if (!row || !ok || row.active !== 1) throw INVALID();
  const now = ctx.now();
  const secret = randomBytes(32).toString('base64url');
  await inTransaction(db, async (trx) => {
    await forgetLoginAttempts(ctx, trx, email, client.ip);
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
  return { secret, user: toUser({ userId: row.id, role: row.role as SystemRole }, row) };
}

/** Ends the session the secret names (no error if it is already gone). */
export async function logout(ctx: ServiceContext, secret: string): Promise<void> {
  await sessions.deleteSession(ctx.store.db, sha256(secret));
}

/** The principal for a user row. */
export function principalOf(row: UserRow, via: Principal['via'], token?: CallerToken): Principal {
  return {
    actor: { userId: row.id, role: row.role as SystemRole },
    user: toUser({ userId: row.id, role: row.role as SystemRole }, row),
    via,
    ...(token ? { token } : {}),
  };
}

/** Swallows SQLite's 'database is busy' from a best-effort write on the no-wait connection. */
export function ignoreBusy(err: unknown): void {
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
