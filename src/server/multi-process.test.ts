import { describe, expect, it } from 'vitest';
import { testPostgresUrl } from '../config.js';
import { MAX_ATTEMPTS_PER_ACCOUNT } from '../services/login-throttle.js';
import { TestClient } from '../test-support/client.js';
import { freshDatabase } from '../test-support/databases.js';
import { serveGantry } from '../test-support/spawn.js';

// Stateless app nodes: everything a request needs (sessions included) lives in the shared database.
describe.skipIf(!testPostgresUrl())(
  'two Gantry processes on one PostgreSQL database (needs GANTRY_TEST_PG_URL)',
  () => {
    it('share sessions and data', async () => {
      const db = await freshDatabase('postgres', { migrate: false });
      await db.store.close();
      const env = { ...db.env, GANTRY_ADMIN_EMAIL: 'admin@two.test', GANTRY_ADMIN_PASSWORD: 'long-enough-pw' };
      const a = await serveGantry(env);
      const b = await serveGantry(env);
      try {
        expect(a.url).not.toBe(b.url);
        expect(b.output).not.toMatch(/Demo data loaded/); // the first process seeded; the second found it done
        const onA = new TestClient(a.url);
        expect(
          (await onA.post('/api/auth/login', { email: 'pmo@demo.gantry.local', password: 'gantry-demo' })).status,
        ).toBe(200);
        // The session cookie from process A authenticates on process B.
        const onB = new TestClient(b.url);
        onB.sessionCookie = onA.sessionCookie;
        const me = await onB.get('/api/me');
        expect(me.status).toBe(200);
        expect(me.body.user.email).toBe('pmo@demo.gantry.local');
        expect((await onB.get('/api/health')).body.db).toBe('postgres');
        // A write on B is read on A, and A's stale write is refused.
        const created = await onB.post('/api/projects', { name: 'Written on B' });
        expect(created.status).toBe(201);
        const readOnA = await onA.get(`/api/projects/${created.body.id}`);
        expect(readOnA.body.name).toBe('Written on B');
        expect((await onB.patch(`/api/projects/${created.body.id}`, { client: 'B', version: 1 })).status).toBe(200);
        expect((await onA.patch(`/api/projects/${created.body.id}`, { client: 'A', version: 1 })).status).toBe(409);
        // Signing out on A ends the session on B too.
        await onA.post('/api/auth/logout');
        expect((await onB.get('/api/me')).status).toBe(401);
      } finally {
        await a.stop();
        await b.stop();
        await db.dispose();
      }
      // Two processes each migrate and one loads the demo: on a loaded two-core machine that alone can take 25 s.
    }, 60_000);

    it('share the sign-in throttle: of parallel attempts on one account over both, at most the limit are checked', async () => {
      const db = await freshDatabase('postgres', { migrate: false });
      const env = { ...db.env, GANTRY_ADMIN_EMAIL: 'admin@two.test', GANTRY_ADMIN_PASSWORD: 'long-enough-pw' };
      const a = await serveGantry(env);
      const b = await serveGantry(env);
      try {
        const email = 'lena@demo.gantry.local';
        const attempt = (url: string, password: string) =>
          new TestClient(url).post('/api/auth/login', { email, password });
        const attemptsOf = async () =>
          Number(
            (
              await db.store.db
                .selectFrom('login_failures')
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .where('email', '=', email)
                .executeTakeFirstOrThrow()
            ).n,
          );
        const wrong = Array.from({ length: 40 }, (_, i) => attempt(i % 2 ? b.url : a.url, `wrong-password-${i}`));
        // Once the limit's worth of checks is reserved, through either process, the right password
        // gets no check of its own on either.
        const until = Date.now() + 10_000;
        while ((await attemptsOf()) < MAX_ATTEMPTS_PER_ACCOUNT && Date.now() < until) {
          await new Promise((r) => setTimeout(r, 5));
        }
        const right = [await attempt(a.url, 'gantry-demo'), await attempt(b.url, 'gantry-demo')];
        const answers = await Promise.all(wrong);
        const checked = answers.filter((r) => r.status === 401).length;
        expect(checked).toBeLessThanOrEqual(MAX_ATTEMPTS_PER_ACCOUNT);
        expect(answers.filter((r) => r.status === 429).length).toBe(40 - checked);
        expect(right.map((r) => r.status)).toEqual([429, 429]);
        expect(await attemptsOf()).toBe(MAX_ATTEMPTS_PER_ACCOUNT);
      } finally {
        await a.stop();
        await b.stop();
        await db.dispose();
      }
    }, 60_000);
  },
);
