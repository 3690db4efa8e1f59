import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockLoginEmail } from '../store/repos/login-throttle-repo.js';
import { freshDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { createContext, type ServiceContext } from './context.js';
import { MAX_ATTEMPTS_PER_ACCOUNT, reserveLoginAttempt } from './login-throttle.js';

describe.each(TEST_DIALECTS)('reserveLoginAttempt on %s', (dialect) => {
  let db: TestDatabase;
  let ctx: ServiceContext;
  beforeAll(async () => {
    db = await freshDatabase(dialect);
    ctx = createContext(db.store, pino({ level: 'silent' }));
  });
  afterAll(() => db?.dispose());

  const outcome = (attempt: Promise<void>) =>
    attempt.then(
      () => 'reserved',
      (err: { code?: string }) => err.code ?? String(err),
    );

  it('refuses a pair it found at its limit again without waiting for the database', async () => {
    const email = 'limited@test.gantry.local';
    const ip = '192.0.2.10';
    // The limit's worth of failures, as earlier attempts left them (waiting out their real delays
    // would only slow the suite down).
    const at = ctx.now().toISOString();
    await db.store.db
      .insertInto('login_failures')
      .values(Array.from({ length: MAX_ATTEMPTS_PER_ACCOUNT }, () => ({ id: ctx.newId(), email, ip, at })))
      .execute();
    expect(await outcome(reserveLoginAttempt(ctx, email, ip))).toBe('rate_limited');

    // Another attempt holds the email's lock (on SQLite, the only connection too) and does not let
    // go: the next attempt of the pair is still refused at once. A burst of hundreds must not queue
    // behind one another, and every other request behind them, to learn what this process knows.
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    let locked = () => {};
    const isLocked = new Promise<void>((r) => {
      locked = r;
    });
    const holder = db.store.db.transaction().execute(async (trx) => {
      await lockLoginEmail(trx, email, at);
      locked();
      await held;
    });
    await isLocked;
    try {
      const timeout = new Promise<string>((r) => setTimeout(() => r('still waiting after 2 s'), 2000));
      expect(await Promise.race([outcome(reserveLoginAttempt(ctx, email, ip)), timeout])).toBe('rate_limited');
    } finally {
      release();
      await holder;
    }
  });

  it('does not let one address at its limit refuse the same email from another', async () => {
    const email = 'shared@test.gantry.local';
    const at = ctx.now().toISOString();
    await db.store.db
      .insertInto('login_failures')
      .values(
        Array.from({ length: MAX_ATTEMPTS_PER_ACCOUNT }, () => ({ id: ctx.newId(), email, ip: '192.0.2.20', at })),
      )
      .execute();
    expect(await outcome(reserveLoginAttempt(ctx, email, '192.0.2.20'))).toBe('rate_limited');
    // The account's failures still brake the other address (a delay, not a refusal).
    expect(await outcome(reserveLoginAttempt(ctx, email, '192.0.2.21'))).toBe('reserved');
  }, 30_000);
});
