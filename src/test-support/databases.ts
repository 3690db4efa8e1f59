import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { testPostgresUrl } from '../config.js';
import { type DialectName, openPostgres, openSqlite, type Store } from '../store/db.js';
import { migrateToLatest } from '../store/migrate.js';

/** A fresh, empty database for one test file or case; `dispose` removes every trace of it. */
export interface TestDatabase {
  readonly store: Store;
  /** What a Gantry process needs to reach the same database. */
  readonly env: Record<string, string>;
  dispose(): Promise<void>;
}

/** The dialects this run tests: SQLite always, PostgreSQL when GANTRY_TEST_PG_URL is set. */
export const TEST_DIALECTS: readonly DialectName[] = testPostgresUrl() ? ['sqlite', 'postgres'] : ['sqlite'];

/** Opens a fresh database of `dialect`: a new SQLite file in a temp dir, or a new PostgreSQL schema. */
export async function freshDatabase(dialect: DialectName, { migrate = true } = {}): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'gantry-test-'));
    const store = openSqlite(dir);
    if (migrate) await migrateToLatest(store);
    return {
      store,
      env: { GANTRY_DATA_DIR: dir },
      dispose: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = testPostgresUrl();
  if (!url) throw new Error('GANTRY_TEST_PG_URL is not set');
  const schema = `gantry_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(url, `CREATE SCHEMA ${schema}`);
  const store = openPostgres(url, schema);
  if (migrate) await migrateToLatest(store);
  const separator = url.includes('?') ? '&' : '?';
  return {
    store,
    env: { GANTRY_DATABASE_URL: `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}` },
    dispose: async () => {
      await store.close();
      await adminQuery(url, `DROP SCHEMA ${schema} CASCADE`);
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
