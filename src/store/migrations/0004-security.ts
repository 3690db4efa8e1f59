import { type Kysely, sql } from 'kysely';

/*
 * Security hardening: API token scopes, and one row per sign-in email to serialise the check of
 * its failure count with the reservation of a new attempt (see repos/login-throttle-repo.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Tokens made before scopes existed acted with all of their owner's rights; they keep them, so no
  // script breaks on upgrade. New tokens default to read and write (contracts/auth.ts).
  await db.schema
    .alterTable('api_tokens')
    .addColumn('scopes', 'text', (c) => c.notNull().defaultTo(sql`'["read","write","admin"]'`))
    .execute();

  await db.schema
    .createTable('login_locks')
    .addColumn('email', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  // Counting an email's attempts from every address (the per-account delay) needs email first.
  await db.schema.createIndex('login_failures_email').on('login_failures').columns(['email', 'at']).execute();
}
