import { type Kysely, type Migration, Migrator } from 'kysely';
import * as m0001 from './migrations/0001-foundation.js';

// Static list rather than a folder scan: works the same from src (tsx, vitest) and dist (tsc),
// and a migration can never be skipped by a packaging mistake. Forward-only: append, never edit.
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': m0001,
};

/** Applies every pending migration; throws with the failing migration's name if one fails. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${String((error as Error).message ?? error)}`);
  }
}
