import type { ApiTokenRow, SessionRow } from '../schema.js';
import type { Executor } from '../transaction.js';

export async function insertSession(ex: Executor, row: SessionRow): Promise<void> {
  await ex.insertInto('sessions').values(row).execute();
}

export async function findSession(ex: Executor, idHash: string): Promise<SessionRow | undefined> {
  return ex.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
}

export async function touchSession(ex: Executor, idHash: string, lastSeenAt: string, expiresAt: string): Promise<void> {
  await ex
    .updateTable('sessions')
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where('id_hash', '=', idHash)
    .execute();
}

export async function deleteSession(ex: Executor, idHash: string): Promise<void> {
  await ex.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOfUser(ex: Executor, userId: string): Promise<void> {
  await ex.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(ex: Executor, now: string): Promise<void> {
  await ex.deleteFrom('sessions').where('expires_at', '<', now).execute();
}

export async function insertToken(ex: Executor, row: ApiTokenRow): Promise<void> {
  await ex.insertInto('api_tokens').values(row).execute();
}

export async function findTokenBySecretHash(ex: Executor, secretHash: string): Promise<ApiTokenRow | undefined> {
  return ex.selectFrom('api_tokens').selectAll().where('secret_hash', '=', secretHash).executeTakeFirst();
}

export async function listTokensOfUser(ex: Executor, userId: string): Promise<ApiTokenRow[]> {
  return ex.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').execute();
}

export async function findTokenOfUser(ex: Executor, userId: string, id: string): Promise<ApiTokenRow | undefined> {
  return ex.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
}

export async function revokeToken(ex: Executor, id: string, at: string): Promise<void> {
  await ex
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function markTokenUsed(ex: Executor, id: string, at: string): Promise<void> {
  await ex.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

/** Revokes every live token of a user; returns how many. */
export async function revokeTokensOfUser(ex: Executor, userId: string, at: string): Promise<number> {
  const result = await ex
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
