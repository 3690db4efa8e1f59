import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS_BRAKE_AFTER, MAX_ATTEMPTS_PER_ACCOUNT } from '../services/login-throttle.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/server.js';

const DEMO = 'gantry-demo';

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await work;
  return { value, ms: performance.now() - t };
}

describe.each(TEST_DIALECTS)('sign-in throttle on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ dialect });
  });
  afterAll(() => server?.close());

  const attempt = (email: string, password: string, headers: Record<string, string> = {}) =>
    server.anonymous().post('/api/auth/login', { email, password }, headers);

  const attemptsOf = async (email: string) =>
    Number(
      (
        await server.gantry.ctx.store.db
          .selectFrom('login_failures')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('email', '=', email)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('checks at most the per-account limit of parallel attempts; the rest are 429 at once, the right password too', async () => {
    const email = 'aiko@demo.gantry.local';
    const wrong = Array.from({ length: 40 }, (_, i) => timed(attempt(email, `wrong-password-${i}`)));
    // Once the limit's worth of checks is reserved, the right password must not get a check of its own.
    const until = Date.now() + 10_000;
    while ((await attemptsOf(email)) < MAX_ATTEMPTS_PER_ACCOUNT && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 5));
    }
    const right = await attempt(email, DEMO);
    const answers = await Promise.all(wrong);
    const checked = answers.filter((a) => a.value.status === 401);
    const refused = answers.filter((a) => a.value.status === 429);
    expect(checked.length).toBeLessThanOrEqual(MAX_ATTEMPTS_PER_ACCOUNT);
    expect(checked.length + refused.length).toBe(40);
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
    // Refusals cost no password check and no brake: they come back long before the slowest check.
    const slowestCheck = Math.max(...checked.map((a) => a.ms));
    expect(Math.min(...refused.map((a) => a.ms))).toBeLessThan(slowestCheck);
    expect(await attemptsOf(email)).toBe(MAX_ATTEMPTS_PER_ACCOUNT);
  });

  it('slows down each attempt on an account after its second failure, doubling', async () => {
    const email = 'marco@demo.gantry.local';
    const first = await timed(attempt(email, 'wrong-password-a'));
    expect(first.value.status).toBe(401);
    await attempt(email, 'wrong-password-b');
    const third = await timed(attempt(email, 'wrong-password-c'));
    const fourth = await timed(attempt(email, 'wrong-password-d'));
    expect([third.value.status, fourth.value.status]).toEqual([401, 401]);
    expect(third.ms).toBeGreaterThanOrEqual(250);
    // Lower bounds only: the delays are fixed, while the password check's own time varies with load.
    expect(fourth.ms).toBeGreaterThanOrEqual(500);
    // The owner still gets in with the right password (fifth attempt), and that clears the count.
    expect((await attempt(email, DEMO)).status).toBe(200);
    expect(await attemptsOf(email)).toBe(0);
  });

  it('brakes rather than locks an address with many failures: the right password still signs in', async () => {
    // The failures an address collects over a morning of typos behind one NAT, written as the
    // sign-in route records them (timing 50 real attempts would only slow the suite down).
    const at = new Date().toISOString();
    await server.gantry.ctx.store.db
      .insertInto('login_failures')
      .values(
        Array.from({ length: ADDRESS_BRAKE_AFTER }, (_, i) => ({
          id: server.gantry.ctx.newId(),
          email: `someone-${i}@demo.gantry.local`,
          ip: '127.0.0.1',
          at,
        })),
      )
      .execute();
    const ok = await timed(attempt('lena@demo.gantry.local', DEMO));
    expect(ok.value.status).toBe(200);
    expect(ok.ms).toBeGreaterThanOrEqual(1000);
  });
});

describe('sign-in behind a reverse proxy', () => {
  let direct: TestServer;
  let proxied: TestServer;
  beforeAll(async () => {
    [direct, proxied] = await Promise.all([
      startTestServer(),
      startTestServer({ config: { trustProxy: { kind: 'hops', hops: 1 } } }),
    ]);
  });
  afterAll(async () => {
    await direct?.close();
    await proxied?.close();
  });

  const fail5 = async (server: TestServer, forwardedFor: string) => {
    for (let i = 0; i < 5; i++) {
      const res = await server
        .anonymous()
        .post(
          '/api/auth/login',
          { email: 'sam@demo.gantry.local', password: `wrong-${i}-password` },
          { 'x-forwarded-for': forwardedFor },
        );
      expect(res.status).toBe(401);
    }
  };

  it('counts failures per client address from X-Forwarded-For when the proxy is trusted', async () => {
    await fail5(proxied, '203.0.113.7');
    const login = (ip: string) =>
      proxied
        .anonymous()
        .post('/api/auth/login', { email: 'sam@demo.gantry.local', password: DEMO }, { 'x-forwarded-for': ip });
    expect((await login('203.0.113.7')).status).toBe(429);
    expect((await login('198.51.100.20')).status).toBe(200);
  });

  it('ignores X-Forwarded-For unless GANTRY_TRUST_PROXY is set, so a client cannot pick its address', async () => {
    await fail5(direct, '203.0.113.7');
    const res = await direct
      .anonymous()
      .post(
        '/api/auth/login',
        { email: 'sam@demo.gantry.local', password: DEMO },
        { 'x-forwarded-for': '198.51.100.20' },
      );
    expect(res.status).toBe(429);
  });

  it('marks the session cookie Secure when the trusted proxy says the request was HTTPS', async () => {
    const viaHttps = await proxied
      .anonymous()
      .post(
        '/api/auth/login',
        { email: 'pmo@demo.gantry.local', password: DEMO },
        { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.30' },
      );
    expect(viaHttps.status).toBe(200);
    expect(viaHttps.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    const spoofed = await direct
      .anonymous()
      .post('/api/auth/login', { email: 'pmo@demo.gantry.local', password: DEMO }, { 'x-forwarded-proto': 'https' });
    expect(spoofed.status).toBe(200);
    expect(spoofed.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
  });
});
