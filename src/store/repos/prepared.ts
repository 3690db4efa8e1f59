import type { Store } from '../db.js';

type SqliteDatabase = NonNullable<Store['sqlite']>;
type SqliteStatement = ReturnType<SqliteDatabase['prepare']>;

const statements = new WeakMap<SqliteDatabase, Map<string, SqliteStatement>>();

/**
 * A statement on the raw SQLite connection, prepared once per connection, for the bulk writes
 * where Kysely's build would cost more than the statement itself. It joins the transaction Kysely
 * has open. The texts are a small fixed set, so the cache needs no bound.
 */
export function prepared(db: SqliteDatabase, text: string): SqliteStatement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    statement = db.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}
