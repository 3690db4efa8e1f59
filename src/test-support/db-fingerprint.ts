import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../store/db.js';

/*
 * A test-only fingerprint of everything a request could have written: per table, the row count
 * and a hash of the rows. Columns that change by design on any authenticated request (a session's
 * sliding expiry, a token's last use), the sign-in throttle's tables (a refused login is recorded,
 * on purpose) and what the event dispatcher does in the background are left out, so "a refused request changed nothing" can be checked by equality.
 */

/** Columns left out per table; null leaves the whole table out. */
const VOLATILE: Readonly<Record<string, readonly string[] | null>> = {
  sessions: ['last_seen_at', 'expires_at'],
  api_tokens: ['last_used_at'],
  login_failures: null,
  // The sign-in throttle's per-email lock row, upserted before the password is checked.
  login_locks: null,
  // The event dispatcher works in the background: it marks earlier writes' events dispatched and
  // makes their notifications whenever it runs. A refused request appends no event (the row count
  // and the events' own columns say so), and so causes no notification.
  outbox_events: ['dispatched_at'],
  notifications: null,
  // Health is evaluated in the background too, after each fan-out and hourly; so are the stored
  // DCMA assessments and the status report reminders it sends.
  health_stale: null,
  health_snapshots: null,
  schedule_quality: null,
  status_report_reminders: null,
};

async function tableNames(store: Store): Promise<string[]> {
  const q =
    store.dialect === 'sqlite'
      ? sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
      : sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`;
  const { rows } = await q.execute(store.db);
  return rows.map((r) => r.name).filter((n) => !n.startsWith('kysely_') && VOLATILE[n] !== null);
}

/** Table name -> "rows:hash" for every table of the store. */
export async function dbFingerprint(store: Store): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of (await tableNames(store)).sort()) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(store.db);
    const skip = new Set(VOLATILE[table] ?? []);
    const lines = rows
      .map((r) => JSON.stringify(Object.entries(r).filter(([k]) => !skip.has(k))))
      .sort()
      .join('\n');
    out[table] = `${rows.length}:${createHash('sha256').update(lines).digest('hex').slice(0, 16)}`;
  }
  return out;
}
