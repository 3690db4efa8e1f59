import { setTimeout as sleep } from 'node:timers/promises';
import { type DomainError, domainErrorWithoutStack } from '../core/errors.js';
import * as attempts from '../store/repos/login-throttle-repo.js';
import { inTransaction } from '../store/transaction.js';
import type { ServiceContext } from './context.js';

/** Attempts are counted over this window. */
export const ATTEMPT_WINDOW_MS = 15 * 60_000;
/** Password checks allowed per email from one address within the window; the next is a 429 at once. */
export const MAX_ATTEMPTS_PER_ACCOUNT = 5;
/** Failures from one address (any email) after which each attempt is slowed down, not refused. */
export const ADDRESS_BRAKE_AFTER = 50;
/** First delay of the per-account brake (after the 2nd failure); it doubles per failure. */
export const ACCOUNT_DELAY_BASE_MS = 250;
/** First delay of the per-address brake; it doubles every 10 failures past the threshold. */
export const ADDRESS_DELAY_BASE_MS = 1000;
/** No attempt waits longer than this. */
export const MAX_DELAY_MS = 15_000;

/**
 * How long to wait before checking a password, given the failures (and attempts in flight)
 * already counted for the account from any address and for the address over all accounts.
 * Exponential per account, so guessing one password from many addresses slows to a crawl
 * without a remote attacker being able to lock its owner out; a brake per address, so a
 * shared NAT or proxy address slows down but its users with the right password still get in.
 */
export function attemptDelayMs(accountFailures: number, addressFailures: number): number {
  const account = accountFailures < 2 ? 0 : ACCOUNT_DELAY_BASE_MS * 2 ** (accountFailures - 2);
  const address =
    addressFailures < ADDRESS_BRAKE_AFTER
      ? 0
      : ADDRESS_DELAY_BASE_MS * 2 ** Math.floor((addressFailures - ADDRESS_BRAKE_AFTER) / 10);
  return Math.min(MAX_DELAY_MS, Math.max(account, address));
}

/**
 * Reserves a password check for `email` from `ip`, or refuses with 429. The reservation is written
 * before the (slow) check, under a lock on the email, so parallel attempts cannot all read a count
 * below the limit: at most MAX_ATTEMPTS_PER_ACCOUNT checks run per window, however many arrive at
 * once. The reservation counts as a failure unless the sign-in succeeds and clears it. Then waits
 * the brake's delay (a timer: no thread or connection is held meanwhile).
 */
export async function reserveLoginAttempt(ctx: ServiceContext, email: string, ip: string): Promise<void> {
  const now = ctx.now();
  const at = now.toISOString();
  const since = new Date(now.getTime() - ATTEMPT_WINDOW_MS).toISOString();
  const key = `${email}\n${ip}`;
  // A pair this process already saw at its limit is refused without touching the database: a burst
  // of hundreds then costs no transaction each. On SQLite each one also held the only connection,
  // so every other request (a health check, a page) queued behind the whole burst's BEGIN/ROLLBACKs.
  refuseIfKnownLimited(ctx, key, now.getTime());
  const counts = await inTransaction(ctx.store.db, async (trx) => {
    // Checked again once the email's lock is ours: attempts that arrived together and queued for
    // it learn here that one before them reached the limit.
    await attempts.lockLoginEmail(trx, email, at);
    refuseIfKnownLimited(ctx, key, now.getTime());
    const c = await attempts.countLoginAttempts(trx, email, ip, since);
    if (c.pair >= MAX_ATTEMPTS_PER_ACCOUNT) {
      const liftsAt = Date.parse(c.oldestPairAt ?? at) + ATTEMPT_WINDOW_MS;
      rememberLimited(ctx, key, liftsAt);
      throw rateLimited(liftsAt, now.getTime());
    }
    await attempts.insertLoginAttempt(trx, { id: ctx.newId(), email, ip, at });
    return c;
  });
  const delay = attemptDelayMs(counts.account, counts.address);
  if (delay > 0) await sleep(delay);
}

// Per database, the email+address pairs this process found at their limit, with when the limit
// lifts. Only a shortcut: the database stays the truth that every node shares.
const limitedByStore = new WeakMap<object, Map<string, number>>();
const MAX_REMEMBERED = 10_000;

function limitedPairs(ctx: ServiceContext): Map<string, number> {
  let pairs = limitedByStore.get(ctx.store);
  if (!pairs) {
    pairs = new Map();
    limitedByStore.set(ctx.store, pairs);
  }
  return pairs;
}

function refuseIfKnownLimited(ctx: ServiceContext, key: string, now: number): void {
  const liftsAt = limitedPairs(ctx).get(key);
  if (liftsAt !== undefined && liftsAt > now) throw rateLimited(liftsAt, now);
}

function rememberLimited(ctx: ServiceContext, key: string, liftsAt: number): void {
  const pairs = limitedPairs(ctx);
  if (pairs.size >= MAX_REMEMBERED) pairs.clear();
  pairs.set(key, liftsAt);
}

function rateLimited(liftsAt: number, now: number): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil((liftsAt - now) / 1000));
  return domainErrorWithoutStack('rate_limited', 'Too many failed sign-in attempts; try again later', {
    retryAfterSeconds,
  });
}

/** After a successful sign-in (inside its transaction): clears the pair's failures and old rows. */
export async function forgetLoginAttempts(
  ctx: ServiceContext,
  trx: Parameters<typeof attempts.clearLoginAttempts>[0],
  email: string,
  ip: string,
): Promise<void> {
  limitedPairs(ctx).delete(`${email}\n${ip}`);
  await attempts.clearLoginAttempts(trx, email, ip);
  await attempts.pruneLoginAttempts(trx, new Date(ctx.now().getTime() - ATTEMPT_WINDOW_MS).toISOString());
}
