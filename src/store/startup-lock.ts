import { sql } from 'kysely';
import type { Store } from './db.js';

// Any fixed key ("gant" + 2); distinct from the project-code lock in projects-repo.ts.
const STARTUP_LOCK = 0x67616e76;

/**
 * Runs `work` (migrations, first admin, demo data) while no other Gantry process on the same
 * PostgreSQL database runs its own: nodes started together on an empty database would otherwise
 * race to create the same tables and the same first admin, and all but one would exit. The lock
 * is a session advisory lock on one connection set aside for it, so `work` may use the pool's
 * other connections, and PostgreSQL releases it even if this process dies holding it. SQLite
 * needs none: a second process waits on the file's write lock (busy_timeout).
 */
export async function withStartupLock<T>(store: Store, work: () => Promise<T>): Promise<T> {
  if (store.dialect !== 'postgres') return work();
  return store.db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${STARTUP_LOCK})`.execute(conn);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${STARTUP_LOCK})`.execute(conn);
    }
  });
}
