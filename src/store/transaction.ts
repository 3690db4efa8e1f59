import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/** A handle repos accept: the root connection or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** Runs `work` in one transaction: everything it wrote commits together or not at all. */
export function inTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}
