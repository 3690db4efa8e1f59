import type { Kysely, Transaction } from 'kysely';
import { DomainError } from '../core/errors.js';
import type { Database } from './schema.js';

/** A handle repos accept: the root connection or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Runs `work` in one transaction: everything it wrote commits together or not at all. A unique
 * or primary-key violation (two writers racing for one code, an id already taken) becomes a 409
 * `conflict` here, for every write path at once. The message is deliberately generic: the row
 * that collided may belong to a project the caller cannot read, and naming it would leak it.
 */
export async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction().execute(work);
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new DomainError('conflict', 'This conflicts with something that already exists; reload and try again', {});
    }
    throw err;
  }
}

/** True for SQLite's UNIQUE / PRIMARY KEY constraint errors and PostgreSQL's unique_violation (23505). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
