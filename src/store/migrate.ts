import { type Kysely, type Migration, type MigrationResultSet, Migrator, sql } from 'kysely';
import type { Store } from './db.js';
import * as m0001 from './migrations/0001-foundation.js';
import * as m0002 from './migrations/0002-planning.js';
import * as m0003 from './migrations/0003-jobs.js';
import * as m0004 from './migrations/0004-security.js';
import * as m0006 from './migrations/0006-approval-requests.js';
import * as m0007 from './migrations/0007-plan-history.js';
import * as m0008 from './migrations/0008-events.js';
import * as m0009 from './migrations/0009-scenarios.js';
import * as m0010 from './migrations/0010-schedule-version.js';
import * as m0011 from './migrations/0011-lean-outbox.js';
import * as m0012 from './migrations/0012-project-health.js';
import * as m0013 from './migrations/0013-status-reports.js';
import * as m0014 from './migrations/0014-actions-decisions.js';
import * as m0015 from './migrations/0015-resources.js';
import * as m0016 from './migrations/0016-assignment-costs.js';
import * as m0017 from './migrations/0017-money.js';
import * as m0018 from './migrations/0018-budgets.js';
import * as m0019 from './migrations/0019-timesheets.js';
import * as m0020 from './migrations/0020-status-periods.js';

// Static list rather than a folder scan: works the same from src (tsx, vitest) and dist (tsc),
// and a migration can never be skipped by a packaging mistake. Forward-only: append, never edit.
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-planning': m0002,
  '0003-jobs': m0003,
  '0004-security': m0004,
  '0006-approval-requests': m0006,
  '0007-plan-history': m0007,
  '0008-events': m0008,
  '0009-scenarios': m0009,
  '0010-schedule-version': m0010,
  '0011-lean-outbox': m0011,
  '0012-project-health': m0012,
  '0013-status-reports': m0013,
  '0014-actions-decisions': m0014,
  '0015-resources': m0015,
  '0016-assignment-costs': m0016,
  '0017-money': m0017,
  '0018-budgets': m0018,
  '0019-timesheets': m0019,
  '0020-status-periods': m0020,
};

/** Applies every pending migration; throws with the failing migration's name if one fails. */
export async function migrateToLatest(store: Store): Promise<void> {
  await migrate(store, (m) => m.migrateToLatest());
}

/** Applies pending migrations up to and including `name` (tests of a migration over existing rows). */
export async function migrateTo(store: Store, name: string): Promise<void> {
  await migrate(store, (m) => m.migrateTo(name));
}

async function migrate(store: Store, run: (m: Migrator) => Promise<MigrationResultSet>): Promise<void> {
  const db = store.db as unknown as Kysely<unknown>;
  // Kysely looks for its bookkeeping tables in every schema unless told which one; name ours, or a
  // migration table in another schema of the same database would be taken for this one's.
  const migrationTableSchema = store.dialect === 'postgres' ? await currentSchema(db) : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results } = await run(migrator);
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${String((error as Error).message ?? error)}`);
  }
}

async function currentSchema(db: Kysely<unknown>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: check the search_path of the connection');
  return schema;
}
