import { describe, expect, it } from 'vitest';
import { testPostgresUrl } from '../config.js';
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
  },
);
