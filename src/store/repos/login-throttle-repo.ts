import type { Executor } from '../transaction.js';

/** Attempts within the window (failed, or reserved and still being verified). */
export interface AttemptCounts {
  /** For this email from this address. */
  readonly pair: number;
  /** For this email from any address. */
  readonly account: number;
  /** From this address for any email. */
  readonly address: number;
  /** When the oldest attempt of the pair was made, if any: the limit lifts when it leaves the window. */
  readonly oldestPairAt: string | null;
}

/**
 * Locks the email's row until the transaction ends: an upsert takes a row lock on PostgreSQL and
 * the write lock on SQLite, so a concurrent attempt for the same email waits here and then counts
 * this one's reservation. Unknown emails get a row too: the limit must not tell them apart.
 */
export async function lockLoginEmail(ex: Executor, email: string, at: string): Promise<void> {
  await ex
    .insertInto('login_locks')
    .values({ email, at })
    .onConflict((oc) => oc.column('email').doUpdateSet({ at }))
    .execute();
}

/** Counts attempts since `since`; call after `lockLoginEmail` in the same transaction. */
export async function countLoginAttempts(
  ex: Executor,
  email: string,
  ip: string,
  since: string,
): Promise<AttemptCounts> {
  const account = await ex
    .selectFrom('login_failures')
    .select((eb) => [eb.fn.countAll<number>().as('n')])
    .where('email', '=', email)
    .where('at', '>=', since)
    .executeTakeFirstOrThrow();
  const pair = await ex
    .selectFrom('login_failures')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min<string>('at').as('oldest')])
    .where('email', '=', email)
    .where('ip', '=', ip)
    .where('at', '>=', since)
    .executeTakeFirstOrThrow();
  const address = await ex
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ip', '=', ip)
    .where('at', '>=', since)
    .executeTakeFirstOrThrow();
  return {
    pair: Number(pair.n),
    account: Number(account.n),
    address: Number(address.n),
    oldestPairAt: pair.oldest ?? null,
  };
}

/** Records an attempt before its password is checked; it stays as a failure unless the sign-in succeeds. */
export async function insertLoginAttempt(ex: Executor, row: { id: string; email: string; ip: string; at: string }) {
  await ex.insertInto('login_failures').values(row).execute();
}

/** After a successful sign-in: forget this pair's failures (and its own reservation). */
export async function clearLoginAttempts(ex: Executor, email: string, ip: string): Promise<void> {
  await ex.deleteFrom('login_failures').where('email', '=', email).where('ip', '=', ip).execute();
}

/** Drops attempts and lock rows older than the window. */
export async function pruneLoginAttempts(ex: Executor, before: string): Promise<void> {
  await ex.deleteFrom('login_failures').where('at', '<', before).execute();
  await ex.deleteFrom('login_locks').where('at', '<', before).execute();
}
