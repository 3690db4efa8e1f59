import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPostgresUrl } from '../config.js';
import { TestClient } from '../test-support/client.js';
import { freshDatabase, TEST_DIALECTS } from '../test-support/databases.js';
import { importForm } from '../test-support/import-plan.js';
import { startTestServer, type TestServer } from '../test-support/server.js';
import { serveGantry } from '../test-support/spawn.js';

/** A Gantry plan file with one task, as an import upload. */
function planUpload(name: string): FormData {
  const plan = {
    format: 'gantry-plan',
    version: 1,
    projectStart: '2030-01-07T08:00',
    defaultCalendar: 'std',
    calendars: [{ id: 'std', week: { monday: ['08:00-17:00'] } }],
    tasks: [{ id: 'a', name: 'A', duration: '1d' }],
  };
  return importForm(`${name}.json`, JSON.stringify(plan));
}

/** 100 creates at once (a few of them imports), spread over `clients`; returns each answer. */
async function createAtOnce(clients: readonly TestClient[]) {
  return Promise.all(
    Array.from({ length: 100 }, (_, i) => {
      const client = clients[i % clients.length] as TestClient;
      return i % 10 === 0
        ? client.upload('/api/projects/import', planUpload(`Imported ${i}`)).then((r) => ({
            status: r.status,
            body: r.body?.project ?? r.body,
          }))
        : client.post('/api/projects', { name: `Concurrent ${i}` });
    }),
  );
}

function expectAllCreatedWithDistinctCodes(results: readonly { status: number; body: any }[]) {
  expect(results.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
  const codes = results.map((r) => r.body.code as string);
  expect(new Set(codes).size).toBe(100);
}

// Project codes are chosen by reading the highest one: without a lock, concurrent creates on
// PostgreSQL read the same maximum and all but one fail on the unique index.
describe.each(TEST_DIALECTS)('concurrent project creation on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ dialect, demo: false });
  });
  afterAll(() => server?.close());

  it('gives 100 concurrent creates and imports 201 each, with distinct codes', async () => {
    const admin = await server.login('admin@test.gantry.local');
    expectAllCreatedWithDistinctCodes(await createAtOnce([admin]));
  });
});

describe.skipIf(!testPostgresUrl())('two Gantry processes starting at once on an empty PostgreSQL schema', () => {
  it('both come up with one admin, then create 100 projects between them with distinct codes', async () => {
    const db = await freshDatabase('postgres', { migrate: false });
    await db.store.close();
    const env = { ...db.env, GANTRY_ADMIN_EMAIL: 'admin@race.test', GANTRY_ADMIN_PASSWORD: 'long-enough-pw' };
    const started = await Promise.allSettled([serveGantry(env), serveGantry(env)]);
    const up = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    try {
      expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'up'))).toEqual(['up', 'up']);
      const clients = [];
      for (const p of up) {
        const c = new TestClient(p.url);
        expect((await c.post('/api/auth/login', { email: 'admin@race.test', password: 'long-enough-pw' })).status).toBe(
          200,
        );
        clients.push(c);
      }
      // Demo data was loaded once: eight projects, not sixteen.
      expect((await clients[0]?.get('/api/projects?pageSize=1'))?.body.total).toBe(8);
      expectAllCreatedWithDistinctCodes(await createAtOnce(clients));
    } finally {
      await Promise.all(up.map((p) => p.stop()));
      await db.dispose();
    }
  }, 90_000);
});
