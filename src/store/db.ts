import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  SqliteDialect,
  type SqliteDialectConfig,
  type SqliteDriver,
} from 'kysely';
import pg from 'pg';
import { SchemaScopedPostgresDialect } from './pg-introspector.js';
import type { Database } from './schema.js';

/** Which engine a connection talks to. */
export type DialectName = 'sqlite' | 'postgres';

/** Where a database is, so another thread (a job's worker) can open its own connection to it. */
export type StoreLocation =
  | { readonly dialect: 'sqlite'; readonly file: string }
  | { readonly dialect: 'postgres'; readonly url: string; readonly schema?: string | undefined };

/** An open database: the Kysely handle plus what the rest of the app needs to know about it. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /**
   * The SQLite connection itself, for the few bulk writes where Kysely's per-statement compile
   * and prepare would dominate (rewriting thousands of rescheduled tasks). Statements run on it
   * join the transaction Kysely has open, because SQLite has one connection and one transaction.
   */
  readonly sqlite?: SQLite.Database;
  readonly location: StoreLocation;
  /**
   * For best-effort writes that must never hold a request up (a session's sliding expiry): on
   * SQLite a second connection that fails at once with SQLITE_BUSY instead of waiting, because
   * better-sqlite3 waits synchronously, freezing every request while a job's worker holds the write
   * lock for a large import. The same handle as `db` on PostgreSQL, where waiting blocks nothing.
   */
  readonly nowait: Kysely<Database>;
  close(): Promise<void>;
}

// PostgreSQL returns int8 (bigint, count(*)) as strings to be safe past 2^53; our bigints are
// money in minor units and counts, all well inside Number.MAX_SAFE_INTEGER.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

/** Opens the embedded SQLite file `gantry.db` under dataDir (created if missing) in WAL mode. */
export function openSqlite(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  return openSqliteFile(join(dataDir, 'gantry.db'));
}

/** Pages of write-ahead log (4 KiB each) past which a connection checkpoints by itself. */
const WAL_AUTOCHECKPOINT_PAGES = 10_000;

/**
 * Opens one SQLite file (or ':memory:'). `busyTimeoutMs` is how long a write waits for another
 * connection's write lock: better-sqlite3 waits synchronously, so the job runner's own connection
 * uses 0 and retries later rather than freeze the server while a job's worker writes.
 */
export function openSqliteFile(file: string, { busyTimeoutMs = 5000, beginImmediate = false } = {}): Store {
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  // Another process (the CLI's admin commands) or a job's worker may hold the write lock briefly.
  database.pragma(`busy_timeout = ${busyTimeoutMs}`);
  database.pragma('synchronous = NORMAL');
  // The server checkpoints from a thread of its own (wal-checkpointer.ts): a checkpoint copies the
  // log into the database and syncs both files, milliseconds that, run by the committing
  // connection as SQLite does by default every 1,000 pages, stalled every request behind it.
  // This connection checkpoints only past 40 MB of log, when no server is running one.
  database.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  // After a large import, the log file shrinks back to this once it has been checkpointed.
  database.pragma(`journal_size_limit = ${64 * 2 ** 20}`);
  const cached = withStatementCache(database);
  const dialect = beginImmediate
    ? new ImmediateSqliteDialect({ database: cached })
    : new SqliteDialect({ database: cached });
  const db = new Kysely<Database>({ dialect });
  let nowait: Kysely<Database> | null = null;
  return {
    db,
    dialect: 'sqlite',
    sqlite: database,
    location: { dialect: 'sqlite', file },
    get nowait() {
      if (file === ':memory:') return db; // a second connection would open another, empty database
      if (!nowait) {
        const second = new SQLite(file);
        second.pragma('busy_timeout = 0');
        second.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
        nowait = new Kysely<Database>({ dialect: new SqliteDialect({ database: second }) });
      }
      return nowait;
    },
    close: async () => {
      await nowait?.destroy();
      await db.destroy();
    },
  };
}

/** Statements kept prepared per connection: the distinct queries of a running server, with room to spare. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The connection as Kysely sees it, with its statements kept prepared, least recently used out
 * first. Kysely's SQLite driver prepares every query anew, and a profile of a charter edit showed
 * preparing at a quarter of its CPU time; a prepared statement runs any number of times with new
 * parameters, and SQLite prepares it again by itself if a migration changes the schema under it.
 * Kysely runs one query at a time on the connection (a stream holds it to the end), so a cached
 * statement is never busy when it is handed out again.
 */
function withStatementCache(database: SQLite.Database): SqliteDialectConfig['database'] {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare: (sql: string) => {
      let stmt = statements.get(sql);
      if (stmt) statements.delete(sql);
      else {
        stmt = database.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string);
      }
      statements.set(sql, stmt);
      return stmt;
    },
  };
}

/** Connects to PostgreSQL; `schema` (used by tests) sets the search_path so each run has its own tables. */
export function openPostgres(url: string, schema?: string, poolSize = 10): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new SchemaScopedPostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    location: { dialect: 'postgres', url, schema },
    nowait: db,
    close: () => db.destroy(),
  };
}

/**
 * SQLite transactions that take the write lock at BEGIN. A deferred transaction that reads, then
 * writes after another connection has committed, fails at once with "database is locked" (its
 * snapshot is stale; the busy timeout does not apply). A job's worker writes beside the server's
 * own connection, so its transactions start immediate and simply wait their turn.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver() as SqliteDriver;
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

/** Opens another connection to the database at `location` (a job's worker thread, the job runner). */
export function openStoreAt(
  location: StoreLocation,
  opts: { busyTimeoutMs?: number; poolSize?: number; beginImmediate?: boolean } = {},
): Store {
  if (location.dialect === 'sqlite') return openSqliteFile(location.file, opts);
  const store = openPostgres(location.url, location.schema, opts.poolSize);
  return store;
}

/** Opens the store the configuration names: PostgreSQL when a URL is given, SQLite otherwise. */
export function openStore(config: { databaseUrl: string | null; dataDir: string }): Store {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(config.dataDir);
}
